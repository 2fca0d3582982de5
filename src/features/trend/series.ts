import { figureConfidence, sourcesOf, type Dataset } from '../../data/dataset';
import { coverageOf, type FigureCoverage } from '../../data/figure-coverage';
import {
  INDEX_BASE_YEAR,
  mixedReleases,
  offenceChange,
  offenceSeries,
  publishedChangeText,
  publishedChanges,
  type PublishedChange,
  type YearPoint,
} from '../../data/offence-series';
import type { Confidence } from '../../data/vocabularies';
import { yearLabel } from '../../lib/period';
import type { Observation, Source } from '../../data/schema';
import type { Filters } from '../../state/filters';
import type { PanelNote } from '../../components/panel-chrome';
import { signedPercent } from '../../data/derive';
import { HEADLINE_MAX, formatCount, formatIndex, withMark, headlineOf } from '../../data/format';
import { geographyStyle, type Marker } from '../../lib/palette';

export interface TrendPoint extends YearPoint {
  /** The forces behind the figure; null where there is no figure. */
  coverage: FigureCoverage | null;
  /** The publisher's own change to this year, where it gave one from a year in the range. */
  published: PublishedChange | null;
  /**
   * The publisher's change in words, with the total it was published with where that is not the
   * one shown ("published +84% on 2017/18 with 6,156 in the 2022 release, not with the 6,275
   * shown: …"): null where there is none.
   */
  publishedText: string | null;
  confidence: Confidence | null;
}

export interface TrendSeries {
  geography: string;
  name: string;
  color: string;
  dash: string;
  marker: Marker;
  points: TrendPoint[];
  /** For the index measure: the 2017/18 figure everything is divided by. */
  base: Observation | null;
}

export interface TrendEvent {
  year: number;
  label: string;
}

export interface TrendModel {
  measure: 'count' | 'index';
  /** Said when the chosen measure does not apply to this panel, or some series cannot be shown. */
  caveats: string[];
  years: number[];
  series: TrendSeries[];
  /** The takeaway's lead, at most HEADLINE_MAX characters: what the panel shows first. */
  headline: string;
  takeaway: string;
  sources: Source[];
  notes: PanelNote[];
  events: TrendEvent[];
}

/** Things that happened that explain breaks in the series (DESIGN.md, "Panels"). */
const EVENTS: TrendEvent[] = [
  { year: 2017, label: 'Offence in force, April 2017' },
  { year: 2020, label: 'First lockdown, April–June 2020' },
  {
    year: 2021,
    label: 'NSPCC releases give UK totals from 2021/22 (earlier UK years: the 2024 revised series)',
  },
];

/** " (imported)" after a value a user imported: takeaways and chart labels name provenance as
 * the table does. */
export function importedMark(p: TrendPoint): string {
  return p.observation?.origin ? ' (imported)' : '';
}

/**
 * "England and Wales +36% from 2017/18 to 2018/19 as published"; on the index, the last value.
 * The change is the one every panel draws (offenceChange): the publisher's own leads, a computed
 * one says when its totals are not like-for-like.
 */
function describeChange(
  dataset: Dataset,
  series: TrendSeries,
  measure: 'count' | 'index',
  short = false,
): string | null {
  const known = series.points.filter(
    (p) => p.value !== null && p.observation?.status !== 'derived',
  );
  if (known.length < 2) return null;
  const last = known[known.length - 1]!;
  if (measure === 'index') {
    return `${series.name} ${withMark(formatIndex(last.value!), last.status)}${last.observation?.origin ? ' (from imported figures)' : ''} in ${yearLabel(last.year)} (${yearLabel(INDEX_BASE_YEAR)} = 100)`;
  }
  const change = offenceChange(dataset, series.geography, series.points);
  if (!change) return null;
  const first = known[0]!;
  const { published, computed } = change;
  const doubt = computed?.doubt;
  // A headline never sets a published change beside two totals that give another (#25: +99%
  // beside 3,728 and 7,263, which give +95%†): it names the last total, and the change the
  // totals shown give after the published one.
  if (
    short &&
    published &&
    computed &&
    computed.text.replace(/[†≈]/g, '') !== signedPercent(published.observation.value)
  )
    return `${series.name} ${withMark(formatCount(last.value!), last.status)}${importedMark(last)} in ${yearLabel(last.year)}: ${published.text} on ${yearLabel(published.from)} as published; ${computed.text} from the totals shown`;
  const lead = published
    ? `${published.text} as published${published.from !== first.year ? ` (on ${yearLabel(published.from)})` : ''}${doubt ? `; ${computed!.text} computed, ${doubt}` : ''}`
    : `${computed!.text}${doubt ? ` (${doubt})` : ''}`;
  return `${series.name} ${withMark(formatCount(first.value!), first.status)}${importedMark(first)} to ${withMark(formatCount(last.value!), last.status)}${importedMark(last)}, ${yearLabel(first.year)} to ${yearLabel(last.year)}: ${lead}`;
}

