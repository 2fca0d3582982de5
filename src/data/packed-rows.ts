import { parsePeriod, type Period } from '../lib/period';
import type { ImportTag, Observation } from './schema';

export const TEXT_COLUMNS = [
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
  'series',
] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

/** The code of an empty (null) value. */
export const NULL = 0xffffffff;

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

const parsedPeriods = new WeakMap<PackedRows, Period[]>();

/**
 * The rows again (those from `start` to `end`: a large import is unpacked in steps), each tagged
 * with its import. Packed rows were validated, so periods parse.
 */
export function unpackRows(
  packed: PackedRows,
  origin: ImportTag,
  start = 0,
  end = packed.count,
): Observation[] {
  const { text } = packed;
  // Parsed once per import, not once per step of a large one.
  let periods = parsedPeriods.get(packed);
  if (!periods) {
    periods = text.periodText.dict.map((p) => parsePeriod(p) as Period);
    parsedPeriods.set(packed, periods);
  }
  const get = (column: TextColumn, i: number) => {
    // Imports stored by an earlier version have no column for fields added since.
    const packedColumn = text[column] as PackedRows['text'][TextColumn] | undefined;
    if (!packedColumn) return null;
    const code = packedColumn.codes[i]!;
    return code === NULL ? null : packedColumn.dict[code]!;
  };
  const rows: Observation[] = new Array(end - start);
  for (let i = start; i < end; i++) {
    rows[i - start] = {
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
      series: get('series', i),
      origin,
    };
  }
  return rows;
}
