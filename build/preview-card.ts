/** A 1200 × 630 link-preview card (Open Graph, Twitter) of one panel, as SVG for resvg. */
export interface PreviewCard {
  title: string;
  takeaway: string;
  /** The panel's chart as drawn by the page (an <svg> element), or null for a panel of cards. */
  chart: string | null;
  key: { label: string; color: string; dash?: string | null }[];
  figures: { label: string; value: string }[];
  sources: string[];
}

export const WIDTH = 1200;
export const HEIGHT = 630;
const MARGIN = 40;
const BRAND = '#12436D';
const INK = '#0f172a';
const MUTED = '#334155';
/** The embedded font's average advance, as a share of its size: enough to wrap lines safely. */
const ADVANCE = 0.6;

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Words to lines no wider than `width` at `size`; the last kept line ends with … if cut. */
export function wrap(text: string, size: number, width: number, maxLines: number): string[] {
  const perLine = Math.floor(width / (size * ADVANCE));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, perLine - 1).replace(/\s+\S*$/, '')}…`;
  return kept;
}

function textLines(lines: string[], x: number, y: number, size: number, attrs: string): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${y + i * Math.round(size * 1.35)}" font-size="${size}" ${attrs}>${escape(l)}</text>`,
    )
    .join('');
}

function keyRow(key: PreviewCard['key'], y: number): string {
  let x = MARGIN;
  return key
    .map(({ label, color, dash }) => {
      const sample = `<line x1="${x}" y1="${y - 6}" x2="${x + 32}" y2="${y - 6}" stroke="${escape(color)}" stroke-width="4"${dash ? ` stroke-dasharray="${escape(dash)}"` : ''}/>`;
      const text = `<text x="${x + 42}" y="${y}" font-size="18" fill="${INK}">${escape(label)}</text>`;
      x += 42 + Math.ceil(label.length * 18 * ADVANCE) + 28;
      return sample + text;
    })
    .join('');
}

function figureCards(figures: PreviewCard['figures'], top: number, bottom: number): string {
  const n = Math.max(1, figures.length);
  const gap = 20;
  const w = (WIDTH - 2 * MARGIN - gap * (n - 1)) / n;
  return figures
    .map((f, i) => {
      const x = MARGIN + i * (w + gap);
      const label = wrap(f.label, 20, w - 32, 3);
      return (
        `<rect x="${x}" y="${top}" width="${w}" height="${bottom - top}" rx="8" fill="#f8fafc" stroke="#cbd5e1" stroke-width="2"/>` +
        textLines(label, x + 16, top + 36, 20, `fill="${MUTED}"`) +
        `<text x="${x + 16}" y="${top + 36 + label.length * 27 + 44}" font-size="48" font-weight="700" fill="${BRAND}">${escape(f.value)}</text>`
      );
    })
    .join('');
}

/** The chart placed in the box left under the text, scaled to fit, keeping its proportions. */
function placedChart(chart: string, top: number, bottom: number): string {
  const box = `x="${MARGIN}" y="${top}" width="${WIDTH - 2 * MARGIN}" height="${bottom - top}" preserveAspectRatio="xMidYMin meet" overflow="visible"`;
  return chart
    .replace(/^<svg\b([^>]*?)\s(?:width|height)="[^"]*"/, '<svg$1')
    .replace(/^<svg\b([^>]*?)\s(?:width|height)="[^"]*"/, '<svg$1')
    .replace(/^<svg\b/, `<svg ${box}`);
}

export function previewSvg(card: PreviewCard, site: string): string {
  const title = wrap(card.title, 40, WIDTH - 2 * MARGIN, 1);
  const takeaway = wrap(card.takeaway, 24, WIDTH - 2 * MARGIN, 3);
  const textBottom = 70 + 16 + takeaway.length * 32;
  const footerY = HEIGHT - 22;
  const keyY = footerY - 38;
  const chartBottom = card.key.length > 0 ? keyY - 24 : footerY - 30;
  const source = card.sources[0] ? `Source: ${card.sources[0]}` : '';
  const footer = wrap(`${site}${source ? ` · ${source}` : ''}`, 16, WIDTH - 2 * MARGIN, 1);
  const body = card.chart
    ? placedChart(card.chart, textBottom, chartBottom)
    : figureCards(card.figures, textBottom, footerY - 30);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${WIDTH}" height="10" fill="${BRAND}"/>`,
    textLines(title, MARGIN, 70, 40, `font-weight="700" fill="${INK}"`),
    textLines(takeaway, MARGIN, 112, 24, `fill="${INK}"`),
    body,
    card.chart ? keyRow(card.key, keyY) : '',
    textLines(footer, MARGIN, footerY, 16, `fill="${MUTED}"`),
    '</svg>',
  ].join('');
}
