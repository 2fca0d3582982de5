import { findEntry, observationsOfIn, type Dataset } from './dataset';
import { yearLabel } from '../lib/period';
import type { Observation } from './schema';
import { SERIES, type Status } from './vocabularies';
import { computedStatus, percentChange, sharePercent, signedPercent } from './derive';
import { formatCount, withMark } from './format';
import { coverageOf } from './figure-coverage';

/** The index measure's base year, 2017/18, the first full year of the offence. */
export const INDEX_BASE_YEAR = 2017;

export interface YearPoint {
  year: number;
  /** Recorded offences, or the index base year = 100; null where no figure exists. */
  value: number | null;
  status: Status;
  observation: Observation | null;
  revisions: readonly Observation[];
}

export interface OffenceSeries {
  points: YearPoint[];
  /** For an indexed series, the base-year figure everything is divided by. */
  base: Observation | null;
}

/**
 * Yearly recorded offences of one geography, headline figures only, optionally indexed to its own
 * 2017/18 figure. Null when indexing is asked for and there is no base-year figure.
 */
export function offenceSeries(
  dataset: Dataset,
  geography: string,
  from: number,
  to: number,
  indexed: boolean,
): OffenceSeries | null {
  const entryFor = (year: number) =>
    findEntry(dataset, { indicator: 'offences', geography, period: yearLabel(year) });
  const base = indexed ? (entryFor(INDEX_BASE_YEAR)?.headline ?? null) : null;
  // A base of 0 cannot be indexed against.
  if (indexed && (!base || base.value <= 0)) return null;
  const points: YearPoint[] = [];
  for (let year = from; year <= to; year++) {
    const entry = entryFor(year);
    if (!entry) {
      points.push({ year, value: null, status: 'published', observation: null, revisions: [] });
      continue;
    }
    const o = entry.headline;
    points.push({
      year,
      value: base ? (sharePercent(o.value, base.value) ?? NaN) : o.value,
      // An index is computed, so derived; approximate if either figure is.
      status: base ? computedStatus(o.status, base.status) : o.status,
      observation: o,
      revisions: entry.revisions,
    });
  }
  return { points, base };
}

/** A change the publisher gave itself, between the two years of its span. */
export interface PublishedChange {
  from: number;
  to: number;
  observation: Observation;
}

/** The published changes in recorded offences of one place, latest end year first. */
export function publishedChanges(dataset: Dataset, geography: string): PublishedChange[] {
  return observationsOfIn(dataset, geography, 'offences_change')
    .filter((o) => o.period.kind === 'span')
    .map((o) => {
      const p = o.period as { kind: 'span'; from: number; to: number };
      return { from: p.from, to: p.to, observation: o };
    })
    .sort((a, b) => b.to - a.to || a.from - b.from);
}

/**
 * A published change as it is said beside a figure: with the release and the total it came with
 * (#25: "+84%" came with 6,156, never with the revised 6,275), and its basis as published. Where
 * the start-year total shown in the same column gives another change, that is said too (#25:
 * "+82%" beside a column that starts at the revised 3,728, which gives +70%†), unless the basis
 * already names that total.
 */
export function publishedChangeText(
  change: PublishedChange,
  shown: Observation,
  revisions: readonly Observation[],
  shownBase: Observation | null = null,
): string {
  const o = change.observation;
  const pct = withMark(signedPercent(o.value), o.status, o.bound);
  const sameRelease = (x: Observation) => o.release !== null && x.release === o.release;
  const total = sameRelease(shown) ? shown : revisions.find(sameRelease);
  const release = o.release ? `the ${o.release} release` : 'its release';
  const alongside = !total
    ? ` in ${release}, which gives no total beside it`
    : total === shown
      ? ''
      : ` with ${formatCount(total.value)} in ${release}, not with the ${formatCount(shown.value)} shown`;
  const basis = o.note.replace(/\.$/, '');
  const fromShown = shownBase ? percentChange(shownBase.value, shown.value) : null;
  const against =
    shownBase &&
    fromShown !== null &&
    signedPercent(fromShown) !== signedPercent(o.value) &&
    !basis.includes(formatCount(shownBase.value))
      ? `; the ${formatCount(shownBase.value)} shown for ${yearLabel(change.from)} gives ${withMark(signedPercent(fromShown), computedStatus(shownBase.status, shown.status))}`
      : '';
  return `published ${pct} on ${yearLabel(change.from)}${alongside}${basis ? `: ${basis.charAt(0).toLowerCase()}${basis.slice(1)}` : ''}${against}`;
}

export interface ComputedChange {
  from: number;
  to: number;
  /** "+95%†" */
  text: string;
  status: Status;
  /** "" when both totals cover the same forces in one series; else "not like-for-like" (known to
   * differ) or "not known to be like-for-like". */
  doubt: string;
  /** "3,728 (2017/18) to 7,263 (2024/25), computed from the two totals: not like-for-like (…)." */
  detail: string;
}

export interface ShownPublishedChange extends PublishedChange {
  /** "+99%", "≈+70%" */
  text: string;
  /** "Published by …: its basis." */
  detail: string;
}

