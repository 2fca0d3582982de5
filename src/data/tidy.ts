import { toCsv } from '../lib/to-csv';
import { coverageOf } from './figure-coverage';
import { formatCount, formatPercent } from './format';
import type { Observation } from './schema';
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
  // What a file read on its own must carry beside each figure (#25, review item 4); added last
  // so that files read by column position stay valid.
  'forces',
  'caveats',
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
    forces: f.indicator === 'offences' && single ? coverageOf(dataset, first).text : '',
    caveats: [
      placeCaveat(dataset, f.inputs),
      single ? alsoPublishedText(dataset, first, f.unit) : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/** The caveat of a figure's place: the UK's totals include Scotland's different offence. */
function placeCaveat(dataset: Dataset, inputs: readonly Observation[]): string {
  return [...new Set(inputs.map((o) => dataset.geographies.get(o.geography)?.note ?? ''))]
    .filter(Boolean)
    .join(' ');
}

function alsoPublishedText(dataset: Dataset, o: Observation, unit: string): string {
  const also = alsoPublished(dataset, o, unit);
  return also ? `Other values of this figure, published or derived: ${also}.` : '';
}

/**
 * The other values published for the same figure (a first release, a revision, another
 * outlet's), each with its source and release: what a reader of the file alone cannot see.
 */
function alsoPublished(dataset: Dataset, o: Observation, unit: string): string {
  const entry = dataset.entries.get(observationKey(o));
  const others = entry
    ? [entry.headline, ...entry.revisions].filter((x) => x !== o && x.value !== o.value)
    : [];
  const text = (x: Observation) => {
    const value = unit === '%' ? formatPercent(x.value) : formatCount(x.value);
    const source = x.source ? (dataset.sources.get(x.source)?.title ?? x.source) : 'imported';
    // A file has no key to its marks: a status is said in words, as the status column says it.
    const status = x.status === 'published' && !x.bound ? '' : `${statusText(x)}; `;
    return `${value} (${status}${source}${x.release ? `, ${x.release}` : ''})`;
  };
  return others.map(text).join('; ');
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
 * measure, a plain number per period, then what each row's numbers need read beside them (#25,
 * review item 4): the values not as published, the medium-confidence ones, the forces behind
 * each total, the caveats and the sources.
 */
export function wideCsv(dataset: Dataset, figures: readonly CellFigure[]): string {
  const rows = figures.map((f) => tidyRow(dataset, f));
  const periods = [...new Set(rows.map((r) => String(r.period)))].sort();
  type Line = {
    key: TidyRow;
    values: Map<string, number>;
    rows: TidyRow[];
    inputs: Observation[];
    also: string[];
  };
  const lines = new Map<string, Line>();
  rows.forEach((r, i) => {
    const id = WIDE_KEYS.map((k) => r[k]).join('|');
    let line = lines.get(id);
    if (!line)
      lines.set(id, (line = { key: r, values: new Map(), rows: [], inputs: [], also: [] }));
    line.values.set(String(r.period), Number(r.value));
    line.rows.push(r);
    const f = figures[i]!;
    line.inputs.push(...f.inputs);
    const also = f.inputs.length === 1 ? alsoPublished(dataset, f.inputs[0]!, f.unit) : '';
    if (also) line.also.push(`${r.period} other values: ${also}.`);
  });
  const listed = (rs: readonly TidyRow[], pick: (r: TidyRow) => string) =>
    rs.flatMap((r) => (pick(r) ? [`${r.period}: ${pick(r)}`] : [])).join('; ');
  const distinct = (texts: readonly string[]) => [...new Set(texts.filter(Boolean))].join(' | ');
  return (
    BOM +
    toCsv(
      [
        ...WIDE_KEYS,
        ...periods,
        'not as published',
        'medium confidence',
        'forces',
        'caveats',
        'sources',
      ],
      [...lines.values()].map(({ key, values, rows: rs, inputs, also }) => [
        ...WIDE_KEYS.map((k) => key[k]),
        ...periods.map((p) => values.get(p) ?? ''),
        listed(rs, (r) => (r.status === 'published' ? '' : String(r.status))),
        rs.flatMap((r) => (r.confidence === 'medium' ? [r.period] : [])).join('; '),
        listed(rs, (r) => String(r.forces)),
        [placeCaveat(dataset, inputs), ...also].filter(Boolean).join(' '),
        distinct(
          rs.flatMap((r) => {
            const publishers = String(r.source_publisher).split(' | ');
            return String(r.source_title)
              .split(' | ')
              .map((t, i) => `${t}, ${publishers[i] ?? ''}`);
          }),
        ),
      ]),
    )
  );
}
