// Its own module: papaparse, which writes the CSV, is not needed on the page's first view.
import Papa from 'papaparse';

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a quote to text a spreadsheet would run as a formula; numbers stay numbers. */
export function neutralise(cell: string | number): string | number {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
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
