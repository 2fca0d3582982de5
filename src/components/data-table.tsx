import type { CellFigure } from '../data/cell-figure';
import type { Source } from '../data/schema';
import type { Confidence, Status } from '../data/vocabularies';
import { marksLegend } from '../data/format';
import { usePresenting } from './presenting';

export interface TableCell {
  /** What the cell says, already formatted and marked (e.g. "5,335†", "≈20%", "—"). */
  text: string;
  status?: Status;
  /** A short remark shown under the value, e.g. "published as 30%". */
  remark?: string;
  /** Where the number comes from, for exports; the panel's sources when absent. */
  sources?: readonly Source[];
  /** The file a user imported the figure from. */
  importedFrom?: string;
  /** The figure's own confidence; medium is said in the cell. */
  confidence?: Confidence;
  /** The figure the cell shows, for the tidy CSV; absent for words and "—". */
  figure?: CellFigure;
}

export interface TableRow {
  header: string;
  cells: TableCell[];
}

export interface DataTableProps {
  caption: string;
  rowHeader: string;
  columns: readonly string[];
  rows: readonly TableRow[];
  /** What "—" means in this table; every mark is explained below the table. */
  emptyMeaning?: string;
}

/** A real HTML table of exactly the numbers a chart draws, with the marks explained below it. */
export function DataTable({
  caption,
  rowHeader,
  columns,
  rows,
  emptyMeaning = 'no figure published',
}: DataTableProps) {
  const cells = rows.flatMap((r) => r.cells);
  const legend = marksLegend(cells.flatMap((c) => [c.text, c.remark ?? '']));
  // A slide has no scroll bars: its table is laid out to fit. On the page, a wide table scrolls
  // sideways, focusable and named so a keyboard user can scroll it.
  const slide = usePresenting() !== null;
  return (
    <div
      className={slide ? undefined : 'overflow-x-auto'}
      tabIndex={slide ? undefined : 0}
      role="group"
      aria-label={caption}
    >
      <table className="w-full border-collapse text-sm [overflow-wrap:normal] sm:text-base">
        <caption className="mb-2 text-left font-medium">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-4 text-left">
              {rowHeader}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 text-right">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${i}-${row.header}`} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 text-left font-medium">
                {row.header}
              </th>
              {row.cells.map((cell, j) => (
                <td
                  key={j}
                  // Numbers stay on one line; sentences (a headline's detail) wrap.
                  className={`px-3 py-2 text-right tabular-nums ${cell.text.length < 24 ? 'whitespace-nowrap' : ''}`}
                >
                  {cell.text}
                  {cell.importedFrom && (
                    <>
                      {' '}
                      <span className="block text-xs font-semibold text-amber-900">
                        imported <span className="sr-only">from {cell.importedFrom}</span>
                      </span>
                    </>
                  )}
                  {cell.confidence === 'M' && (
                    <>
                      {' '}
                      <span className="block text-xs font-semibold text-slate-700">
                        medium confidence
                      </span>
                    </>
                  )}
                  {cell.remark && (
                    <>
                      {' '}
                      <span className="block text-xs text-slate-600">{cell.remark}</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm text-slate-700">
        {cells.some((c) => c.text === '—') && `— ${emptyMeaning}. `}
        {legend.map((l) => `${l}. `)}
        {cells.some((c) => c.confidence === 'M') &&
          'Medium confidence: from a single secondary outlet. '}
        {cells.some((c) => c.importedFrom) &&
          'Imported: added in this browser from a CSV file (see "Imported data" above).'}
      </p>
    </div>
  );
}
