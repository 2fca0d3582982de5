import type { CellFigure } from '../data/cell-figure';
import type { Dataset } from '../data/dataset';
import { tidyCsv, wideCsv } from '../data/tidy';
import { citationDate, citationFull, citationOneLine } from './citation';
import type { DataTableProps } from '../components/data-table';
import type { PanelExport } from './panel-export';

// Loaded when a user first exports: the page does not need it to show its charts.

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 24;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Breaks text into lines of about `width` pixels at `size` px (SVG text does not wrap). */
function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(20, Math.floor(width / (size * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Exported images are this wide, so their text stays legible on a slide or a page. */
const WIDTH = 1200;

/**
 * One self-contained SVG of a panel's charts with its title, takeaway, filter line, caveats, key,
 * marks legend, sources and the link back to the view. Null when no chart is on screen.
 */
function panelSvg(section: HTMLElement, p: PanelExport): SVGSVGElement | null {
  const charts = [...section.querySelectorAll<SVGSVGElement>('figure svg.recharts-surface')];
  if (charts.length === 0) return null;
  const width = WIDTH;
  const inner = width - PAD * 2;
  const root = el('svg', { xmlns: SVG_NS, width, 'font-family': FONT }) as SVGSVGElement;
  root.append(el('rect', { x: 0, y: 0, width, height: '100%', fill: '#ffffff' }));
  let y = PAD;
  const lines = (text: string, size: number, fill: string, gap: number, weight = 400) => {
    for (const line of wrap(text, inner, size)) {
      y += gap;
      root.append(el('text', { x: PAD, y, 'font-size': size, 'font-weight': weight, fill }, line));
    }
  };
  lines(p.title, 30, '#0f172a', 34, 700);
  y += 6;
  lines(p.takeaway, 20, '#0f172a', 27);
  y += 4;
  lines(p.filterLine, 17, '#334155', 24);
  for (const caveat of p.caveats) lines(caveat, 17, '#78350f', 24);
  y += 16;
  for (const chart of charts) {
    const box = chart.getBoundingClientRect();
    // Scaled to the image's width: the chart keeps its proportions and its own text.
    const height = (box.height * inner) / box.width;
    const copy = chart.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('x', String(PAD));
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(inner));
    copy.setAttribute('height', String(height));
    copy.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
    root.append(copy);
    y += height + 12;
  }
  // The chart keys are HTML beside the chart: redraw them as swatches and names.
  let x = PAD;
  y += 12;
  for (const item of section.querySelectorAll<HTMLElement>('ul[aria-label="Key"] li')) {
    const swatch = item.querySelector('line, span');
    const color = swatch
      ? getComputedStyle(swatch).getPropertyValue(
          swatch.tagName === 'line' ? 'stroke' : 'background-color',
        )
      : '#3d3d3d';
    const label = item.textContent?.trim() ?? '';
    const w = 24 + label.length * 10;
    if (x + w > width - PAD) {
      x = PAD;
      y += 26;
    }
    root.append(el('rect', { x, y: y - 13, width: 16, height: 16, fill: color || '#3d3d3d' }));
    root.append(el('text', { x: x + 22, y, 'font-size': 17, fill: '#0f172a' }, label));
    x += w + 16;
  }
  y += 8;
  for (const mark of p.marks) lines(mark, 16, '#334155', 23);
  y += 6;
  const sourceText = `Source: ${p.sources.map((s) => `${s.publisher}${s.date ? `, ${s.date}` : ''}`).join('; ')}`;
  lines(sourceText, 16, '#334155', 23);
  lines(`${p.link} (${citationDate(p.accessed)})`, 16, '#1d4ed8', 23);
  // Whole pixels, so the PNG is exactly twice the picture and no row is cut or stretched.
  const height = Math.ceil(y + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return root;
}

async function svgToPng(svg: SVGSVGElement, scale: number): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }),
  );
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The panel's charts as an SVG or a PNG at twice the size; null when no chart is on screen. */
export async function imageBlob(
  kind: 'png' | 'svg',
  section: HTMLElement,
  parts: PanelExport,
): Promise<Blob | null> {
  const svg = panelSvg(section, parts);
  if (!svg) return null;
  return kind === 'svg'
    ? new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' })
    : svgToPng(svg, 2);
}

/** The figures behind a panel's tables, in table order. */
export function figuresOf(tables: readonly DataTableProps[]): CellFigure[] {
  return tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.figure ?? [])));
}

const CSV_TYPE = 'text/csv;charset=utf-8';

/** One row per figure, with its status, confidence, source and note. */
export function tidyBlob(dataset: Dataset, tables: readonly DataTableProps[]): Blob {
  return new Blob([tidyCsv(dataset, figuresOf(tables))], { type: CSV_TYPE });
}

/** The same figures with the periods as columns. */
export function wideBlob(dataset: Dataset, tables: readonly DataTableProps[]): Blob {
  return new Blob([wideCsv(dataset, figuresOf(tables))], { type: CSV_TYPE });
}

/** The README.txt of the zip: what the figures are, the view, the marks, how to cite, sources. */
export function readmeText(name: string, p: PanelExport): string {
  const section = (heading: string, body: readonly string[]) =>
    body.length ? ['', heading, '-'.repeat(heading.length), ...body] : [];
  return [
    `${p.title}`,
    '='.repeat(p.title.length),
    '',
    p.takeaway,
    ...section('What the figures are', [
      'Police-recorded offences of sexual communication with a child (an offence in England and',
      'Wales since April 2017), as published by the NSPCC from Freedom of Information returns by',
      'police forces, and the platforms and victim ages the police gave. Until 2020/21 the national',
      "figures cover England and Wales; from 2021/22 the UK, including Scotland's different offence.",
    ]),
    ...section('This view', [
      `Filters: ${p.filterLine}`,
      `Downloaded: ${citationDate(p.accessed)}, ${p.accessed.toISOString()}`,
      `Link to this view: ${p.link}`,
    ]),
    ...section('Files', [
      `- ${name}.csv: one row per figure, UTF-8 with a byte-order mark.`,
      '  place_id, place: where (an id from geographies.csv, and its name)',
      '  period: a financial year (2018/19), a span (2017/18-2018/19) or two years compared',
      '  indicator, measure: what is counted (an id, and in words)',
      '  platform, age_band, sex: the breakdown, where there is one',
      '  value: a plain number; unit: offences, forces, %, index or pp (percentage points)',
      '  status: published, derived or approximate; a bound adds its direction ("approximate, over")',
      "  confidence: high or medium, the figure's own",
      '  headline: yes for the figure shown, no for another release of the same figure',
      '  release, series: when it was published, and the release series of a republished figure',
      "  source_title, source_publisher, source_date, source_url: the figure's own source",
      '  note: as published; for a derived figure, its arithmetic',
      `- ${name}_wide.csv: the same figures with the periods as columns.`,
    ]),
    ...section(
      'Caveats',
      p.caveats.map((c) => `- ${c}`),
    ),
    ...section(
      'Marks',
      p.marks.map((m) => `- ${m}`),
    ),
    ...section(
      'Notes and revisions',
      p.notes.map((n) => `- ${n.label}: ${n.text}`),
    ),
    ...section('How to cite', [citationOneLine(p), '', citationFull(p)]),
    ...section(
      'Sources',
      p.sources.map((s) =>
        s.imported
          ? `- ${s.title} (added in this browser ${s.date ?? ''}; not checked against a publication)`
          : `- ${s.title}, ${s.publisher}${s.date ? `, ${s.date}` : ''}: ${s.url ?? 'address not recorded'}`,
      ),
    ),
    '',
  ].join('\r\n');
}
