import { parsePeriod, type Period } from '../lib/period';
import {
  BOUNDS,
  CONFIDENCES,
  GEOGRAPHY_TYPES,
  INDICATORS,
  INDICATOR_IDS,
  SEXES,
  STATUSES,
  type Bound,
  type Confidence,
  type GeographyType,
  type Indicator,
  type Sex,
  type Status,
} from './vocabularies';
import { clip } from '../lib/clip';
import * as v from 'valibot';
import { DATASET_COLUMNS, DIGITS_LIMIT, suggest } from './limits';

// What the page needs before any file is read is in limits.ts, without valibot: kept exported
// here for the readers and checks.
export {
  DATASET_COLUMNS,
  DIGITS_LIMIT,
  ID_LIMIT,
  NOTE_LIMIT,
  TEXT_LIMIT,
  fieldLimit,
  suggest,
} from './limits';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const RELEASE = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Digits from the first non-zero one: "0.0012" has 2, "4,373" 4, "100" 3. */
export function significantDigits(raw: string): number {
  return raw.replace(/[^0-9]/g, '').replace(/^0+/, '').length;
}

/**
 * Names the charts use for their own columns (a year's label, a bar's value…). Chart rows are
 * keyed by platform, age band and geography ids, so an id with one of these names would replace
 * the axis labels: such ids are refused.
 */
export const RESERVED_IDS: readonly string[] = ['column', 'label', 'name', 'text', 'value', 'year'];

function reserved(id: string): string | null {
  return RESERVED_IDS.includes(id)
    ? `"${id}" cannot be an id: the charts use that name for their own columns (reserved: ${RESERVED_IDS.join(', ')})`
    : null;
}

/** A problem found in one cell, named by its column. */
export interface CellIssue {
  /** The column first; a schema from a validation library may give a longer or empty path. */
  path: readonly PropertyKey[];
  message: string;
}

export type RowResult<T> =
  { success: true; data: T } | { success: false; error: { issues: CellIssue[] } };

/** Checks one row of a file (cells by column name, absent columns undefined) and returns its
 * value, or every problem found in it. */
export interface RowSchema<T> {
  safeParse(raw: Readonly<Record<string, string | undefined>>): RowResult<T>;
}

type Cells<C extends string> = Record<C, string>;

/**
 * A file's cells by column, an absent column (or a value that is not text) read as empty; columns
 * no check reads are dropped. One loop, not a schema per cell: that made an object for every cell,
 * 1.7 million for a file of 100,000 rows, and their collection was most of the time to check it.
 */
function cells<C extends string>(columns: readonly C[]) {
  return v.pipe(
    v.custom<Readonly<Record<string, unknown>>>((row) => typeof row === 'object' && row !== null),
    v.transform((row) => {
      const out = {} as Cells<C>;
      for (const c of columns) {
        const cell = row[c];
        out[c] = typeof cell === 'string' ? cell : '';
      }
      return out;
    }),
  );
}

/** A check of one column: see `rowSchema`. */
interface Check<R> {
  column: string;
  ok: (row: R) => boolean;
  message: string | ((row: R) => string);
  after: readonly string[];
}

const check = <R extends object>(
  column: string,
  ok: (row: R) => boolean,
  message: string | ((row: R) => string),
  after: readonly string[] = [column],
): Check<R> => ({ column, ok, message, after });

/**
 * A file's row schema: its cells, read into a draft that the checks run on in their order, then
 * made into the value kept. A problem is named by its column.
 */
