import { toCsv } from '../lib/to-csv';
import { figureConfidence, observationKey, sourcesOf, type Dataset } from './dataset';
import { publishedFigure, type CellFigure } from './cell-figure';
import { AGE_COUNT_MEASURES, countNoun } from './nouns';
import { ageBandLabel, INDICATORS, platformLabel, SEXES } from './vocabularies';

// Loaded with the exports: the page does not need it to show its charts.

/** The tidy CSV's columns, one row per figure (README, "Presenting, sharing and printing"). */
export const TIDY_HEADER = [
  'place_id',
  'place',
  'period',
  'indicator',
  'measure',
  'platform',
  'age_band',
  'sex',
  'value',
  'unit',
  'status',
  'confidence',
  'headline',
  'release',
  'series',
  'source_title',
  'source_publisher',
  'source_date',
  'source_url',
  'note',
] as const;

/** Names of the measures computed here, beside the published indicators. */
const COMPUTED_MEASURES: Record<string, string> = {
  offences_index: 'Recorded offences, index (2017/18 = 100)',
  offences_change_computed: 'Change in recorded offences (%), computed from two totals',
  offences_region_share: "Region's share of the nation's recorded offences",
  offences_place_share:
    "A nation's or force's share of its national comparator's recorded offences",
  // Instances are not known to be one per offence: a ratio, not a share of offences (#25, item 10).
  offences_age_known_share:
    "Instances in which police gave the victim's age, per 100 recorded offences",
  offences_method_known_share: 'Share of recorded offences with the method of communication known',
  platform_share_computed: 'Share of offences with the method known, computed from counts',
  platform_offences_change: 'Change in offences by platform',
  platform_offences_change_percent: 'Change in offences by platform (%)',
  platform_share_change: 'Change in share of offences with the method known',
};

export function measureName(indicator: string): string {
  return (
    COMPUTED_MEASURES[indicator] ??
    (Object.hasOwn(INDICATORS, indicator)
      ? INDICATORS[indicator as keyof typeof INDICATORS].label
      : indicator)
  );
}

/**
 * What a figure is of, in words. A force's platform share (the 2019 West Midlands story) is of
 * its offences over both years, on a base the outlet did not state (#25, item 5).
 */
export function measureOf(dataset: Dataset, f: Pick<CellFigure, 'indicator' | 'inputs'>): string {
  const first = f.inputs[0];
  if (f.indicator === 'platform_share' && first) {
    if (dataset.geographies.get(first.geography)?.type === 'force')
      return "Share of the force's offences; the outlet did not say whether of all offences or of those with the method known";
  }
  if (f.indicator === 'age_band_offences' && first && f.inputs.length === 1)
    return AGE_COUNT_MEASURES[countNoun(dataset, first)];
  return measureName(f.indicator);
}

/** "published", "derived", "approximate" or, for a bound, "approximate, over" / "approximate, under". */
export function statusText(f: Pick<CellFigure, 'status' | 'bound' | 'note'>): string {
  if (f.bound) return `${f.status}, ${f.bound}`;
  // Derived from a rounded figure ("a fifth of 5,567"): as rough as its input (#25, item 8).
  if (f.status === 'derived' && /approximate/i.test(f.note)) return 'derived, approximate';
  return f.status;
}

export type TidyRow = Record<(typeof TIDY_HEADER)[number], string | number>;

/** One row per figure: where, when, what, the plain value, its status, confidence, source, note. */
export function tidyRow(dataset: Dataset, f: CellFigure): TidyRow {
  const first = f.inputs[0]!;
  const sources = sourcesOf(dataset, f.inputs);
  const join = (pick: (s: (typeof sources)[number]) => string | null) =>
    sources.map((s) => pick(s) ?? '').join(' | ');
  const single = f.inputs.length === 1;
  // A computed figure is as sure as the least sure figure it is computed from.
  const confidence = f.inputs.some((o) => figureConfidence(dataset, o) === 'M') ? 'M' : 'H';
  return {
    place_id: first.geography,
    place: dataset.geographies.get(first.geography)?.name ?? first.geography,
    period: f.period,
    indicator: f.indicator,
    measure: measureOf(dataset, f),
    platform: first.platform ? platformLabel(first.platform) : '',
    age_band: first.ageBand ? ageBandLabel(first.ageBand) : '',
    sex: first.sex ? SEXES[first.sex] : '',
    value: f.value,
    // A count's unit is what its source counted (offences, victims or instances).
    unit: f.unit === 'offences' && single ? countNoun(dataset, first) : f.unit,
    status: statusText(f),
    confidence: confidence === 'H' ? 'high' : 'medium',
    headline: single
      ? dataset.entries.get(observationKey(first))?.headline === first
        ? 'yes'
        : 'no'
      : '',
    release: single ? (first.release ?? '') : '',
    series: single ? (first.series ?? '') : '',
    source_title: join((s) => s.title),
    source_publisher: join((s) => s.publisher),
    source_date: join((s) => s.date),
    source_url: join((s) =>
      s.imported ? 'no address: added in this browser' : (s.url ?? 'address not recorded'),
    ),
    note: f.note,
  };
}

/** Byte-order mark: tells a spreadsheet the file is UTF-8, so †, ≈ and — arrive intact. */
export const BOM = '\uFEFF';

export function tidyCsv(dataset: Dataset, figures: readonly CellFigure[]): string {
  const rows = figures.map((f) => tidyRow(dataset, f));
  return (
    BOM +
    toCsv(
      TIDY_HEADER,
      rows.map((r) => TIDY_HEADER.map((h) => r[h])),
    )
  );
}

/** Every figure of the data set, bundled and imported, headline and revisions. */
export function allFiguresCsv(dataset: Dataset): string {
  return tidyCsv(dataset, dataset.observations.map(publishedFigure));
}

const WIDE_KEYS = [
  'place_id',
  'place',
  'measure',
  'platform',
  'age_band',
  'sex',
  'unit',
] as const satisfies readonly (keyof TidyRow)[];

/**
 * The same figures with periods as columns, for pasting into a table: one row per place and
 * measure, a plain number per period, and the marked values listed in a last column.
 */
export function wideCsv(dataset: Dataset, figures: readonly CellFigure[]): string {
  const rows = figures.map((f) => tidyRow(dataset, f));
  const periods = [...new Set(rows.map((r) => String(r.period)))].sort();
  const lines = new Map<string, { key: TidyRow; values: Map<string, number>; marks: string[] }>();
  for (const r of rows) {
    const id = WIDE_KEYS.map((k) => r[k]).join('|');
    let line = lines.get(id);
    if (!line) lines.set(id, (line = { key: r, values: new Map(), marks: [] }));
    line.values.set(String(r.period), Number(r.value));
    if (r.status !== 'published') line.marks.push(`${r.period}: ${r.status}`);
  }
  return (
    BOM +
    toCsv(
      [...WIDE_KEYS, ...periods, 'not as published'],
      [...lines.values()].map(({ key, values, marks }) => [
        ...WIDE_KEYS.map((k) => key[k]),
        ...periods.map((p) => values.get(p) ?? ''),
        marks.join('; '),
      ]),
    )
  );
}