/**
 * The headline: the place whose figures reach furthest (the first of them on a tie), with its
 * change as the publisher gave it, or computed with its †.
 */
function headlineFor(dataset: Dataset, series: TrendSeries[], measure: 'count' | 'index'): string {
  const reach = (s: TrendSeries) => s.points.filter((p) => p.value !== null).at(-1)?.year ?? 0;
  const lead = [...series].sort((a, b) => reach(b) - reach(a))[0];
  const part = lead && describeChange(dataset, lead, measure, true);
  if (!part) return headlineOf(takeawayFor(dataset, series, measure));
  const prefix = measure === 'index' ? 'Index: ' : 'Offences: ';
  const whole = `${prefix}${part}`;
  return headlineOf(whole.length <= HEADLINE_MAX ? whole : `${prefix}${part.split('; ')[0]}`);
}

function takeawayFor(dataset: Dataset, series: TrendSeries[], measure: 'count' | 'index'): string {
  const parts = series
    .map((s) => describeChange(dataset, s, measure))
    .filter((p): p is string => p !== null);
  if (parts.length === 0)
    return 'Fewer than two years have published totals for the selection (derived totals are not compared), so no change is computed.';
  const lead = measure === 'index' ? 'Recorded offences on an index' : 'Recorded offences';
  // Index values of places that end in different years are not a comparison of growth.
  const lastYears = new Set(
    series.map((s) => s.points.filter((p) => p.value !== null).at(-1)?.year),
  );
  const apart =
    measure === 'index' && lastYears.size > 1 ? ' The places end in different years.' : '';
  return `${lead}: ${parts.slice(0, 3).join('. ')}.${apart}`;
}

/** Years whose figures do not cover every force, or do not say: flagged on the chart too. */
function partialYears(series: readonly TrendSeries[]): string[] {
  return series.flatMap((s) => {
    // Runs of consecutive years with the same coverage read as one: "2017/18–2022/23 forces not
    // stated".
    const runs: { from: number; to: number; text: string }[] = [];
    for (const p of s.points) {
      if (!p.coverage?.partial) continue;
      const text = p.coverage.text.replace(/ \(.*\)$/, '');
      const run = runs[runs.length - 1];
      if (run && run.text === text && run.to === p.year - 1) run.to = p.year;
      else runs.push({ from: p.year, to: p.year, text });
    }
    if (runs.length === 0) return [];
    const years = (r: (typeof runs)[number]) =>
      r.from === r.to ? yearLabel(r.from) : `${yearLabel(r.from)}–${yearLabel(r.to)}`;
    return [
      `${s.name}: ${runs.map((r) => `${years(r)} ${r.text}`).join('; ')} (dotted ring on the chart).`,
    ];
  });
}