function rowSchema<C extends string, D extends object, T>(
  columns: readonly C[],
  read: (cells: Cells<C>) => D,
  checks: readonly Check<D>[],
  value: (draft: D) => T,
): RowSchema<T> {
  // One raw check runs the row's checks in their order: each only while the columns of its
  // `after` (by default its own) have no problem yet, so a column's checks run as an if–else
  // chain. (valibot's partialCheck skips only while the row is untyped, and a failed check leaves
  // it typed; one action rather than one per check keeps 100,000 rows quick.)
  const checked = v.rawCheck<D>(({ dataset, addIssue }) => {
    const row = dataset.value as D;
    // Made at the first problem: most rows have none.
    let failed: Set<string> | null = null;
    for (const { column, ok, message, after } of checks) {
      if ((failed && after.some((c) => failed!.has(c))) || ok(row)) continue;
      (failed ??= new Set()).add(column);
      addIssue({
        message: typeof message === 'string' ? message : message(row),
        path: [
          {
            type: 'object',
            origin: 'value',
            input: row as Record<string, unknown>,
            key: column,
            value: undefined,
          },
        ],
      });
    }
  });
  // Typed loosely: valibot's types cannot follow a draft type given as a parameter.
  const pipe = v.pipe as unknown as (...items: unknown[]) => v.GenericSchema<unknown, T>;
  const schema = pipe(cells(columns), v.transform(read), checked, v.transform(value));
  return {
    safeParse(raw) {
      const result = v.safeParse(schema, raw);
      return result.success
        ? { success: true, data: result.output }
        : {
            success: false,
            error: {
              issues: result.issues.map((i) => ({
                path: i.path?.map((p) => p.key as PropertyKey) ?? [],
                message: i.message,
              })),
            },
          };
    },
  };
}

const optional = (s: string | undefined) => (s && s.trim() !== '' ? s.trim() : null);

