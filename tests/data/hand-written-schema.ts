import { parsePeriod, type Period } from '../../src/lib/period';
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
} from '../../src/data/vocabularies';
import { clip } from '../../src/lib/clip';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const RELEASE = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Longest id (indicator, geography, platform, source…) or short field a file may hold. */
export const ID_LIMIT = 200;
/** Longest note: the longest bundled one is under 250 characters. */
export const NOTE_LIMIT = 2000;
/** Longest title, name, publisher or address. */
export const TEXT_LIMIT = 500;
/** Beyond 15 significant digits a number is not kept exactly (double precision). */
export const DIGITS_LIMIT = 15;

/** Every column of observations.csv, in the order the bundled file and exports use. */
export const DATASET_COLUMNS = [
  'indicator',
  'period',
  'geography',
  'platform',
  'age_band',
  'sex',
  'value',
  'status',
  'source',
  'release',
  'note',
  'confidence',
  'bound',
  'series',
] as const;

/** Columns of ids, codes, numbers and dates: every column of the three files but the long ones. */
const ID_COLUMNS = new Set<string>([
  ...DATASET_COLUMNS.filter((c) => c !== 'note'),
  'id',
  'type',
  'parent',
  'date',
]);
const LONG_TEXT_COLUMNS = new Set(['title', 'name', 'publisher', 'url']);

/** The most characters a cell of a column may hold; checked before any other check of the cell,
 * so that no check (or message) ever works on a 5 MB value. Columns no file format has are
 * dropped unread, so they have no limit. */
export function fieldLimit(column: string): number {
  if (column === 'note') return NOTE_LIMIT;
  if (LONG_TEXT_COLUMNS.has(column)) return TEXT_LIMIT;
  return ID_COLUMNS.has(column) ? ID_LIMIT : Infinity;
}

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

/** A problem found in one cell of a row, named by its column. */
export interface CellIssue {
  /** The column first; a schema from a validation library may give a longer or empty path. */
  path: readonly PropertyKey[];
  message: string;
}

export type RowResult<T> =
  { success: true; data: T } | { success: false; error: { issues: CellIssue[] } };

/**
 * Checks one row of a file (cells by column name, absent columns undefined) and returns its
 * value, or every problem found in it. Written by hand rather than with a validation library:
 * the rows are flat strings, and the checks load with the first view.
 */
export interface RowSchema<T> {
  safeParse(raw: Readonly<Record<string, string | undefined>>): RowResult<T>;
}

