import { parsePeriod, type Period } from './period';
import { fieldLimit, type ImportTag, type Observation } from './schema';

const TEXT_COLUMNS = [
  'indicator',
  'periodText',
  'geography',
  'platform',
  'ageBand',
  'sex',
  'status',
  'source',
  'release',
  'note',
  'confidence',
  'bound',
] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];

const NULL = 0xffffffff;

/**
 * Validated rows as columns: each text column's distinct values once, with a code per row, and
 * numbers in typed arrays. 100,000 row objects cost a browser over half a second to copy between
 * a worker and the page or into IndexedDB; these arrays are handed over without copying.
 */
export interface PackedRows {
  count: number;
  rowNumbers: Uint32Array;
  values: Float64Array;
  text: Record<TextColumn, { dict: string[]; codes: Uint32Array }>;
}

export function packRows(rows: readonly Observation[]): PackedRows {
  const text = {} as PackedRows['text'];
  for (const column of TEXT_COLUMNS) {
    const index = new Map<string, number>();
    const dict: string[] = [];
    const codes = new Uint32Array(rows.length);
    rows.forEach((o, i) => {
      const v = o[column];
      if (v === null) {
        codes[i] = NULL;
        return;
      }
      let code = index.get(v);
      if (code === undefined) {
        code = dict.push(v) - 1;
        index.set(v, code);
      }
      codes[i] = code;
    });
    text[column] = { dict, codes };
  }
  return {
    count: rows.length,
    rowNumbers: Uint32Array.from(rows, (o) => o.row),
    values: Float64Array.from(rows, (o) => o.value),
    text,
  };
}

/** The buffers to transfer with a message instead of copying them. */
export function packedBuffers(packed: PackedRows): ArrayBuffer[] {
  return [
    packed.rowNumbers.buffer,
    packed.values.buffer,
    ...Object.values(packed.text).map((c) => c.codes.buffer),
  ] as ArrayBuffer[];
}

/** The rows again, each tagged with its import. Packed rows were validated, so periods parse. */
export function unpackRows(packed: PackedRows, origin: ImportTag): Observation[] {
  const { text } = packed;
  const periods = text.periodText.dict.map((p) => parsePeriod(p) as Period);
  const get = (column: TextColumn, i: number) => {
    // Imports stored by an earlier version have no column for fields added since.
    const packedColumn = text[column] as PackedRows['text'][TextColumn] | undefined;
    if (!packedColumn) return null;
    const code = packedColumn.codes[i]!;
    return code === NULL ? null : packedColumn.dict[code]!;
  };
  const rows: Observation[] = new Array(packed.count);
  for (let i = 0; i < packed.count; i++) {
    rows[i] = {
      row: packed.rowNumbers[i]!,
      indicator: get('indicator', i) as Observation['indicator'],
      period: periods[text.periodText.codes[i]!]!,
      periodText: get('periodText', i)!,
      geography: get('geography', i)!,
      platform: get('platform', i),
      ageBand: get('ageBand', i),
      sex: get('sex', i) as Observation['sex'],
      value: packed.values[i]!,
      status: get('status', i) as Observation['status'],
      source: get('source', i),
      release: get('release', i),
      note: get('note', i)!,
      confidence: get('confidence', i) as Observation['confidence'],
      bound: get('bound', i) as Observation['bound'],
      origin,
    };
  }
  return rows;
}

/** Most rows one stored import may have: a 25 MB file holds about 300,000. */
export const STORED_ROWS_LIMIT = 400_000;

const FIELD_OF: Record<TextColumn, string> = {
  indicator: 'indicator',
  periodText: 'period',
  geography: 'geography',
  platform: 'platform',
  ageBand: 'age_band',
  sex: 'sex',
  status: 'status',
  source: 'source',
  release: 'release',
  note: 'note',
  confidence: 'confidence',
  bound: 'bound',
};
/** Columns every row has a value in; the others may be empty (null). */
const REQUIRED: readonly TextColumn[] = ['indicator', 'periodText', 'geography', 'status', 'note'];

/**
 * What is wrong with packed rows read back from storage, in words for the user; null when they
 * can be unpacked and shown. Storage outlives versions of the app (and can be edited by hand), so
 * what it holds is checked as strictly as a file: the field limits of today, codes within their
 * dictionaries, periods that parse. Runs in time linear in the rows.
 */
export function packedProblem(value: unknown): string | null {
  const p = value as Partial<PackedRows> | null | undefined;
  if (
    typeof p?.count !== 'number' ||
    !Number.isInteger(p.count) ||
    !(p.values instanceof Float64Array) ||
    !(p.rowNumbers instanceof Uint32Array) ||
    typeof p.text !== 'object' ||
    p.text === null
  )
    return 'it was saved in a form this version cannot read';
  if (p.count > STORED_ROWS_LIMIT)
    return `it holds ${p.count.toLocaleString('en-GB')} figures, more than an import can (${STORED_ROWS_LIMIT.toLocaleString('en-GB')})`;
  if (p.values.length !== p.count || p.rowNumbers.length !== p.count)
    return 'its figures are incomplete';
  for (const v of p.values) if (!Number.isFinite(v)) return 'a figure in it is not a number';
  for (const column of TEXT_COLUMNS) {
    const packed = p.text[column] as PackedRows['text'][TextColumn] | undefined;
    // Imports stored by an earlier version have no column for fields added since.
    if (!packed) {
      if (REQUIRED.includes(column)) return 'its figures are incomplete';
      continue;
    }
    const { dict, codes } = packed;
    if (!Array.isArray(dict) || !(codes instanceof Uint32Array) || codes.length !== p.count)
      return 'its figures are incomplete';
    const field = FIELD_OF[column];
    const limit = fieldLimit(field);
    for (const entry of dict as unknown[]) {
      if (typeof entry !== 'string') return 'its figures are incomplete';
      if (entry.length > limit)
        return `a ${field} in it is ${entry.length.toLocaleString('en-GB')} characters long, over today's limit of ${limit.toLocaleString('en-GB')}`;
    }
    for (const code of codes)
      if (code >= dict.length && !(code === NULL && !REQUIRED.includes(column)))
        return 'its figures are incomplete';
  }
  if (p.text.periodText!.dict.some((t) => typeof parsePeriod(t) === 'string'))
    return 'a period in it is not one this version can read';
  return null;
}