/** Parses "4,373" or "12.5"; thousands separators must be in the right places. */
export function parseNumber(raw: string): number | null {
  const t = raw.trim();
  if (!NUMBER.test(t)) return null;
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

function unknownId(kind: string, id: string, known: Iterable<string>): string {
  const s = suggest(id, known);
  return `unknown ${kind} "${clip(id)}"${s ? `; did you mean "${s}"?` : ''}`;
}

/** Where an imported figure came from: the user's file and when it was merged. */
export interface ImportTag {
  id: string;
  fileName: string;
  /** ISO 8601 time of the import. */
  importedAt: string;
}

export interface Observation {
  row: number;
  indicator: Indicator;
  period: Period;
  periodText: string;
  geography: string;
  platform: string | null;
  ageBand: string | null;
  sex: Sex | null;
  value: number;
  status: Status;
  source: string | null;
  release: string | null;
  note: string;
  /** The figure's own confidence; null takes its source's (FIGURES.md rates some figures of one
   * source lower than the rest). */
  confidence: Confidence | null;
  /** A published bound keeps its direction: "over 5,500" is over, "nearly a quarter" under. */
  bound: Bound | null;
  /** The release series a republished figure belongs to (SERIES); null = as first published. */
  series: string | null;
  /** Set on figures a user imported; bundled figures have none. */
  origin?: ImportTag;
}

export interface ObservationContext {
  geographies: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  /** Bundled data must cite a source; an import may cite one of the bundled sources or none. */
  requireSource: boolean;
}

export const OBSERVATION_COLUMNS = ['indicator', 'period', 'geography', 'value'] as const;
/** A row of observations.csv as its checks read it: the cells, and the figure read from them. */
interface ObservationDraft extends Omit<Observation, 'row' | 'period' | 'value'> {
  cells: Cells<(typeof DATASET_COLUMNS)[number]>;
  unit: (typeof INDICATORS)[Indicator]['unit'] | undefined;
  /** The period read, or what is wrong with it. */
  period: Period | string;
  value: number | null;
}

const notAnId = (id: string) =>
  `"${clip(id)}" is not an id (lower-case letters, digits and hyphens)`;

/** A breakdown's id: required by the indicators of that breakdown, an id wherever given. */
function breakdownChecks(column: 'platform' | 'age_band', key: 'platform' | 'ageBand') {
  return [
    check<ObservationDraft>(
      column,
      (d) => !d.cells.indicator.startsWith(`${column}_`) || d[key] !== null,
      (d) => `is required for ${d.indicator}`,
    ),
    check<ObservationDraft>(
      column,
      (d) => d[key] === null || ID.test(d[key]),
      (d) => notAnId(d[key]!),
    ),
    check<ObservationDraft>(
      column,
      (d) => d[key] === null || !reserved(d[key]),
      (d) => reserved(d[key]!)!,
    ),
  ];
}

export function observationSchema(ctx: ObservationContext): RowSchema<Omit<Observation, 'row'>> {
  return rowSchema(
    DATASET_COLUMNS,
    (r): ObservationDraft => ({
      cells: r,
      unit: INDICATORS[r.indicator as Indicator]?.unit,
      indicator: r.indicator as Indicator,
      period: parsePeriod(r.period),
      periodText: r.period,
      geography: r.geography,
      platform: optional(r.platform),
      ageBand: optional(r.age_band),
      sex: optional(r.sex) as Sex | null,
      value: parseNumber(r.value),
      status: (optional(r.status) ?? 'published') as Status,
      source: optional(r.source),
      release: optional(r.release),
      note: r.note,
      confidence: optional(r.confidence) as Confidence | null,
      bound: optional(r.bound) as Bound | null,
      series: optional(r.series),
    }),
    [
      check<ObservationDraft>(
        'indicator',
        (d) => d.cells.indicator !== '',
        'is empty; expected one of ' + INDICATOR_IDS.join(', '),
      ),
      check<ObservationDraft>(
        'indicator',
        (d) => INDICATOR_IDS.includes(d.indicator),
        (d) =>
          `${unknownId('indicator', d.indicator, INDICATOR_IDS)} (expected one of ${INDICATOR_IDS.join(', ')})`,
      ),
      check<ObservationDraft>(
        'period',
        (d) => d.periodText !== '',
        'is empty; expected a financial year like 2018/19',
      ),
      check<ObservationDraft>(
        'period',
        (d) => typeof d.period !== 'string',
        (d) => d.period as string,
      ),
      check<ObservationDraft>(
        'geography',
        (d) => d.geography !== '',
        'is empty; expected a geography id such as england-wales',
      ),
      check<ObservationDraft>(
        'geography',
        (d) => ctx.geographies.has(d.geography),
        (d) => unknownId('geography', d.geography, ctx.geographies),
      ),
      check<ObservationDraft>('value', (d) => d.cells.value !== '', 'is empty; expected a number'),
      check<ObservationDraft>(
        'value',
        (d) => d.value !== null,
        (d) => `"${clip(d.cells.value)}" is not a number; expected digits such as 4373 or 4,373`,
      ),
      check<ObservationDraft>(
        'value',
        (d) => significantDigits(d.cells.value) <= DIGITS_LIMIT,
        (d) =>
          `${d.cells.value} has ${significantDigits(d.cells.value)} significant digits; at most ${DIGITS_LIMIT} can be kept exactly`,
      ),
      check<ObservationDraft>(
        'value',
        (d) => d.value! >= 0 || d.unit === 'change',
        (d) => `${d.cells.value} is negative; counts and percents are 0 or more`,
      ),
      check<ObservationDraft>(
        'value',
        (d) => d.unit !== 'percent' || d.value! <= 100,
        (d) => `${d.cells.value} is over 100; a percent is 0–100`,
      ),
      check<ObservationDraft>(
        'period',
        (d) => d.unit !== 'change' || (d.period as Period).kind === 'span',
        'a published change spans its two years, like 2017/18-2024/25',
        ['value', 'period'],
      ),
      check<ObservationDraft>(
        'value',
        (d) => d.unit !== 'count' || Number.isInteger(d.value),
        (d) => `${d.cells.value} is not a whole number; counts are whole`,
      ),
      ...breakdownChecks('platform', 'platform'),
      ...breakdownChecks('age_band', 'ageBand'),
      check<ObservationDraft>(
        'sex',
        (d) => !d.sex || Object.hasOwn(SEXES, d.sex),
        (d) => `"${clip(d.sex!)}" is not female or male`,
      ),
      check<ObservationDraft>(
        'sex',
        (d) => d.indicator !== 'sex_share' || d.sex !== null,
        'is required for sex_share',
      ),
      check<ObservationDraft>(
        'status',
        (d) => STATUSES.includes(d.status),
        (d) => `"${clip(d.cells.status)}" is not one of ${STATUSES.join(', ')}`,
      ),
      check<ObservationDraft>(
        'source',
        (d) => d.source !== null || !ctx.requireSource,
        'is empty; every bundled figure cites a source from sources.csv',
      ),
      check<ObservationDraft>(
        'source',
        (d) => d.source === null || ctx.sources.has(d.source),
        (d) => unknownId('source', d.source!, ctx.sources),
      ),
      check<ObservationDraft>(
        'release',
        (d) => d.release === null || RELEASE.test(d.release),
        (d) => `"${clip(d.release!)}" is not a month like 2019-09 (or a year like 2019)`,
      ),
      check<ObservationDraft>(
        'confidence',
        (d) => d.confidence === null || Object.hasOwn(CONFIDENCES, d.confidence),
        (d) => `"${clip(d.confidence!)}" is not ${Object.keys(CONFIDENCES).join(' or ')}`,
      ),
      check<ObservationDraft>(
        'bound',
        (d) => d.bound === null || BOUNDS.includes(d.bound),
        (d) => `"${clip(d.bound!)}" is not one of ${BOUNDS.join(', ')}`,
      ),
      // Said of a bound that is not one too: both are wrong.
      check<ObservationDraft>(
        'bound',
        (d) => d.bound === null || d.status === 'approximate',
        'a bound is an approximate figure: set status to approximate',
        [],
      ),
      check<ObservationDraft>(
        'series',
        (d) => d.series === null || ID.test(d.series),
        (d) => notAnId(d.series!),
      ),
      check<ObservationDraft>(
        'note',
        (d) => d.status !== 'derived' || d.cells.note !== '',
        'a derived figure must give its arithmetic in the note',
      ),
    ],
    // The checks above made sure of the period and the value: the types say so, without a copy.
    ({ cells: _, unit: __, ...observation }) =>
      observation as Omit<Observation, 'row' | 'period' | 'value'> & {
        period: Period;
        value: number;
      },
  );
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  date: string | null;
  /** The article or release itself; null where its address was not recorded. */
  url: string | null;
  confidence: Confidence;
  /** Stand-in sources that name a user's import. */
  imported?: true;
  /** Set by sourcesOf when the figures shown from this source differ in confidence. */
  mixedConfidence?: true;
  note: string;
}

export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'url', 'confidence'] as const;

