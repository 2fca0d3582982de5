import { findEntry, observationsOf, sourcesOf, type Dataset } from '../../data/dataset';
import { coverageOf } from '../../data/figure-coverage';
import { yearLabel } from '../../lib/period';
import {
  NATIONAL_GEOGRAPHIES,
  platformFigure,
  nationalPlatformGeography,
  type PlatformFigure,
  coverageName,
} from '../../data/platform-figures';
import type { Observation, Source } from '../../data/schema';
import { platformLabel, type Bound, type Status } from '../../data/vocabularies';
import { computedStatus, percentChange } from '../../data/derive';
import { formatCount, withMark, headlineOf } from '../../data/format';
import { platformColor } from '../../lib/palette';
import type { Filters } from '../../state/filters';
import type { PanelNote } from '../../components/panel-chrome';

export interface ChangeRow {
  platform: string;
  label: string;
  color: string;
  from: PlatformFigure;
  to: PlatformFigure;
  /** Count change; null unless both years have counts. */
  absolute: number | null;
  /** Percent change of the counts, whole percent. */
  percent: number | null;
  /** Change in share, percentage points, from the unrounded shares; rounded for display only. */
  points: number | null;
  /** True when both shares were computed from counts, so a decimal of a point is meaningful. */
  pointsExact: boolean;
  /** Every change is computed: derived, or approximate when an input was approximate. */
  countStatus: Status;
  shareStatus: Status;
  /** A share published as a bound ("over a quarter") makes the change in share one too. */
  shareBound: Bound | null;
}

export interface ChangeModel {
  /** What the chart draws: the change in counts, or in share (percentage points). */
  measure: 'count' | 'share';
  /** Decimals of every percentage-point change in the panel: one where every share compared was
   * computed from counts, none where any was published as a whole percent. */
  pointDecimals: 0 | 1;
  fromYear: number | null;
  toYear: number | null;
  geography: string | null;
  rows: ChangeRow[];
  /** The takeaway's lead, at most HEADLINE_MAX characters: what the panel shows first. */
  headline: string;
  takeaway: string;
  caveats: string[];
  sources: Source[];
  notes: PanelNote[];
}

