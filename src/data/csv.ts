import { clip } from '../lib/clip';
import { formatCount } from './format';
import { parseCsv, type CsvRow } from './parse-csv';
import { fieldLimit } from './limits';
import type { RowIssue } from './row-issue';
import type { RowSchema } from './schema';

// Kept exported here for the readers; the page's error message imports row-issue.ts alone.
export { formatIssue, type RowIssue } from './row-issue';

export interface TableResult<T> {
  rows: (T & { row: number })[];
  errors: RowIssue[];
}

export type RawRow = Record<string, string>;

const PROGRESS_EVERY = 5000;
/** Column names listed in a message about the header; a file may have thousands. */
const HEADER_NAMES_SHOWN = 20;

function headerList(header: readonly string[]): string {
  if (header.length === 0) return 'nothing';
  const shown = header.slice(0, HEADER_NAMES_SHOWN).map((h) => clip(h));
  const more = header.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${formatCount(more)} more` : ''}`;
}

/** Cells over their column's limit, as issues; the row's other checks are skipped. */
function oversized(raw: RawRow, row: number): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const [column, value] of Object.entries(raw)) {
    const limit = fieldLimit(column);
    if (typeof value === 'string' && value.length > limit)
      issues.push({
        row,
        column: clip(column),
        message: `is ${formatCount(value.length)} characters long; this column holds at most ${formatCount(limit)}`,
      });
  }
  return issues;
}

/** Spreadsheets save UTF-8 with a byte-order mark; a replacement character means the bytes were
 * not UTF-8 to begin with. */
function encodingProblem(text: string): string | null {
  return text.includes('\uFFFD')
    ? 'the file is not valid UTF-8 text; save it as "CSV UTF-8" and try again'
    : null;
}

/** One line end throughout: a header saved with CRLF and rows added with LF (or old Mac CR
 * files) would otherwise be read as a single line. */
const bodyOf = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** The rows of figures a CSV text holds, as parseTable reads them (the header not counted). */
export function csvRows(text: string): CsvRow[] {
  return parseCsv(bodyOf(text), (h) => h.trim().toLowerCase()).data;
}

/**
 * Parses CSV text with a header row and validates each row with a row schema. Columns may come in
 * any order; header names are trimmed and lower-cased. Nothing is returned as rows when any row
 * fails, so that a caller cannot merge half a file by mistake.
 */
export function parseTable<T extends object>(
  text: string,
  schema: RowSchema<T>,
  requiredColumns: readonly string[],
  onProgress?: (checked: number, total: number) => void,
): TableResult<T> {
  const errors: RowIssue[] = [];
  const encoding = encodingProblem(text);
  if (encoding) return { rows: [], errors: [{ row: 0, column: null, message: encoding }] };
  const body = bodyOf(text);
  if (body.trim() === '') {
    return {
      rows: [],
      errors: [
        {
          row: 0,
          column: null,
          message: 'the file is empty: expected a header row and at least one figure',
        },
      ],
    };
  }

  const parsed = parseCsv(body, (h) => h.trim().toLowerCase());
  const header = parsed.meta.fields;
  const missing = requiredColumns.filter((c) => !header.includes(c));
  for (const column of missing) {
    errors.push({
      row: 1,
      column,
      message: `required column "${column}" is missing from the header (found: ${headerList(header)})`,
    });
  }
  // A repeated header is renamed ("value" → "value_1"); a repeated column is ambiguous.
  for (const original of new Set(Object.values(parsed.meta.renamedHeaders ?? {}))) {
    errors.push({ row: 1, column: clip(original), message: 'column appears twice in the header' });
  }
  // Row checks against a broken header would only add noise.
  if (errors.length > 0) return { rows: [], errors };

  // Data rows are counted from 0; +2 turns that into the spreadsheet row (header = row 1).
  for (const e of parsed.errors) {
    const row = e.row === undefined ? 0 : e.row + 2;
    const message =
      e.code === 'TooManyFields'
        ? `has more fields than the ${header.length} columns of the header (a value with a comma needs double quotes around it)`
        : e.code === 'TooFewFields'
          ? `has fewer fields than the ${header.length} columns of the header`
          : e.message;
    errors.push({ row, column: null, message });
  }
  if (parsed.data.length === 0) {
    errors.push({ row: 0, column: null, message: 'the file has a header but no figures' });
  }

  const rows: (T & { row: number })[] = [];
  const badRows = new Set(errors.map((e) => e.row));
  parsed.data.forEach((raw, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, parsed.data.length);
    const row = i + 2;
    if (badRows.has(row)) return;
    const cleaned: RawRow = {};
    // Few objects per row: collecting them was most of the time to check 100,000 rows. No entry
    // pairs here, and the schema's value is kept, not copied.
    for (const k in raw) {
      if (k === '__parsed_extra') continue;
      const v = raw[k];
      cleaned[k] = typeof v === 'string' ? v.trim() : '';
    }
    const tooLong = oversized(cleaned, row);
    if (tooLong.length > 0) {
      errors.push(...tooLong);
      return;
    }
    const result = schema.safeParse(cleaned);
    if (result.success) {
      // The schema made this object for this row alone.
      const value = result.data as T & { row: number };
      value.row = row;
      rows.push(value);
    } else
      for (const issue of result.error.issues) {
        errors.push({
          row,
          column: issue.path.length ? String(issue.path[0]) : null,
          message: issue.message,
        });
      }
  });
  errors.sort((a, b) => a.row - b.row);
  return errors.length > 0 ? { rows: [], errors } : { rows, errors };
}
