import { sourcesOf, type Dataset } from '../../data/dataset';
import { INDEX_BASE_YEAR, offenceSeries, type YearPoint } from '../../data/offence-series';
import { yearLabel } from '../../data/period';
import type { Observation, Source } from '../../data/schema';
import type { Filters } from '../../state/filters';
import type { PanelNote } from '../../components/panel-frame';
import { percentChange } from '../../lib/derive';
import { formatCount, formatIndex, withMark } from '../../lib/format';
import { geographyStyle } from '../../lib/palette';

export type TrendPoint = YearPoint;

export interface TrendSeries {
  geography: string;
  name: string;
  color: string;
  dash: string;
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
  takeaway: string;
  sources: Source[];
  notes: PanelNote[];
  events: TrendEvent[];
}

/** Things that happened that explain breaks in the series (DESIGN.md, "Panels"). */
const EVENTS: TrendEvent[] = [
  { year: 2017, label: 'Offence in force, April 2017' },
  { year: 2020, label: 'First lockdown, April–June 2020' },
  { year: 2021, label: 'UK-wide figures from 2021/22' },
];

/** " (imported)" after a value a user imported: takeaways and chart labels name provenance as
 * the table does. */
export function importedMark(p: TrendPoint): string {
  return p.observation?.origin ? ' (imported)' : '';
}

/**
 * "England and Wales up 36%†, 3,217 to 4,373 (2017/18 to 2018/19)". Only figures as published are
 * compared: a derived total (built from releases of differing force coverage) is no end point.
 */
function describeChange(series: TrendSeries, measure: 'count' | 'index'): string | null {
  const known = series.points.filter(
    (p) => p.value !== null && p.observation?.status !== 'derived',
  );
  if (known.length < 2) return null;
  const first = known[0]!;
  const last = known[known.length - 1]!;
  const span = `${yearLabel(first.year)} to ${yearLabel(last.year)}`;
  if (measure === 'index') {
    return `${series.name} ${withMark(formatIndex(last.value!), last.status)}${last.observation?.origin ? ' (from imported figures)' : ''} in ${yearLabel(last.year)} (${yearLabel(INDEX_BASE_YEAR)} = 100)`;
  }
  const pct = percentChange(first.value!, last.value!);
  if (pct === null) return null;
  const direction = pct > 0 ? `up ${pct}%†` : pct < 0 ? `down ${-pct}%†` : 'unchanged';
  const from = withMark(formatCount(first.value!), first.status) + importedMark(first);
  const to = withMark(formatCount(last.value!), last.status) + importedMark(last);
  return `${series.name} ${direction}, ${from} to ${to} (${span})`;
}

function takeawayFor(series: TrendSeries[], measure: 'count' | 'index'): string {
  const parts = series
    .map((s) => describeChange(s, measure))
    .filter((p): p is string => p !== null);
  if (parts.length === 0)
    return 'Fewer than two years have figures for the selection, so no change can be shown.';
  const lead = measure === 'index' ? 'Recorded offences on an index' : 'Recorded offences';
  // Changes are computed from totals whose releases may cover different forces (see the notes).
  return `${lead}: ${parts.slice(0, 3).join('; ')}.`;
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
    const { points, base } = found;
    for (const { year, observation: o, revisions } of points) {
      if (!o) continue;
      used.push(o);
      for (const r of revisions) {
        addNote(
          geo.name,
          year,
          `${formatCount(o.value)} is the headline figure; also published as ${formatCount(r.value)}${r.status === 'derived' ? ' (derived)' : ''}${r.release ? ` in ${r.release}` : ''}${r.note ? `: ${r.note}` : '.'}`,
        );
      }
      if (o.note) addNote(geo.name, year, o.note);
    }

    if (points.every((p) => p.value === null)) {
      caveats.push(
        `${geo.name} has no yearly figures between ${yearLabel(filters.from)} and ${yearLabel(filters.to)}.`,
      );
      continue;
    }
    series.push({
      geography,
      name: geo.name,
      ...geographyStyle(geography, filters.geos),
      points,
      base,
    });
  }

  return {
    measure,
    caveats,
    years,
    series,
    takeaway: takeawayFor(series, measure),
    sources: sourcesOf(dataset, used),
    notes: [
      ...[...noteYears.values()].map((n) => ({
        label: `${n.place}, ${n.years.map(yearLabel).join(', ')}`,
        text: n.text,
      })),
      {
        label: 'Changes and index',
        text: "Rises (†) and index values (†) are computed here from the totals shown, skipping derived totals. A release can cover different forces from another, so the NSPCC's own published rises, which compare only forces that supplied both years, can differ; they are in the notes above.",
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
