import Papa from 'papaparse';
import { yearParam } from '../data/period';
import type { Source } from '../data/schema';
import type { Status } from '../data/vocabularies';

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

/** The number in a cell as shown ("4,373†", "≈25%", "−69") or null for "—" and words. */
export function cellNumber(text: string): number | null {
  const clean = text
    .replace(/[†≈%,\s]|pp/g, '')
    .replace('−', '-')
    .replace(/^\+/, '');
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : null;
}

export interface ExportCell {
  row: string;
  column: string;
  text: string;
  status?: Status;
  sources?: readonly Source[];
}

export const CSV_HEADER = [
  'panel',
  'table',
  'row',
  'column',
  'value',
  'as_shown',
  'status',
  'source_title',
  'source_url',
];

/** One line per table cell: the number, how it was shown, its status and its sources. */
export function cellsToCsv(
  panel: string,
  tables: readonly { caption: string; cells: readonly ExportCell[] }[],
  fallback: readonly Source[],
): string {
  const rows = tables.flatMap((t) =>
    t.cells.map((c) => {
      const sources = c.sources?.length ? c.sources : fallback;
      return [
        panel,
        t.caption,
        c.row,
        c.column,
        cellNumber(c.text) ?? '',
        c.text,
        cellNumber(c.text) === null ? '' : (c.status ?? 'published'),
        sources.map((s) => s.title).join(' | '),
        sources.map((s) => s.url).join(' | '),
      ];
    }),
  );
  return toCsv(CSV_HEADER, rows);
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
