/** A 1200 × 630 link-preview card (Open Graph, Twitter) of one panel, as SVG for resvg. */
export interface PreviewSource {
  title: string;
  publisher: string;
  date: string | null;
}

export interface PreviewCard {
  title: string;
  /** The panel's full takeaway, for the panel page's text; the picture carries `headline`. */
  takeaway: string;
  /** One sentence of at most 110 characters: the preview's description and subtitle. */
  headline: string;
  /** The panel's chart as drawn for the preview (an <svg> element), or null for a panel of cards. */
  chart: string | null;
  /** A line sample with this dash pattern ('' solid), or a square swatch when `dash` is undefined. */
  key: { label: string; color: string; dash?: string }[];
  figures: { label: string; value: string; detail?: string }[];
  sources: readonly PreviewSource[];
  /** The panel's caveats; the picture carries the first. */
  caveats: readonly string[];
  /** How far the chart's text reaches beyond its drawing box, left and right, in pixels. */
  overhang?: { left: number; right: number };
}

export const WIDTH = 1200;
export const HEIGHT = 630;
const MARGIN = 40;
const BRAND = '#12436D';
const INK = '#0f172a';
const MUTED = '#334155';
/** The embedded font's average advance, as a share of its size: enough to wrap lines safely. */
const ADVANCE = 0.6;
/** Bold DejaVu Sans is wider. */
const BOLD_ADVANCE = 0.66;
/** Type sizes on the card, large enough to read when a feed shows it ~500 px wide. */
export const TITLE_SIZE = 52;
const HEADLINE_SIZE = 28;
const KEY_SIZE = 22;
const FOOT_SIZE = 18;
/** The chart's ticks and labels are drawn at this size, unscaled. */
export const CHART_FONT = 22;

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const lineHeight = (size: number) => Math.round(size * 1.3);

/** Words to lines no wider than `width` at `size`; the last kept line ends with … if cut. */
export function wrap(
  text: string,
  size: number,
  width: number,
  maxLines: number,
  advance = ADVANCE,
): string[] {
  const perLine = Math.floor(width / (size * advance));
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

/**
 * `text` in at most `max` characters: whole if it fits, else its first sentence; one still longer
 * is cut at its last clause (before "; " or ", ") that keeps at least half of it, first with its
 * asides in brackets, then without them; failing that, at a word, with "…".
 */
export function shorten(text: string, max: number): string {
  const whole = text.trim().replace(/\s+/g, ' ');
  if (whole.length <= max) return whole;
  const sentence = whole.match(/^.+?[.!?](?=\s+[A-Z]|$)/)?.[0] ?? whole;
  const bare = sentence.replace(/\s*\([^()]*\)/g, '');
  for (const candidate of [sentence, bare]) {
    if (candidate.length <= max) return candidate;
    const room = candidate.slice(0, max);
    const clause = Math.max(room.lastIndexOf('; '), room.lastIndexOf(', '));
    if (clause >= max / 2) return candidate.slice(0, clause);
  }
  return `${bare.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** "Capital FM Birmingham (regional news …)" → "Capital FM Birmingham". */
const publisherName = (p: string) => p.replace(/\s*\(.*\)\s*$/, '').trim();

/**
 * Every source of the figures shown, in one line: the years they were published, NSPCC first,
 * then the outlets that carried its figures, latest first; those that do not fit are counted.
 */
export function sourcesLine(sources: readonly PreviewSource[], maxChars: number): string {
  if (sources.length === 0) return '';
  const latest = new Map<string, string>();
  for (const s of sources)
    for (const publisher of s.publisher.split('; ')) {
      const name = publisherName(publisher);
      const date = s.date ?? '';
      if (!latest.has(name) || date > latest.get(name)!) latest.set(name, date);
    }
  const names = [...latest]
    .sort(
      ([a, da], [b, db]) => Number(b === 'NSPCC') - Number(a === 'NSPCC') || db.localeCompare(da),
    )
    .map(([name]) => name);
  const years = sources.flatMap((s) => (s.date ? [s.date.slice(0, 4)] : [])).sort();
  const span =
    years.length === 0
      ? ''
      : years[0] === years.at(-1)
        ? ` (${years[0]})`
        : ` (${years[0]}–${years.at(-1)})`;
  const head = `${names.length === 1 ? 'Source' : 'Sources'}${span}: `;
  for (let shown = names.length; shown >= 1; shown--) {
    const rest = names.length - shown;
    const line = `${head}${names.slice(0, shown).join('; ')}${rest ? ` and ${rest} more` : ''}`;
    if (line.length <= maxChars || shown === 1) return line;
  }
  return head;
}

function textLines(lines: string[], x: number, y: number, size: number, attrs: string): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${y + i * lineHeight(size)}" font-size="${size}" ${attrs}>${escape(l)}</text>`,
    )
    .join('');
}

