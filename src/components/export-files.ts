import type { Source } from '../data/schema';
import { cellsToCsv, type ExportCell } from '../lib/export';
import type { DataTableProps } from './data-table';

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

export interface ImageParts {
  section: HTMLElement;
  title: string;
  takeaway: string;
  sources: readonly Source[];
  marks: string | null;
}

/**
 * One self-contained SVG of a panel's charts with its title, takeaway, key, marks legend and
 * source line, for slides. Null when no chart is on screen.
 */
function panelSvg({ section, title, takeaway, sources, marks }: ImageParts): SVGSVGElement | null {
  const charts = [...section.querySelectorAll<SVGSVGElement>('figure svg.recharts-surface')];
  if (charts.length === 0) return null;
  const width = Math.max(640, ...charts.map((c) => c.getBoundingClientRect().width)) + PAD * 2;
  const root = el('svg', { xmlns: SVG_NS, width, 'font-family': FONT }) as SVGSVGElement;
  root.append(el('rect', { x: 0, y: 0, width, height: '100%', fill: '#ffffff' }));
  let y = PAD + 26;
  root.append(
    el('text', { x: PAD, y, 'font-size': 26, 'font-weight': 700, fill: '#0f172a' }, title),
  );
  y += 12;
  for (const line of wrap(takeaway, width - PAD * 2, 16)) {
    y += 22;
    root.append(el('text', { x: PAD, y, 'font-size': 16, fill: '#0f172a' }, line));
  }
  y += 16;
  for (const chart of charts) {
    const box = chart.getBoundingClientRect();
    const copy = chart.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('x', String(PAD));
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    root.append(copy);
    y += box.height + 12;
  }
  // The chart keys are HTML beside the chart: redraw them as swatches and names.
  let x = PAD;
  y += 8;
  for (const item of section.querySelectorAll<HTMLElement>('ul[aria-label="Key"] li')) {
    const swatch = item.querySelector('line, span');
    const color = swatch
      ? getComputedStyle(swatch).getPropertyValue(
          swatch.tagName === 'line' ? 'stroke' : 'background-color',
        )
      : '#3d3d3d';
    const label = item.textContent?.trim() ?? '';
    const w = 22 + label.length * 7.5;
    if (x + w > width - PAD) {
      x = PAD;
      y += 20;
    }
    root.append(el('rect', { x, y: y - 10, width: 12, height: 12, fill: color || '#3d3d3d' }));
    root.append(el('text', { x: x + 18, y, 'font-size': 13, fill: '#0f172a' }, label));
    x += w + 12;
  }
  if (marks) {
    y += 22;
    root.append(el('text', { x: PAD, y, 'font-size': 13, fill: '#334155' }, marks));
  }
  const sourceText = `Source: ${sources.map((s) => `${s.publisher}${s.date ? `, ${s.date}` : ''}`).join('; ')}`;
  for (const line of wrap(sourceText, width - PAD * 2, 13)) {
    y += 19;
    root.append(el('text', { x: PAD, y, 'font-size': 13, fill: '#334155' }, line));
  }
  root.setAttribute('height', String(y + PAD));
  root.setAttribute('viewBox', `0 0 ${width} ${y + PAD}`);
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

function exportCells(tables: readonly DataTableProps[]) {
  return tables.map((t) => ({
    caption: t.caption,
    cells: t.rows.flatMap((r) =>
      r.cells.map((c, i): ExportCell => ({
        row: r.header,
        column: t.columns[i] ?? '',
        text: c.text,
        status: c.status,
        sources: c.sources,
      })),
    ),
  }));
}

/** The panel's charts as an SVG or a PNG at twice the size; null when no chart is on screen. */
export async function imageBlob(kind: 'png' | 'svg', parts: ImageParts): Promise<Blob | null> {
  const svg = panelSvg(parts);
  if (!svg) return null;
  return kind === 'svg'
    ? new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' })
    : svgToPng(svg, 2);
}

/** The numbers of a panel's tables, one line per cell, with status and sources. */
export function tablesCsv(
  id: string,
  tables: readonly DataTableProps[],
  sources: readonly Source[],
) {
  return new Blob([cellsToCsv(id, exportCells(tables), sources)], {
    type: 'text/csv;charset=utf-8',
  });
}
