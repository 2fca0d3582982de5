/**
 * CSV text to rows keyed by header, as `Papa.parse(text, { header: true, skipEmptyLines: 'greedy',
 * transformHeader })` of papaparse 5.7 reads text whose line ends are all "\n": the same rows,
 * the same guess of the delimiter, the same errors with the same rows and messages. Ported from
 * papaparse, whose whole library would otherwise load with the page's first view to read three
 * small files; tests/data/parse-csv.test.ts holds the two to the same results on random text.
 * d3-dsv is a little smaller but reports no quote or field-count error (README, "Libraries where
 * they do the job").
 */

export interface CsvError {
  type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
  code:
    'MissingQuotes' | 'InvalidQuotes' | 'UndetectableDelimiter' | 'TooManyFields' | 'TooFewFields';
  message: string;
  /** Counted from 0; quote errors count the header row, the others do not. */
  row?: number;
}

/** A row's cells by column; cells beyond the header's columns are listed under __parsed_extra. */
export type CsvRow = Record<string, string | string[]>;

export interface CsvResult {
  data: CsvRow[];
  errors: CsvError[];
  meta: { fields: string[]; renamedHeaders: Record<string, string> | null };
}

const NEWLINE = '\n';
const QUOTE = '"';
const DELIMITERS = [',', '\t', '|', ';', '\x1e', '\x1f'];
const PREVIEW_ROWS = 10;

const stripBom = (s: string) => s.replace(/^\uFEFF/, '');

interface Split {
  rows: string[][];
  errors: CsvError[];
}

/** Fields and rows with one delimiter; quoted fields may hold delimiters, newlines and "". */
function split(input: string, delim: string, preview = Infinity): Split {
  const rows: string[][] = [];
  const errors: CsvError[] = [];
  if (!input) return { rows, errors };
  const inputLen = input.length;
  let cursor = 0;
  let row: string[] = [];
  let nextDelim = input.indexOf(delim, cursor);
  let nextNewline = input.indexOf(NEWLINE, cursor);
  let quoteSearch = input.indexOf(QUOTE, cursor);
  const unescape = (s: string) => s.replaceAll('""', '"');

  // The spaces between a closing quote and `index`, when nothing else is between them.
  const extraSpaces = (index: number) => {
    if (index === -1) return 0;
    const between = input.substring(quoteSearch + 1, index);
    return between && between.trim() === '' ? between.length : 0;
  };
  const saveRow = (newCursor: number) => {
    cursor = newCursor;
    rows.push(row);
    row = [];
    nextNewline = input.indexOf(NEWLINE, cursor);
  };
  const finish = (value = input.substring(cursor)) => {
    row.push(value);
    rows.push(row);
    return { rows, errors };
  };

  for (;;) {
    if (input[cursor] === QUOTE) {
      quoteSearch = cursor;
      cursor++;
      for (;;) {
        quoteSearch = input.indexOf(QUOTE, quoteSearch + 1);
        if (quoteSearch === -1) {
          errors.push({
            type: 'Quotes',
            code: 'MissingQuotes',
            message: 'Quoted field unterminated',
            row: rows.length,
          });
          return finish();
        }
        if (quoteSearch === inputLen - 1)
          return finish(unescape(input.substring(cursor, quoteSearch)));
        // A doubled quote is a quote in the field.
        if (input[quoteSearch + 1] === QUOTE) {
          quoteSearch++;
          continue;
        }
        if (nextDelim !== -1 && nextDelim < quoteSearch + 1)
          nextDelim = input.indexOf(delim, quoteSearch + 1);
        if (nextNewline !== -1 && nextNewline < quoteSearch + 1)
          nextNewline = input.indexOf(NEWLINE, quoteSearch + 1);
        const checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
        const spacesBeforeDelim = extraSpaces(checkUpTo);
        if (input.substr(quoteSearch + 1 + spacesBeforeDelim, delim.length) === delim) {
          row.push(unescape(input.substring(cursor, quoteSearch)));
          cursor = quoteSearch + 1 + spacesBeforeDelim + delim.length;
          if (input[cursor] !== QUOTE) quoteSearch = input.indexOf(QUOTE, cursor);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          if (nextNewline !== -1 && nextNewline < cursor)
            nextNewline = input.indexOf(NEWLINE, cursor);
          break;
        }
        const spacesBeforeNewline = extraSpaces(nextNewline);
        const after = quoteSearch + 1 + spacesBeforeNewline;
        if (input.substring(after, after + NEWLINE.length) === NEWLINE) {
          row.push(unescape(input.substring(cursor, quoteSearch)));
          saveRow(after + NEWLINE.length);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          quoteSearch = input.indexOf(QUOTE, cursor);
          if (rows.length >= preview) return { rows, errors };
          break;
        }
        errors.push({
          type: 'Quotes',
          code: 'InvalidQuotes',
          message: 'Trailing quote on quoted field is malformed',
          row: rows.length,
        });
        quoteSearch++;
      }
      continue;
    }
    if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
      row.push(input.substring(cursor, nextDelim));
      cursor = nextDelim + delim.length;
      nextDelim = input.indexOf(delim, cursor);
      continue;
    }
    if (nextNewline !== -1) {
      row.push(input.substring(cursor, nextNewline));
      saveRow(nextNewline + NEWLINE.length);
      if (rows.length >= preview) return { rows, errors };
      continue;
    }
    return finish();
  }
}