/** The key's entries placed left to right, a new row where the next would not fit. */
function keyRows(
  key: PreviewCard['key'],
): { item: PreviewCard['key'][number]; x: number; row: number }[] {
  let x = MARGIN;
  let row = 0;
  return key.map((item) => {
    const width = 42 + Math.ceil(item.label.length * KEY_SIZE * ADVANCE);
    if (x > MARGIN && x + width > WIDTH - MARGIN) {
      x = MARGIN;
      row += 1;
    }
    const placed = { item, x, row };
    x += width + 28;
    return placed;
  });
}

function keySvg(key: PreviewCard['key'], top: number): string {
  return keyRows(key)
    .map(({ item: { label, color, dash }, x, row }) => {
      const y = top + row * lineHeight(KEY_SIZE) + KEY_SIZE;
      const mid = y - KEY_SIZE * 0.35;
      const sample =
        dash === undefined
          ? `<rect x="${x + 8}" y="${mid - 8}" width="16" height="16" fill="${escape(color)}"/>`
          : `<line x1="${x}" y1="${mid}" x2="${x + 32}" y2="${mid}" stroke="${escape(color)}" stroke-width="4"${dash ? ` stroke-dasharray="${escape(dash)}"` : ''}/>`;
      return `${sample}<text x="${x + 42}" y="${y}" font-size="${KEY_SIZE}" fill="${INK}">${escape(label)}</text>`;
    })
    .join('');
}

/** Headline figures as cards: each one's label, its value as large as the card allows, its detail. */
function figureCards(figures: PreviewCard['figures'], top: number, bottom: number): string {
  const n = Math.max(1, figures.length);
  const gap = 20;
  const w = (WIDTH - 2 * MARGIN - gap * (n - 1)) / n;
  return figures
    .map((f, i) => {
      const x = MARGIN + i * (w + gap);
      const label = wrap(f.label, 22, w - 32, 4);
      const size = Math.min(64, Math.floor((w - 32) / (f.value.length * BOLD_ADVANCE)));
      const valueY = top + 30 + label.length * lineHeight(22) + size;
      const lines = Math.floor((bottom - valueY - 30) / lineHeight(20));
      const perLine = Math.floor((w - 32) / (20 * ADVANCE));
      const detail = f.detail
        ? wrap(shorten(f.detail, Math.floor(lines * perLine * 0.8)), 20, w - 32, lines)
        : [];
      return (
        `<rect x="${x}" y="${top}" width="${w}" height="${bottom - top}" rx="8" fill="#f8fafc" stroke="#cbd5e1" stroke-width="2"/>` +
        textLines(label, x + 16, top + 38, 22, `fill="${MUTED}"`) +
        `<text x="${x + 16}" y="${valueY}" font-size="${size}" font-weight="700" fill="${BRAND}">${escape(f.value)}</text>` +
        textLines(detail, x + 16, valueY + 16 + lineHeight(20), 20, `fill="${INK}"`)
      );
    })
    .join('');
}

