// A cell's limits and the "did you mean" of an unknown id: what the page uses before any file is
// read (the link's view, the stored imports' check), apart from the row checks (schema.ts) and
// valibot, which load with the files.

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