/** The id column's checks: an id of the right form, and not one of the charts' own column names. */
const idChecks = <R extends { id: string }>() => [
  check<R>('id', (r) => ID.test(r.id), 'expected an id of lower-case letters, digits and hyphens'),
  check<R>(
    'id',
    (r) => !reserved(r.id),
    (r) => reserved(r.id)!,
  ),
];

const orNull = (value: string) => (value === '' ? null : value);
/** Sources and geographies are checked on their cells as read. */
const asRead = <C>(cells: C) => cells;

type SourceCells = Cells<'id' | 'title' | 'publisher' | 'date' | 'url' | 'confidence' | 'note'>;

export const sourceSchema: RowSchema<Source> = rowSchema(
  ['id', 'title', 'publisher', 'date', 'url', 'confidence', 'note'],
  asRead,
  [
    ...idChecks<SourceCells>(),
    check<SourceCells>(
      'title',
      (r) => r.title !== '',
      'is empty; expected the title of the publication',
    ),
    check<SourceCells>(
      'publisher',
      (r) => r.publisher !== '',
      'is empty; expected who published it',
    ),
    check<SourceCells>(
      'date',
      (r) => r.date === '' || DATE.test(r.date),
      'expected a date like 2019-09-11, 2019-09 or 2019',
    ),
    check<SourceCells>(
      'url',
      (r) => r.url === '' || /^https:\/\/[^\s]+$/.test(r.url),
      'expected an https:// address, or nothing where the address was not recorded',
    ),
    check<SourceCells>(
      'confidence',
      (r) => Object.keys(CONFIDENCES).includes(r.confidence),
      `expected ${Object.keys(CONFIDENCES).join(' or ')}`,
    ),
  ],
  (r) => ({
    ...r,
    date: orNull(r.date),
    url: orNull(r.url),
    confidence: r.confidence as Confidence,
  }),
);

export interface Geography {
  id: string;
  name: string;
  type: GeographyType;
  parent: string | null;
  note: string;
}

export const GEOGRAPHY_COLUMNS = ['id', 'name', 'type'] as const;

type GeographyCells = Cells<'id' | 'name' | 'type' | 'parent' | 'note'>;

export const geographySchema: RowSchema<Geography> = rowSchema(
  ['id', 'name', 'type', 'parent', 'note'],
  asRead,
  [
    ...idChecks<GeographyCells>(),
    check<GeographyCells>('name', (r) => r.name !== '', 'is empty; expected a name'),
    check<GeographyCells>(
      'type',
      (r) => GEOGRAPHY_TYPES.includes(r.type as GeographyType),
      `expected one of ${GEOGRAPHY_TYPES.join(', ')}`,
    ),
  ],
  (r) => ({ ...r, type: r.type as GeographyType, parent: orNull(r.parent) }),
);
