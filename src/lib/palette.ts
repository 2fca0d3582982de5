/**
 * The UK Government Analysis Function categorical palette, which stays distinguishable under the
 * common colour-vision deficiencies, with GOV.UK's near-black in place of its dark grey (the
 * grey is the platforms' "Other"). Line dashes and marker shapes make series tell apart in
 * greyscale too.
 */
const PALETTE = ['#12436D', '#28A197', '#0B0C0C', '#F46A25', '#801650', '#A285D1'] as const;
const DASHES = ['', '8 4', '2 3', '12 4 2 4', '4 4', '1 6'] as const;
export const MARKERS = ['circle', 'square', 'triangle'] as const;
export type Marker = (typeof MARKERS)[number];

export interface SeriesStyle {
  color: string;
  /** An SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  marker: Marker;
}

/**
 * Every geography with figures, in the order they take styles: the places most often compared
 * first, so that they differ in colour; the forces after. The i-th takes colour i mod 6, and the
 * dash and marker of its round of six, so two that share a colour differ in dash and marker.
 */
const GEOGRAPHIES = [
  'england-wales',
  'scotland',
  'uk',
  'west-midlands-region',
  'wales',
  'northern-ireland',
  'england',
  'west-midlands-region-excl-west-mercia',
  'west-midlands-police',
  'staffordshire',
  'warwickshire',
  'dyfed-powys',
  'gwent',
  'north-wales',
  'south-wales',
  'thames-valley',
  'wiltshire',
  'northamptonshire',
];

/** How many series the styles tell apart: each colour with each dash. */
export const DISTINCT_STYLES = PALETTE.length * DASHES.length;

/**
 * How many lines one chart keeps readable: one per colour. A seventh takes a colour again and is
 * told apart by dash and marker only, which at a glance, or on a projector, is not enough; past
 * this a chart offers one small chart per place.
 */
export const READABLE_LINES = PALETTE.length;

/** The i-th style of the sequence known geographies take; for a series with no id of its own. */
export function styleAt(i: number): SeriesStyle {
  const round = Math.floor(i / PALETTE.length);
  return {
    color: PALETTE[i % PALETTE.length]!,
    dash: DASHES[(i + round) % DASHES.length]!,
    marker: MARKERS[round % MARKERS.length]!,
  };
}

/** A stable number for an id no list here knows (an imported geography). */
function hash(id: string): number {
  let h = 0;
  for (const ch of id) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return h;
}

/**
 * The style of a geography: the same in every panel, slide and file, whatever else is selected.
 * A geography this list does not know takes one of the styles no known geography uses.
 */
export function geographyStyle(id: string): SeriesStyle {
  const known = GEOGRAPHIES.indexOf(id);
  const spare = DISTINCT_STYLES - GEOGRAPHIES.length;
  return styleAt(known >= 0 ? known : GEOGRAPHIES.length + (hash(id) % spare));
}

/** One colour per platform in every panel; the groups and "other" are a brown and greys. */
const PLATFORM_COLORS: Record<string, string> = {
  instagram: '#801650',
  facebook: '#12436D',
  whatsapp: '#28A197',
  snapchat: '#F46A25',
  kik: '#A285D1',
  other: '#3D3D3D',
  'meta-apps': '#8A5300',
  'meta-apps-or-snapchat': '#737373',
};

export function platformColor(id: string): string {
  return Object.hasOwn(PLATFORM_COLORS, id) ? PLATFORM_COLORS[id]! : '#4B5563';
}

/**
 * The one mapping from a series id to how it is drawn, for every chart and every file made from
 * one (PowerPoint included): a platform's colour, or a geography's colour, dash and marker.
 */
export function seriesStyleOf(kind: 'geography' | 'platform', id: string): SeriesStyle {
  return kind === 'geography'
    ? geographyStyle(id)
    : { color: platformColor(id), dash: '', marker: 'square' };
}

/** Axis labels and grid lines, the same in every chart. */
export const AXIS_TICK = { fill: '#1e293b', fontSize: 13 } as const;
export const GRID_STROKE = '#e2e8f0';

/**
 * For a page chart's value axis drawn up the side: all its ticks, unmeasured. Recharts otherwise
 * measures every tick's text in the page (for the axis, then again for the grid) to thin out
 * labels that would touch, which a chart's five or so values up a 200 px or taller axis never do;
 * the measuring was about a tenth of drawing a chart. Not on slides: there the measure also
 * leaves out a top value whose larger type would run off the chart.
 */
export const SIDE_VALUE_TICKS = { interval: 0 } as const;

/**
 * The dark theme's version of each colour above: dark ones lightened so every series, bar and
 * swatch keeps at least 3:1 contrast with a black background. Charts and their keys both draw
 * through darkColor, so a key always matches its chart.
 */
const DARK: Record<string, string> = {
  '#12436D': '#6BAEE6',
  '#801650': '#E879A6',
  '#0B0C0C': '#F3F2F1',
  '#3D3D3D': '#B0B0B0',
  '#8A5300': '#E0A050',
  '#737373': '#8A8A8A',
  '#4B5563': '#9CA3AF',
};

export function darkColor(color: string): string {
  const key = color.toUpperCase();
  return Object.hasOwn(DARK, key) ? DARK[key]! : color;
}

/** How strongly a derived (computed) bar is filled on a black slide: any paler falls under 3:1
 * contrast (on white, charts fill it at 0.35). */
export const DARK_DERIVED_OPACITY = 0.7;

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two colours (#rrggbb). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * A series colour made fit for text on a background: mixed towards black (or white, on a dark
 * background) just far enough to reach the contrast text needs, 4.5:1 (3:1 for large bold text),
 * so a value label keeps its series' hue and stays readable.
 */
export function textColor(color: string, background: string, large = false): string {
  const need = large ? 3 : 4.5;
  const toward = luminance(background) > 0.5 ? 0 : 255;
  const from = channels(color);
  for (let t = 0; t <= 1; t += 0.05) {
    const mixed = `#${from
      .map((v) =>
        Math.round(v + (toward - v) * t)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    if (contrast(mixed, background) >= need) return mixed;
  }
  return toward === 0 ? '#000000' : '#ffffff';
}
