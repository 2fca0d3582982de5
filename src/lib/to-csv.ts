// Its own module: papaparse, which writes the CSV, is not needed on the page's first view.
import Papa from 'papaparse';

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain negative number, such as -5 or -0.25: a spreadsheet reads it as a number, never a formula. */
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

/**
 * Prefixes a quote to text a spreadsheet would run as a formula; numbers stay numbers, written as
 * text too, so that a download imports back to the same figures.
 */
export function neutralise(cell: string | number): string | number {
  return typeof cell === 'string' && FORMULA_START.test(cell) && !NEGATIVE_NUMBER.test(cell)
    ? `'${cell}`
    : cell;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  return Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map(neutralise)) },
    { newline: '\r\n' },
  );
}