/** "+511"; with decimals, "−3.9 pp" or "+14 pp". Rounded once, here, from the unrounded value. */
export function signed(n: number, unit = '', decimals = 0): string {
  const rounded = Number(n.toFixed(decimals));
  const text = decimals > 0 ? Math.abs(rounded).toFixed(decimals) : formatCount(Math.abs(rounded));
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${text}${unit}`;
}

/** A change as shown everywhere: signed, with its mark, at the panel's one precision. */
export function changeText(
  row: ChangeRow,
  measure: 'count' | 'share',
  pointDecimals: 0 | 1,
): string {
  if (measure === 'count') return withMark(signed(row.absolute!), row.countStatus);
  if (row.shareBound) {
    // A bound is rounded toward its safe side (over +8.9 is over +8, never over +9) and, being
    // computed, carries † after its direction.
    const f = 10 ** pointDecimals;
    const safe = (row.shareBound === 'over' ? Math.floor : Math.ceil)(row.points! * f) / f;
    return `${withMark(signed(safe, ' pp', pointDecimals), row.shareStatus, row.shareBound)}†`;
  }
  return withMark(signed(row.points!, ' pp', pointDecimals), row.shareStatus);
}

/** The direction a change takes from bounds at its ends: over a quarter at the end (or under a
 * value at the start) makes it more than computed; both ways, or none, no bound. */
function changeBound(from: Bound | null, to: Bound | null): Bound | null {
  const up = to === 'over' || from === 'under';
  const down = to === 'under' || from === 'over';
  return up && !down ? 'over' : down && !up ? 'under' : null;
}

function rowFor(platform: string, from: PlatformFigure, to: PlatformFigure): ChangeRow {
  const counts = from.count && to.count;
  const shares = from.share && to.share;
  const diff = shares ? to.share!.exact - from.share!.exact : 0;
  return {
    platform,
    label: platformLabel(platform),
    color: platformColor(platform),
    from,
    to,
    absolute: counts ? to.count!.value - from.count!.value : null,
    percent: counts ? percentChange(from.count!.value, to.count!.value) : null,
    points: shares ? diff : null,
    pointsExact: shares ? from.share!.computed && to.share!.computed : false,
    countStatus: counts ? computedStatus(from.count!.status, to.count!.status) : 'derived',
    shareStatus: shares ? computedStatus(from.share!.status, to.share!.status) : 'derived',
    shareBound: shares ? changeBound(from.share!.bound, to.share!.bound) : null,
  };
}

/** Lexicographic comparison of two scores. */
function ranksAbove(a: readonly number[], b: readonly number[]): boolean {
  const k = a.findIndex((x, i) => x !== b[i]);
  return k >= 0 && a[k]! > b[k]!;
}

/** A year with national platform figures and the coverage they are for (England and Wales or UK). */
export interface ComparableYear {
  year: number;
  geography: string;
}

/** Every year with national platform figures: two of them compare when their coverage is one. */
export function comparableYears(dataset: Dataset, first: number, last: number): ComparableYear[] {
  const years: ComparableYear[] = [];
  for (let year = first; year <= last; year++) {
    const geography = nationalPlatformGeography(dataset, year);
    if (geography) years.push({ year, geography });
  }
  return years;
}

/**
 * Picks the two years to compare among those given: the same coverage (England and Wales, or the
 * UK) in both, as many platforms compared by count as possible, then by share, then the widest
 * and latest span.
 */
function choosePair(
  dataset: Dataset,
  platforms: Filters['platforms'],
  candidates: readonly ComparableYear[],
) {
  let best: { score: number[]; geography: string; a: number; b: number; rows: ChangeRow[] } | null =
    null;
  for (const geography of NATIONAL_GEOGRAPHIES) {
    const years = candidates.filter((c) => c.geography === geography).map((c) => c.year);
    const shown = new Set(
      observationsOf(dataset, geography)
        .filter((o) => o.platform && (platforms === null || platforms.includes(o.platform)))
        .map((o) => o.platform!),
    );
    for (let i = 0; i < years.length; i++)
      for (let j = i + 1; j < years.length; j++) {
        const a = years[i]!;
        const b = years[j]!;
        const rows = [...shown]
          .map((p) =>
            rowFor(
              p,
              platformFigure(dataset, p, a, geography),
              platformFigure(dataset, p, b, geography),
            ),
          )
          .filter((r) => r.absolute !== null || r.points !== null);
        const score = [rows.filter((r) => r.absolute !== null).length, rows.length, b - a, b];
        if (rows.length > 0 && (!best || ranksAbove(score, best.score)))
          best = { score, geography, a, b, rows };
      }
  }
  return best;
}

/** Why two years asked for (`compare=`) are not compared; null when they are like-for-like. */
function refusal(dataset: Dataset, [a, b]: readonly [number, number]): string | null {
  const ga = nationalPlatformGeography(dataset, a);
  const gb = nationalPlatformGeography(dataset, b);
  const missing = [a, b].filter((_, i) => !(i ? gb : ga)).map(yearLabel);
  if (missing.length)
    return `${missing.join(' and ')}: no national platform figures were published, so ${yearLabel(a)} and ${yearLabel(b)} are not compared.`;
  if (ga !== gb)
    return `${yearLabel(a)} (${coverageName(ga!)}) and ${yearLabel(b)} (${coverageName(gb!)}) are not like-for-like, so they are not compared.`;
  return null;
}

/**
 * When the years hold two of like-for-like platform figures but a selected platform lacks one of
 * them, the missing figure is the cause, not the years (#25, item 14): named here; else null.
 */
function missingFigures(
  dataset: Dataset,
  platforms: Filters['platforms'],
  [from, to]: readonly [number, number],
): string | null {
  if (platforms === null) return null;
  const years = comparableYears(dataset, from, to);
  const gaps = NATIONAL_GEOGRAPHIES.flatMap((geography) => {
    const same = years.filter((y) => y.geography === geography);
    if (same.length < 2) return [];
    return platforms.flatMap((p) => {
      const without = same.filter((y) => {
        const f = platformFigure(dataset, p, y.year, geography);
        return !f.count && !f.share;
      });
      return without.length
        ? [
            `${platformLabel(p)} has no published figure for ${without.map((y) => yearLabel(y.year)).join(', ')} (${coverageName(geography)})`,
          ]
        : [];
    });
  });
  return gaps.length
    ? `${gaps.join('; ')}, so no two years of it can be compared. Choose another platform, or years where it was published.`
    : null;
}

export function platformChangeModel(
  dataset: Dataset,
  filters: Pick<Filters, 'platforms' | 'from' | 'to' | 'measure'> & {
    compare?: Filters['compare'];
    /** The places selected: the change is national, which is said when none of them is. */
    geos?: readonly string[];
  },
): ChangeModel {
  const refused = filters.compare ? refusal(dataset, filters.compare) : null;
  const asked = filters.compare && !refused ? filters.compare : null;
  const pair = choosePair(
    dataset,
    filters.platforms,
    comparableYears(dataset, asked?.[0] ?? filters.from, asked?.[1] ?? filters.to).filter(
      (c) => !asked || asked.includes(c.year),
    ),
  );
  if (!pair) {
    return {
      measure: 'share',
      pointDecimals: 0,
      fromYear: null,
      toYear: null,
      geography: null,
      rows: [],
      headline: asked
        ? `${yearLabel(asked[0])} and ${yearLabel(asked[1])} have no like-for-like platform figures`
        : 'No two years of like-for-like platform figures are selected',
      takeaway: asked
        ? `${yearLabel(asked[0])} and ${yearLabel(asked[1])} have no like-for-like figures for the selected platforms, so no change can be shown.`
        : 'The selected years do not include two years of like-for-like platform figures, so no change can be shown.',
      caveats: [
        missingFigures(dataset, filters.platforms, asked ?? [filters.from, filters.to]) ??
          `Choose ${asked ? 'other years to compare' : 'a wider range of years'}: platform figures compare within England and Wales (to 2020/21) or within the UK (from 2021/22).`,
      ],
      sources: [],
      notes: [],
    };
  }
  const caveats: string[] = refused ? [refused] : [];
  // A place without platform figures is shown the national ones: said, not implied (#25, 15).
  const places = (filters.geos ?? []).filter((g) => dataset.geographies.has(g));
  if (places.length && !places.some((g) => (NATIONAL_GEOGRAPHIES as readonly string[]).includes(g)))
    caveats.push(
      `No platform figures were published for ${places.map((g) => dataset.geographies.get(g)!.name).join(', ')}: these are the ${coverageName(pair.geography)} figures.`,
    );
  // Years of one place and series can still differ in the forces behind them: said where the
  // change is drawn (#25, second review).
  const forces = [pair.a, pair.b].map((year) => {
    const e = findEntry(dataset, {
      indicator: 'offences',
      geography: pair.geography,
      period: yearLabel(year),
    });
    return { year, text: e ? coverageOf(dataset, e.headline).text : 'forces not stated' };
  });
  if (forces[0]!.text !== forces[1]!.text || forces[0]!.text.startsWith('forces not stated'))
    caveats.push(
      `The two years may not rest on the same forces (${forces.map((f) => `${yearLabel(f.year)}: ${f.text}`).join('; ')}), and each year's shares are of its own offences with the platform known: part of a change can be a change in who answered.`,
    );
  const hasCounts = pair.rows.some((r) => r.absolute !== null);
  const measure: ChangeModel['measure'] =
    filters.measure === 'share' || !hasCounts ? 'share' : 'count';
  if (filters.measure !== 'share' && measure === 'share')
    caveats.push('No counts were published for both years, so the change is shown in shares.');
  if (!asked && (pair.a !== filters.from || pair.b !== filters.to)) {
    caveats.push(
      `Comparing ${yearLabel(pair.a)} with ${yearLabel(pair.b)}: the pair of selected years with the most like-for-like platform figures (${coverageName(pair.geography, true)}).`,
    );
  }
  const key = (r: ChangeRow) => (measure === 'count' ? r.absolute : r.points);
  const rows = pair.rows.filter((r) => key(r) !== null).sort((x, y) => key(y)! - key(x)!);
  const skipped = pair.rows.filter((r) => key(r) === null).map((r) => r.label);
  if (skipped.length)
    caveats.push(`${skipped.join(', ')}: not published for both years in this measure.`);

  const pointDecimals: 0 | 1 = rows.every((r) => r.points === null || r.pointsExact) ? 1 : 0;
  if (measure === 'share' && pointDecimals === 0)
    caveats.push(
      'The shares compared were published as whole percents, so each change is uncertain by about a point either way.',
    );
  const top = rows[0];
  const span = `from ${yearLabel(pair.a)} to ${yearLabel(pair.b)}`;
  let takeaway = 'No platform changed.';
  if (top) {
    const pp = (r: ChangeRow) => changeText(r, 'share', pointDecimals);
    const change = (r: ChangeRow) =>
      measure === 'count'
        ? `${changeText(r, 'count', pointDecimals)} offences${r.percent !== null ? ` (${withMark(`${signed(r.percent)}%`, r.countStatus)})` : ''}${r.points !== null ? `, ${pp(r)} in share` : ''}`
        : `${pp(r)} in share`;
    const bottom = rows[rows.length - 1]!;
    const where = `${span} in ${coverageName(pair.geography, true)}`;
    if (rows.length === 1) {
      // One platform compared is no ranking: it rose or fell, not "most" (#25, review).
      const moved = key(top)! > 0 ? 'rose' : key(top)! < 0 ? 'fell' : 'held';
      takeaway = `${top.label} ${moved} ${where}: ${change(top)}.`;
    } else if (key(top)! <= 0) {
      takeaway = `Every platform compared fell† or held ${where}; ${top.label} changed least† (${change(top)}).`;
    } else {
      const fall =
        bottom !== top && key(bottom)! < 0
          ? `; ${bottom.label} fell most† (${change(bottom)})`
          : '';
      // A ranking is computed from the published figures: it carries † (#25, review item 13).
      takeaway = `${top.label} rose most† ${where}: ${change(top)}${fall}.`;
    }
  }

  const used: Observation[] = rows.flatMap((r) =>
    [r.from, r.to].flatMap((f) =>
      [f.count, f.share?.computed ? f.methodKnown : f.publishedShare].filter(
        (o): o is Observation => o !== null,
      ),
    ),
  );
  const notes: PanelNote[] = [
    {
      label: 'Percentage points',
      text: 'The change in share is the later share minus the earlier one. Shares are computed from the counts where counts were published, else as published.',
    },
  ];
  return {
    measure,
    pointDecimals,
    fromYear: pair.a,
    toYear: pair.b,
    geography: pair.geography,
    rows,
    headline: headlineOf(takeaway),
    takeaway,
    caveats,
    sources: sourcesOf(dataset, used),
    notes,
  };
}
