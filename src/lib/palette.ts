/**
 * The UK Government Analysis Function categorical palette, which stays distinguishable under the
 * common colour-vision deficiencies; line dashes make series tell apart in greyscale too.
 */
const PALETTE = ['#12436D', '#28A197', '#801650', '#F46A25', '#3D3D3D', '#A285D1'] as const;
const DASHES = ['', '8 4', '2 3', '12 4 2 4', '4 4', '1 6'] as const;

/** The main geographies keep their colour in every panel and whatever else is selected. */
const FIXED: ReadonlyMap<string, number> = new Map([
  ['england-wales', 0],
  ['uk', 2],
  ['west-midlands-region', 3],
]);

export function geographyStyle(
  id: string,
  selected: readonly string[],
): { color: string; dash: string } {
  let index = FIXED.get(id);
  if (index === undefined) {
    const taken = new Set(selected.map((g) => FIXED.get(g)).filter((i) => i !== undefined));
    const free = PALETTE.map((_, i) => i).filter(
      (i) => !taken.has(i) && ![...FIXED.values()].includes(i),
    );
    const others = selected.filter((g) => !FIXED.has(g));
    index = free[others.indexOf(id) % free.length] ?? 4;
  }
  return { color: PALETTE[index]!, dash: DASHES[index]! };
}

/** One colour per platform in every panel; the groups and "other" are greys. */
const PLATFORM_COLORS: Record<string, string> = {
  instagram: '#801650',
  facebook: '#12436D',
  whatsapp: '#28A197',
  snapchat: '#F46A25',
  kik: '#A285D1',
  other: '#3D3D3D',
  'meta-apps': '#525252',
  'meta-apps-or-snapchat': '#737373',
};

export function platformColor(id: string): string {
  return Object.hasOwn(PLATFORM_COLORS, id) ? PLATFORM_COLORS[id]! : '#4B5563';
}

/** Axis labels and grid lines, the same in every chart. */
export const AXIS_TICK = { fill: '#1e293b', fontSize: 13 } as const;
export const GRID_STROKE = '#e2e8f0';

/** The style of the i-th of a chart's own series (at most four colours, then grey). */
export function seriesStyle(i: number): { color: string; dash: string } {
  return i < 4 ? { color: PALETTE[i]!, dash: DASHES[i]! } : { color: PALETTE[4], dash: DASHES[4] };
}

/**
 * The dark theme's version of each colour above: dark ones lightened so every series, bar and
 * swatch keeps at least 3:1 contrast with a black background. Charts and their keys both draw
 * through darkColor, so a key always matches its chart.
 */
const DARK: Record<string, string> = {
  '#12436D': '#6BAEE6',
  '#801650': '#E879A6',
  '#3D3D3D': '#C4C4C4',
  '#525252': '#A3A3A3',
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
