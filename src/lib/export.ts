import Papa from 'papaparse';
import { yearParam } from '../data/period';

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

/** "platforms_2017-18_to_2018-19_share" */
export function exportName(panel: string, from: number, to: number, measure: string): string {
  return `${panel}_${yearParam(from)}_to_${yearParam(to)}_${measure}`;
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