/** Where everything goes: the text above and below, and the box the chart fills. */
export function previewLayout(card: Omit<PreviewCard, 'chart'>) {
  const textWidth = WIDTH - 2 * MARGIN;
  const title = wrap(card.title, TITLE_SIZE, textWidth, 2, BOLD_ADVANCE);
  const headline = wrap(card.headline, HEADLINE_SIZE, textWidth, 2);
  const titleY = 20 + TITLE_SIZE;
  const headlineY =
    titleY + (title.length - 1) * lineHeight(TITLE_SIZE) + lineHeight(HEADLINE_SIZE) + 6;
  const chartTop = headlineY + (headline.length - 1) * lineHeight(HEADLINE_SIZE) + 20;
  const perLine = Math.floor(textWidth / (FOOT_SIZE * ADVANCE));
  const sources = sourcesLine(card.sources, perLine);
  const caveat = card.caveats[0]
    ? wrap(`Note: ${shorten(card.caveats[0], 2 * perLine - 16)}`, FOOT_SIZE, textWidth, 2)
    : [];
  const foot = [...caveat, ...(sources ? [sources] : [])];
  const footY = HEIGHT - 16 - (foot.length - 1) * lineHeight(FOOT_SIZE);
  const keyCount = card.key.length === 0 ? 0 : Math.max(...keyRows(card.key).map((k) => k.row)) + 1;
  const keyTop = footY - FOOT_SIZE - 14 - keyCount * lineHeight(KEY_SIZE);
  const chartBottom = keyCount ? keyTop - 8 : footY - FOOT_SIZE - 16;
  return {
    title,
    titleY,
    headline,
    headlineY,
    foot,
    footY,
    keyTop,
    chart: {
      x: MARGIN + (card.overhang?.left ?? 0),
      y: chartTop,
      width: textWidth - (card.overhang?.left ?? 0) - (card.overhang?.right ?? 0),
      height: chartBottom - chartTop,
    },
  };
}

/** The chart, drawn at the size of its box, placed in it. */
function placedChart(
  chart: string,
  box: { x: number; y: number; width: number; height: number },
): string {
  const at = `x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" overflow="visible"`;
  return chart
    .replace(/^<svg\b([^>]*?)\s(?:width|height)="[^"]*"/, '<svg$1')
    .replace(/^<svg\b([^>]*?)\s(?:width|height)="[^"]*"/, '<svg$1')
    .replace(/^<svg\b/, `<svg ${at}`);
}

export function previewSvg(card: PreviewCard): string {
  const layout = previewLayout(card);
  const { chart: box } = layout;
  const body = card.chart
    ? placedChart(card.chart, box) + keySvg(card.key, layout.keyTop)
    : figureCards(card.figures, box.y, box.y + box.height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${WIDTH}" height="10" fill="${BRAND}"/>`,
    textLines(layout.title, MARGIN, layout.titleY, TITLE_SIZE, `font-weight="700" fill="${INK}"`),
    textLines(layout.headline, MARGIN, layout.headlineY, HEADLINE_SIZE, `fill="${INK}"`),
    body,
    textLines(layout.foot, MARGIN, layout.footY, FOOT_SIZE, `fill="${MUTED}"`),
    '</svg>',
  ].join('');
}

/**
 * The site's address for absolute preview links, from SITE_URL: an http(s) address, with a "/"
 * added at its end if missing. Without it the tags are relative, which link unfurlers ignore:
 * the warning says so.
 */
export function siteUrlOf(value: string | undefined): { url: string; warning: string | null } {
  const raw = value?.trim() ?? '';
  if (!raw)
    return {
      url: '',
      warning:
        'SITE_URL is not set: link previews get relative og:image addresses and no og:url, which ' +
        'most sites ignore. Build with SITE_URL=https://your.host/path/ to give them absolute ones.',
    };
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an address: give one like https://example.org/path/`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error(`SITE_URL "${raw}" must start with https:// or http://`);
  if (parsed.search || parsed.hash)
    throw new Error(`SITE_URL "${raw}" must be the site's folder, without "?" or "#"`);
  return { url: parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`, warning: null };
}

/**
 * Open Graph and Twitter Card tags of the page at `path` (from the site's root). Its preview
 * image is `preview.png` beside it; the addresses are absolute when `siteUrl` is given.
 */
export function previewMeta(
  card: Pick<PreviewCard, 'title' | 'headline'>,
  path: string,
  site: string,
  siteUrl: string,
): [string, string, string][] {
  const image = `${siteUrl}${path}preview.png`;
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', site],
    ['property', 'og:title', card.title],
    ['property', 'og:description', card.headline],
    ['property', 'og:image', image],
    ['property', 'og:image:width', String(WIDTH)],
    ['property', 'og:image:height', String(HEIGHT)],
    ['property', 'og:image:alt', `${card.title}: ${card.headline}`],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', card.title],
    ['name', 'twitter:description', card.headline],
    ['name', 'twitter:image', image],
  ];
  if (siteUrl) tags.push(['property', 'og:url', `${siteUrl}${path}`]);
  return tags;
}
