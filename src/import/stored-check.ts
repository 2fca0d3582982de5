import type { ImportBatch } from '../data/dataset';
import { NULL, TEXT_COLUMNS, type PackedRows, type TextColumn } from '../data/packed-rows';
import { parsePeriod } from '../lib/period';
import { TEXT_LIMIT, fieldLimit } from '../data/limits';
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
  series: 'series',
};
/** Columns every row has a value in; the others may be empty (null). */
const REQUIRED: readonly TextColumn[] = ['indicator', 'periodText', 'geography', 'status', 'note'];

/**
 * What is wrong with packed rows read back from storage, in words for the user; null when they
 * can be unpacked and shown. Storage outlives versions of the app (and can be edited by hand), so
 * what it holds is checked as strictly as a file: the field limits of today, codes within their
 * dictionaries, periods that parse. Runs in time linear in the rows.
 */
function packedProblem(value: unknown): string | null {
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

/** What is wrong with an import read back from storage under `id`; null when it can be used. */
function storedImportProblem(value: unknown, id: string): string | null {
  const b = value as Partial<ImportBatch> | null | undefined;
  const tag = b?.tag;
  if (
    typeof tag?.id !== 'string' ||
    tag.id !== id ||
    typeof tag.fileName !== 'string' ||
    typeof tag.importedAt !== 'string'
  )
    return 'it was saved in a form this version cannot read';
  if (tag.fileName.length > TEXT_LIMIT) return 'its file name is too long to show';
  return packedProblem(b!.packed);
}

/** An import read back from storage, and what is wrong with it (null when it can be used). */
export interface StoredRead {
  value: unknown;
  problem: string | null;
}

/**
 * A stored value with its check; one with a problem is kept only for its name, since its figures
 * may be what makes the page fail.
 */
export function checkStored(value: unknown, id: string): StoredRead {
  const problem = storedImportProblem(value, id);
  if (problem === null) return { value, problem };
  const tag = (value as Partial<ImportBatch> | null | undefined)?.tag;
  return { value: typeof tag === 'object' && tag !== null ? { tag } : undefined, problem };
}