const isEmpty = (row: readonly string[]) => row.join('').trim() === '';

/** The delimiter giving the most even field counts over the first rows (then the most fields). */
function guessDelimiter(input: string): string | null {
  let best: string | null = null;
  let bestDelta = 0;
  let maxFieldCount = 0;
  for (const delim of DELIMITERS) {
    const { rows } = split(input, delim, PREVIEW_ROWS);
    let delta = 0;
    let avgFieldCount = 0;
    let emptyLines = 0;
    let previous: number | undefined;
    for (const row of rows) {
      if (isEmpty(row)) {
        emptyLines++;
        continue;
      }
      avgFieldCount += row.length;
      if (previous === undefined) previous = row.length;
      else if (row.length > 0) {
        delta += Math.abs(row.length - previous);
        previous = row.length;
      }
    }
    if (rows.length > 0) avgFieldCount /= rows.length - emptyLines;
    if (
      avgFieldCount > 1.99 &&
      (best === null || delta < bestDelta || (delta === bestDelta && avgFieldCount > maxFieldCount))
    ) {
      best = delim;
      bestDelta = delta;
      maxFieldCount = avgFieldCount;
    }
  }
  return best;
}

/** Header names as given (BOM off, transformed); a repeated name gets "_1", "_2"… */
function nameHeader(
  header: string[],
  transform: (h: string) => string,
): Record<string, string> | null {
  let renamed: Record<string, string> | null = null;
  const count: Record<string, number> = Object.create(null) as Record<string, number>;
  const used = new Set(header);
  for (let i = 0; i < header.length; i++) {
    const name = transform(stripBom(header[i]!));
    if (!count[name]) {
      count[name] = 1;
      header[i] = name;
    } else {
      let next: string;
      let suffix = count[name];
      do {
        next = `${name}_${suffix}`;
        suffix++;
      } while (used.has(next));
      used.add(next);
      header[i] = next;
      count[name]++;
      (renamed ??= {})[next] = name;
    }
    used.add(name);
  }
  return renamed;
}

export function parseCsv(text: string, transformHeader: (h: string) => string): CsvResult {
  const input = stripBom(text);
  const guessed = guessDelimiter(input);
  const { rows, errors } = split(input, guessed ?? ',');
  // The header is named before blank rows are dropped, as papaparse does.
  const renamedHeaders = rows.length > 0 ? nameHeader(rows[0]!, transformHeader) : null;
  if (guessed === null)
    errors.push({
      type: 'Delimiter',
      code: 'UndetectableDelimiter',
      message: "Unable to auto-detect delimiting character; defaulted to ','",
    });
  const kept = rows.filter((r) => !isEmpty(r));
  const fields = kept.shift() ?? [];
  const data = kept.map((source, i) => {
    const row: CsvRow = {};
    for (let j = 0; j < source.length; j++) {
      const field = j >= fields.length ? '__parsed_extra' : fields[j]!;
      if (field === '__parsed_extra') {
        const extra = (row[field] ||= []) as string[];
        extra.push(source[j]!);
      } else row[field] = source[j]!;
    }
    if (source.length > fields.length)
      errors.push({
        type: 'FieldMismatch',
        code: 'TooManyFields',
        message: `Too many fields: expected ${fields.length} fields but parsed ${source.length}`,
        row: i,
      });
    else if (source.length < fields.length)
      errors.push({
        type: 'FieldMismatch',
        code: 'TooFewFields',
        message: `Too few fields: expected ${fields.length} fields but parsed ${source.length}`,
        row: i,
      });
    return row;
  });
  return { data, errors, meta: { fields, renamedHeaders } };
}