/** The offences-over-time panel: one series per selected geography, one point per year. */
export function trendModel(
  dataset: Dataset,
  filters: Pick<Filters, 'geos' | 'from' | 'to' | 'measure'>,
): TrendModel {
  const measure = filters.measure === 'index' ? 'index' : 'count';
  const caveats: string[] = [];
  if (filters.measure === 'share')
    caveats.push('Shares apply to platforms and age bands; this panel shows counts.');
  const years: number[] = [];
  for (let y = filters.from; y <= filters.to; y++) years.push(y);

  const used: Observation[] = [];
  // Notes keyed by place and text, so one note repeated over years is shown once with its years.
  const noteYears = new Map<string, { place: string; text: string; years: number[] }>();
  const addNote = (place: string, year: number, text: string) => {
    const key = `${place}|${text}`;
    const note = noteYears.get(key) ?? { place, text, years: [] };
    note.years.push(year);
    noteYears.set(key, note);
  };
  const series: TrendSeries[] = [];

  for (const geography of filters.geos) {
    const geo = dataset.geographies.get(geography);
    if (!geo) continue;
    const found = offenceSeries(dataset, geography, filters.from, filters.to, measure === 'index');
    if (!found) {
      caveats.push(
        `${geo.name} has no ${yearLabel(INDEX_BASE_YEAR)} figure to index against, so it is not shown.`,
      );
      continue;
    }
    const changes = publishedChanges(dataset, geography);
    // An index is as sure as the less sure of its figure and its base.
    const baseMedium = found.base && figureConfidence(dataset, found.base) === 'M';
    const points: TrendPoint[] = found.points.map((p) => {
      const published =
        changes.find((c) => c.to === p.year && c.from >= filters.from && c.from < p.year) ?? null;
      return {
        ...p,
        coverage: p.observation ? coverageOf(dataset, p.observation) : null,
        confidence: p.observation
          ? baseMedium
            ? 'M'
            : figureConfidence(dataset, p.observation)
          : null,
        published,
        publishedText:
          published && p.observation
            ? publishedChangeText(
                published,
                p.observation,
                p.revisions,
                found.points.find((q) => q.year === published.from)?.observation ?? null,
              )
            : null,
      };
    });
    const { base } = found;
    for (const { year, observation: o, revisions, published } of points) {
      if (!o) continue;
      used.push(o);
      if (published) used.push(published.observation);
      for (const r of revisions) {
        const how =
          r.status === 'derived'
            ? `also computed as ${formatCount(r.value)}†`
            : `also published as ${formatCount(r.value)}${r.release ? ` in ${r.release}` : ''}`;
        addNote(
          geo.name,
          year,
          `${withMark(formatCount(o.value), o.status)} is the figure shown; ${how}${r.note ? `: ${r.note}` : '.'}`,
        );
      }
      if (o.note) addNote(geo.name, year, o.note);
    }
    if (geo.note && points.some((p) => p.observation)) caveats.push(geo.note);

    if (points.every((p) => p.value === null)) {
      caveats.push(
        `${geo.name} has no yearly figures between ${yearLabel(filters.from)} and ${yearLabel(filters.to)}.`,
      );
      continue;
    }
    series.push({
      geography,
      name: geo.name,
      ...geographyStyle(geography),
      points,
      base,
    });
  }

  caveats.push(...mixedReleases(series), ...partialYears(series));

  return {
    measure,
    caveats,
    years,
    series,
    headline: headlineFor(dataset, series, measure),
    takeaway: takeawayFor(dataset, series, measure),
    sources: sourcesOf(dataset, used),
    notes: [
      ...[...noteYears.values()].map((n) => ({
        label: `${n.place}, ${n.years.map(yearLabel).join(', ')}`,
        text: n.text,
      })),
      {
        label: 'Changes and index',
        text: "Changes are the NSPCC's own where it published one, with its basis; a change computed here (†) uses published totals only, never a derived one, and says when its two totals cover different forces. Index values (†) are computed for every total shown, derived ones included.",
      },
    ],
    events: EVENTS.filter((e) => e.year >= filters.from && e.year <= filters.to),
  };
}

/**
 * In counts, the places whose largest figure is under a tenth of another place's: their lines
 * lie flat near zero, so the panel offers the index instead. Null when no line is squashed.
 */
export function squashedSeries(model: TrendModel): { small: string[]; large: string } | null {
  if (model.measure !== 'count') return null;
  const peaks = model.series.flatMap((s) => {
    const values = s.points.flatMap((p) => (p.value === null ? [] : [p.value]));
    return values.length ? [{ name: s.name, peak: Math.max(...values) }] : [];
  });
  const top = peaks.reduce<(typeof peaks)[number] | null>(
    (a, b) => (a && a.peak >= b.peak ? a : b),
    null,
  );
  if (!top) return null;
  const small = peaks.filter((p) => p.peak * 10 < top.peak).map((p) => p.name);
  return small.length ? { small, large: top.name } : null;
}

/** A value as the chart, table and tooltip write it: an index to one decimal, a count in full. */
export function formatTrendValue(value: number, measure: TrendModel['measure']): string {
  return measure === 'index' ? formatIndex(value) : formatCount(value);
}