/** A row checker from a function that reports each problem with `fail(column, message)`. */
function rowSchema<T>(
  check: (cell: (column: string) => string, fail: (column: string, message: string) => void) => T,
): RowSchema<T> {
  return {
    safeParse(raw) {
      const issues: CellIssue[] = [];
      const data = check(
        (column) => (Object.hasOwn(raw, column) ? (raw[column] ?? '') : ''),
        (column, message) => issues.push({ path: [column], message }),
      );
      return issues.length > 0 ? { success: false, error: { issues } } : { success: true, data };
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

/** Levenshtein distance, for "did you mean" suggestions on ids. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

export function suggest(id: string, known: Iterable<string>): string | null {
  // The distance costs id length × known length: no known id is this long, so none is close.
  if (id.length > ID_LIMIT) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = id.length >= 4 && (k.startsWith(id) || id.startsWith(k)) ? 1 : distance(id, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(id.length / 3)) ? best : null;
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
export function observationSchema(ctx: ObservationContext): RowSchema<Omit<Observation, 'row'>> {
  return rowSchema((cell, fail) => {
    const r = {
      indicator: cell('indicator'),
      period: cell('period'),
      geography: cell('geography'),
      platform: cell('platform'),
      age_band: cell('age_band'),
      sex: cell('sex'),
      value: cell('value'),
      status: cell('status'),
      source: cell('source'),
      release: cell('release'),
      note: cell('note'),
      confidence: cell('confidence'),
      bound: cell('bound'),
      series: cell('series'),
    };
    const indicator = r.indicator as Indicator;
    if (r.indicator === '')
      fail('indicator', 'is empty; expected one of ' + INDICATOR_IDS.join(', '));
    else if (!INDICATOR_IDS.includes(indicator))
      fail(
        'indicator',
        `${unknownId('indicator', r.indicator, INDICATOR_IDS)} (expected one of ${INDICATOR_IDS.join(', ')})`,
      );

    const period =
      r.period === '' ? 'is empty; expected a financial year like 2018/19' : parsePeriod(r.period);
    if (typeof period === 'string') fail('period', period);

    if (r.geography === '')
      fail('geography', 'is empty; expected a geography id such as england-wales');
    else if (!ctx.geographies.has(r.geography))
      fail('geography', unknownId('geography', r.geography, ctx.geographies));

    const value = parseNumber(r.value);
    const unit = INDICATORS[indicator]?.unit;
    if (r.value === '') fail('value', 'is empty; expected a number');
    else if (value === null)
      fail('value', `"${clip(r.value)}" is not a number; expected digits such as 4373 or 4,373`);
    else if (significantDigits(r.value) > DIGITS_LIMIT)
      fail(
        'value',
        `${r.value} has ${significantDigits(r.value)} significant digits; at most ${DIGITS_LIMIT} can be kept exactly`,
      );
    else if (value < 0 && unit !== 'change')
      fail('value', `${r.value} is negative; counts and percents are 0 or more`);
    else if (unit === 'percent' && value > 100)
      fail('value', `${r.value} is over 100; a percent is 0–100`);
    else if (unit === 'change' && typeof period !== 'string' && period.kind !== 'span')
      fail('period', 'a published change spans its two years, like 2017/18-2024/25');
    else if (unit === 'count' && !Number.isInteger(value))
      fail('value', `${r.value} is not a whole number; counts are whole`);

    // A breakdown's id: required by the indicators of that breakdown, an id wherever given.
    const breakdown = (column: 'platform' | 'age_band') => {
      const id = optional(r[column]);
      if (indicator?.startsWith(`${column}_`) && !id) fail(column, `is required for ${indicator}`);
      if (id && !ID.test(id))
        fail(column, `"${clip(id)}" is not an id (lower-case letters, digits and hyphens)`);
      else if (id && reserved(id)) fail(column, reserved(id)!);
      return id;
    };
    const platform = breakdown('platform');
    const ageBand = breakdown('age_band');

    const sex = optional(r.sex);
    if (sex && !Object.hasOwn(SEXES, sex)) fail('sex', `"${clip(sex)}" is not female or male`);
    if (indicator === 'sex_share' && !sex) fail('sex', 'is required for sex_share');

    const status = (optional(r.status) ?? 'published') as Status;
    if (!STATUSES.includes(status))
      fail('status', `"${clip(r.status)}" is not one of ${STATUSES.join(', ')}`);

    const source = optional(r.source);
    if (!source && ctx.requireSource)
      fail('source', 'is empty; every bundled figure cites a source from sources.csv');
    else if (source && !ctx.sources.has(source))
      fail('source', unknownId('source', source, ctx.sources));

    const release = optional(r.release);
    if (release && !RELEASE.test(release))
      fail('release', `"${clip(release)}" is not a month like 2019-09 (or a year like 2019)`);

    const confidence = optional(r.confidence);
    if (confidence && !Object.hasOwn(CONFIDENCES, confidence))
      fail('confidence', `"${clip(confidence)}" is not ${Object.keys(CONFIDENCES).join(' or ')}`);
    const bound = optional(r.bound);
    if (bound && !BOUNDS.includes(bound as Bound))
      fail('bound', `"${clip(bound)}" is not one of ${BOUNDS.join(', ')}`);
    if (bound && status !== 'approximate')
      fail('bound', 'a bound is an approximate figure: set status to approximate');

    const series = optional(r.series);
    if (series && !ID.test(series))
      fail('series', `"${clip(series)}" is not an id (lower-case letters, digits and hyphens)`);

    if (status === 'derived' && !r.note)
      fail('note', 'a derived figure must give its arithmetic in the note');

    return {
      indicator,
      period: period as Period,
      periodText: r.period,
      geography: r.geography,
      platform,
      ageBand,
      sex: sex as Sex | null,
      value: value ?? NaN,
      status,
      source,
      release,
      note: r.note,
      confidence: confidence as Confidence | null,
      bound: bound as Bound | null,
      series,
    };
  });
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

/** An id cell: an id of the right form, and not one of the charts' own column names. */
function checkId(id: string, fail: (column: string, message: string) => void): void {
  if (!ID.test(id)) fail('id', 'expected an id of lower-case letters, digits and hyphens');
  else if (reserved(id)) fail('id', reserved(id)!);
}

/** A cell that must not be empty: its value, or a message saying what was expected. */
function required(
  cell: (column: string) => string,
  fail: (column: string, message: string) => void,
  column: string,
  what: string,
): string {
  const value = cell(column);
  if (value === '') fail(column, `is empty; expected ${what}`);
  return value;
}

const orNull = (value: string) => (value === '' ? null : value);

export const sourceSchema: RowSchema<Source> = rowSchema((cell, fail) => {
  const id = cell('id');
  checkId(id, fail);
  const title = required(cell, fail, 'title', 'the title of the publication');
  const publisher = required(cell, fail, 'publisher', 'who published it');
  const date = cell('date');
  if (date !== '' && !DATE.test(date))
    fail('date', 'expected a date like 2019-09-11, 2019-09 or 2019');
  const url = cell('url');
  if (url !== '' && !/^https:\/\/[^\s]+$/.test(url))
    fail('url', 'expected an https:// address, or nothing where the address was not recorded');
  const confidence = cell('confidence') as Confidence;
  if (!Object.keys(CONFIDENCES).includes(confidence))
    fail('confidence', `expected ${Object.keys(CONFIDENCES).join(' or ')}`);
  return {
    id,
    title,
    publisher,
    date: orNull(date),
    url: orNull(url),
    confidence,
    note: cell('note'),
  };
});

export interface Geography {
  id: string;
  name: string;
  type: GeographyType;
  parent: string | null;
  note: string;
}

export const GEOGRAPHY_COLUMNS = ['id', 'name', 'type'] as const;

export const geographySchema: RowSchema<Geography> = rowSchema((cell, fail) => {
  const id = cell('id');
  checkId(id, fail);
  const name = required(cell, fail, 'name', 'a name');
  const type = cell('type') as GeographyType;
  if (!GEOGRAPHY_TYPES.includes(type))
    fail('type', `expected one of ${GEOGRAPHY_TYPES.join(', ')}`);
  return { id, name, type, parent: orNull(cell('parent')), note: cell('note') };
});
