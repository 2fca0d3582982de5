import { citationDate } from './citation';
import type { PanelExport } from './panel-export';

// Loaded when a user first exports an image: the page does not need it to show its charts.

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 24;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const INK = '#0f172a';
const MUTED = '#334155';
const NOTE = '#78350f';

/** Exported images are this wide, so their text stays legible on a slide or a page. */
const WIDTH = 1200;

/** The sizes an image is offered at: the panel at 1200 px wide, or a 16:9 slide of 1920×1080. */
export type ImageSize = 'panel' | 'wide';
export const WIDE = { width: 1920, height: 1080 } as const;

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Breaks text into lines of about `width` pixels at `size` px (SVG text does not wrap); bold
 * letters are about a tenth wider.
 */
function wrap(text: string, width: number, size: number, weight = 400): string[] {
  const max = Math.max(20, Math.floor(width / (size * (weight >= 600 ? 0.62 : 0.55))));
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

/** "1–5" for notes one to five, as the headline cites them. */
function noteRange(count: number): string {
  return count === 1 ? '1' : `1–${count}`;
}

/** An element's words as read, without the buttons beside them ("Show all"). */
function textOf(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('button').forEach((b) => b.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Draws into an SVG from the top down, a line or a block at a time. */
class Picture {
  readonly root: SVGSVGElement;
  y = PAD;
  readonly inner = WIDTH - PAD * 2;

  constructor() {
    this.root = el('svg', { xmlns: SVG_NS, width: WIDTH, 'font-family': FONT }) as SVGSVGElement;
    this.root.append(el('rect', { x: 0, y: 0, width: WIDTH, height: '100%', fill: '#ffffff' }));
  }

  lines(text: string, size: number, fill: string, gap: number, weight = 400, x = PAD) {
    for (const line of wrap(text, this.inner - (x - PAD), size, weight)) {
      this.y += gap;
      this.root.append(
        el('text', { x, y: this.y, 'font-size': size, 'font-weight': weight, fill }, line),
      );
    }
  }

  /** The headline, with the numbers of the notes under the chart after it. */
  headline(text: string, notes: number) {
    const lines = wrap(text, this.inner - 40, 22, 600);
    lines.forEach((line, i) => {
      this.y += 29;
      const node = el(
        'text',
        { x: PAD, y: this.y, 'font-size': 22, 'font-weight': 600, fill: INK },
        line,
      );
      if (notes > 0 && i === lines.length - 1)
        node.append(
          el(
            'tspan',
            { 'font-size': 16, dy: -8, fill: NOTE, 'font-weight': 700 },
            ` ${noteRange(notes)}`,
          ),
        );
      this.root.append(node);
    });
  }

  /** Each chart on screen, scaled to the image's width with its own text. */
  charts(charts: readonly SVGSVGElement[]) {
    for (const chart of charts) {
      const box = chart.getBoundingClientRect();
      const height = (box.height * this.inner) / box.width;
      const copy = chart.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('x', String(PAD));
      copy.setAttribute('y', String(this.y));
      copy.setAttribute('width', String(this.inner));
      copy.setAttribute('height', String(height));
      copy.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
      this.root.append(copy);
      this.y += height + 12;
    }
  }

  /**
   * The headline cards, two to a row: each its label, figure, detail and source, as on the page.
   */
  cards(cards: readonly Element[]) {
    const gap = 16;
    const width = (this.inner - gap) / 2;
    for (let i = 0; i < cards.length; i += 2) {
      const top = this.y + 8;
      const rects: SVGElement[] = [];
      const bottoms = cards.slice(i, i + 2).map((card, j) => {
        const x = PAD + j * (width + gap);
        const rect = el('rect', {
          x,
          y: top,
          width,
          height: 0,
          rx: 6,
          fill: '#f8fafc',
          stroke: '#cbd5e1',
        });
        this.root.append(rect);
        rects.push(rect);
        this.y = top + 4;
        const texts = [...card.querySelectorAll(':scope > p')].map(textOf).filter(Boolean);
        texts.forEach((text, k) => {
          const [size, weight, fill, gap] =
            k === 1
              ? [40, 700, '#1d4ed8', 46]
              : k === 0
                ? [17, 600, MUTED, 24]
                : [16, 400, INK, 22];
          for (const line of wrap(text, width - 24, size, weight)) {
            this.y += gap;
            this.root.append(
              el(
                'text',
                { x: x + 12, y: this.y, 'font-size': size, 'font-weight': weight, fill },
                line,
              ),
            );
          }
        });
        return this.y + 12;
      });
      // The two cards of a row are as tall as the taller.
      const bottom = Math.max(...bottoms);
      for (const rect of rects) rect.setAttribute('height', String(bottom - top));
      this.y = bottom + 8;
    }
  }

  /**
   * The chart keys, drawn as on the chart: a series' line with its dash and marker, a ring, a
   * hollow or a dashed sample copied from the key itself, a colour swatch as a square.
   */
  key(items: readonly HTMLElement[]) {
    let x = PAD;
    this.y += 12;
    for (const item of items) {
      const label = textOf(item);
      const sample = item.querySelector(':scope > svg, :scope > span[aria-hidden]');
      const sampleWidth =
        sample instanceof SVGSVGElement ? Number(sample.getAttribute('width') ?? 16) : 16;
      const w = sampleWidth + 8 + label.length * 9.5;
      if (x + w > WIDTH - PAD) {
        x = PAD;
        this.y += 28;
      }
      if (sample instanceof SVGSVGElement) {
        const copy = sample.cloneNode(true) as SVGSVGElement;
        const height = Number(sample.getAttribute('height') ?? 16);
        copy.setAttribute('x', String(x));
        copy.setAttribute('y', String(this.y - 6 - height / 2));
        copy.setAttribute('overflow', 'visible');
        this.root.append(copy);
      } else {
        const color = sample ? getComputedStyle(sample).backgroundColor : '#3d3d3d';
        this.root.append(el('rect', { x, y: this.y - 13, width: 16, height: 16, fill: color }));
      }
      this.root.append(
        el('text', { x: x + sampleWidth + 6, y: this.y, 'font-size': 17, fill: INK }, label),
      );
      x += w + 16;
    }
  }

  finish(): SVGSVGElement {
    // Whole pixels, so the PNG is exactly twice the picture and no row is cut or stretched.
    const height = Math.ceil(this.y + PAD);
    this.root.setAttribute('height', String(height));
    this.root.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
    return this.root;
  }
}

/**
 * One self-contained SVG of a panel, chart first: title, headline with its note numbers, filter
 * line, the charts (or the headline cards), the key drawn as on the chart, the marked events,
 * the marks, the numbered notes, the sources and the link back to the view. Null when neither a
 * chart nor the cards are on screen.
 */
function panelSvg(section: HTMLElement, p: PanelExport): SVGSVGElement | null {
  const charts = [
    ...section.querySelectorAll<SVGSVGElement>(
      'figure svg.recharts-surface, figure svg.chart-surface',
    ),
  ];
  const cards = [...section.querySelectorAll('.headline-cards > li')];
  if (charts.length === 0 && cards.length === 0) return null;
  const picture = new Picture();
  picture.lines(p.title, 30, INK, 34, 700);
  picture.y += 6;
  picture.headline(p.headline, p.caveats.length);
  picture.y += 4;
  picture.lines(p.filterLine, 17, MUTED, 24);
  picture.y += 16;
  if (charts.length > 0) picture.charts(charts);
  else picture.cards(cards);
  picture.key([...section.querySelectorAll<HTMLElement>('ul[aria-label="Key"] > li')]);
  picture.y += 8;
  for (const event of section.querySelectorAll('ol[aria-label="Marked events"] > li'))
    picture.lines(textOf(event), 17, INK, 24);
  picture.y += 4;
  for (const mark of p.marks) picture.lines(mark, 16, MUTED, 23);
  picture.y += 6;
  p.caveats.forEach((caveat, i) => picture.lines(`${i + 1}  ${caveat}`, 16, NOTE, 22));
  picture.y += 6;
  const sourceText = `Source: ${p.sources.map((s) => `${s.publisher}${s.date ? `, ${s.date}` : ''}`).join('; ')}`;
  picture.lines(sourceText, 16, MUTED, 23);
  picture.lines(`${p.link} (${citationDate(p.accessed)})`, 16, '#1d4ed8', 23);
  return picture.finish();
}

/** The panel's picture on a 16:9 slide of 1920×1080, as large as it fits, centred. */
function widePicture(panel: SVGSVGElement): SVGSVGElement {
  const width = Number(panel.getAttribute('width'));
  const height = Number(panel.getAttribute('height'));
  const scale = Math.min(WIDE.width / width, WIDE.height / height);
  const root = el('svg', {
    xmlns: SVG_NS,
    width: WIDE.width,
    height: WIDE.height,
    viewBox: `0 0 ${WIDE.width} ${WIDE.height}`,
  }) as SVGSVGElement;
  root.append(el('rect', { x: 0, y: 0, width: WIDE.width, height: WIDE.height, fill: '#ffffff' }));
  panel.setAttribute('x', String((WIDE.width - width * scale) / 2));
  panel.setAttribute('y', String((WIDE.height - height * scale) / 2));
  panel.setAttribute('width', String(width * scale));
  panel.setAttribute('height', String(height * scale));
  root.append(panel);
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

/**
 * A panel's second and third charts are drawn in turn just after it (ChartBox's `later`): a
 * picture asked for in that moment waits for them, up to three seconds.
 */
async function chartsDrawn(section: HTMLElement) {
  for (let i = 0; i < 120 && section.querySelector('[data-chart-waiting]'); i++)
    await new Promise((resolve) => setTimeout(resolve, 25));
}

/**
 * The panel's picture as an SVG or a PNG: at the panel's size (a PNG at twice it), or on a
 * 1920×1080 slide. Null when nothing to draw is on screen.
 */
export async function imageBlob(
  kind: 'png' | 'svg',
  section: HTMLElement,
  parts: PanelExport,
  size: ImageSize = 'panel',
): Promise<Blob | null> {
  await chartsDrawn(section);
  const panel = panelSvg(section, parts);
  if (!panel) return null;
  const svg = size === 'wide' ? widePicture(panel) : panel;
  if (kind === 'svg')
    return new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
  return svgToPng(svg, size === 'wide' ? 1 : 2);
}