export interface OffenceChange {
  /** The publisher's own change to the last year, from a year in the range; it leads. */
  published: ShownPublishedChange | null;
  /** Computed from the first and last published totals shown. */
  computed: ComputedChange | null;
  /** One clause for a takeaway, the published change first. */
  sentence: string;
  used: Observation[];
}

/**
 * How far two totals compare, said beside a change computed from them (#25): "" when both cover
 * the same forces in one series; "not like-for-like" when their series or forces are known to
 * differ; else "not known to be like-for-like".
 */
export function comparability(dataset: Dataset, a: Observation, b: Observation): string {
  const ca = coverageOf(dataset, a);
  const cb = coverageOf(dataset, b);
  if ((a.series ?? '') !== (b.series ?? '')) return 'not like-for-like';
  if (ca.forces !== null && ca.forces === cb.forces) return '';
  return ca.forces !== null && cb.forces !== null
    ? 'not like-for-like'
    : 'not known to be like-for-like';
}

/**
 * The change over a place's yearly points. Where the publisher gave its own change to the last
 * year from a year in the range, it leads, with its basis; the change computed from the two
 * totals follows, and says when they do not cover the same forces or come from different series.
 * A derived total is no end point of a computed change.
 */
export function offenceChange(
  dataset: Dataset,
  geography: string,
  points: readonly YearPoint[],
): OffenceChange | null {
  const known = points.filter((p) => p.observation);
  if (known.length === 0) return null;
  const ends = known.filter((p) => p.observation!.status !== 'derived');
  const a = ends[0];
  const b = ends[ends.length - 1];
  const used: Observation[] = [];
  let computed: ComputedChange | null = null;
  const pct = a && b && a !== b ? percentChange(a.observation!.value, b.observation!.value) : null;
  if (a && b && pct !== null) {
    const oa = a.observation!;
    const ob = b.observation!;
    const ca = coverageOf(dataset, oa);
    const cb = coverageOf(dataset, ob);
    const sameSeries = (oa.series ?? '') === (ob.series ?? '');
    const doubt = comparability(dataset, oa, ob);
    const likeForLike = doubt === '';
    const status = computedStatus(oa.status, ob.status);
    used.push(oa, ob);
    computed = {
      from: a.year,
      to: b.year,
      text: withMark(signedPercent(pct), status),
      status,
      doubt,
      detail: `${formatCount(oa.value)} (${yearLabel(a.year)}) to ${formatCount(ob.value)} (${yearLabel(b.year)}), computed from the two totals: ${
        likeForLike
          ? `both cover ${ca.text}.`
          : ca.forces === null && cb.forces === null && sameSeries
            ? 'not known to be like-for-like: neither release says how many forces supplied figures.'
            : `${doubt} (${yearLabel(a.year)}: ${ca.text}; ${yearLabel(b.year)}: ${cb.text}).`
      }`,
    };
  }
  const last = known[known.length - 1]!.year;
  const found = publishedChanges(dataset, geography).find(
    (c) => c.to === last && c.from >= known[0]!.year,
  );
  let published: ShownPublishedChange | null = null;
  if (found) {
    const o = found.observation;
    const publisher = o.source ? dataset.sources.get(o.source)?.publisher : undefined;
    published = {
      ...found,
      text: withMark(signedPercent(o.value), o.status, o.bound),
      detail: `Published${publisher ? ` by ${publisher}` : ''}: ${o.note}`,
    };
    used.unshift(o);
  }
  if (!published && !computed) return null;
  const caveat = computed?.doubt ? ` computed from totals ${computed.doubt}` : '';
  const sentence = published
    ? `${published.text} from ${yearLabel(published.from)} to ${yearLabel(published.to)} as published${caveat ? ` (${computed!.text}${caveat})` : ''}`
    : `${computed!.text} from ${yearLabel(computed!.from)} to ${yearLabel(computed!.to)}${caveat ? ` (${caveat.trim()})` : ''}`;
  return { published, computed, sentence, used };
}

/**
 * Said when the points drawn come from different release series: a gap between two lines (or two
 * years) can then be a revision rather than growth. Names each figure shown as first published
 * that the revised series puts otherwise.
 */
export function mixedReleases(
  series: readonly { name: string; points: readonly YearPoint[] }[],
): string[] {
  const shown = series.flatMap((s) => s.points.filter((p) => p.observation));
  const kinds = new Set(shown.map((p) => p.observation!.series ?? ''));
  if (kinds.size < 2) return [];
  const named = [...kinds].filter((k) => k && Object.hasOwn(SERIES, k)).map((k) => SERIES[k]!);
  const revisedOnly = series.flatMap((s) =>
    s.points.flatMap((p) => {
      const o = p.observation;
      const r = p.revisions.find((x) => x.series && x.series !== (o?.series ?? null));
      return o && r && !o.series
        ? [
            `${s.name} ${yearLabel(p.year)} is ${formatCount(o.value)} as first published, ${withMark(formatCount(r.value), r.status)} on the revised series`,
          ]
        : [];
    }),
  );
  return [
    `These figures mix releases: some are ${named.join(', ')}, the others as first published, so part of a difference between years or places can be a revision rather than a change in offences.${revisedOnly.length ? ` ${revisedOnly.join('; ')}.` : ''}`,
  ];
}
