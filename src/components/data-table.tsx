import type { CellFigure } from '../data/cell-figure';
import type { Source } from '../data/schema';
import type { Confidence, Status } from '../data/vocabularies';
import { marksLegend } from '../data/format';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
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

type Sort = { column: number; direction: 'ascending' | 'descending' } | null;

/** A cell's number for sorting ("5,335†" → 5335, "−3.9 pp" → −3.9); null for words and "—". */
export function sortValue(text: string): number | null {
  const m = /[-−]?\d[\d,]*(\.\d+)?/.exec(text);
  return m ? Number(m[0].replace('−', '-').replace(/,/g, '')) : null;
}

/** Rows in the order asked: by the row headers (column -1) or a column's numbers, blanks last. */
export function sortRows(rows: readonly TableRow[], sort: Sort): readonly TableRow[] {
  if (!sort) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.column < 0)
    return [...rows].sort((a, b) => sign * a.header.localeCompare(b.header, 'en'));
  const key = (r: TableRow) => sortValue(r.cells[sort.column]?.text ?? '');
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * (x - y);
  });
}

type Sides = { left: boolean; right: boolean };

function sidesOf(el: HTMLElement, was: Sides): Sides {
  const left = el.scrollLeft > 1;
  const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
  return was.left === left && was.right === right ? was : { left, right };
}

/** Which sides of a sideways-scrolling box have columns out of sight. */
function useHiddenSides(box: RefObject<HTMLDivElement | null>, off: boolean) {
  const [sides, setSides] = useState<Sides>({ left: false, right: false });
  useLayoutEffect(() => {
    const el = box.current;
    if (off || !el) return;
    // The observer reports the sizes once at the start, and measures then.
    const observer = new ResizeObserver(() => setSides((s) => sidesOf(el, s)));
    observer.observe(el);
    // The table widens inside the same box when its columns change (another measure, say).
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [box, off]);
  const measure = () => {
    const el = box.current;
    if (el) setSides((s) => sidesOf(el, s));
  };
  return { sides, measure };
}

const ARROWS = {
  ascending: "after:content-['▲']",
  descending: "after:content-['▼']",
  none: "after:content-['↕']",
};

const sticky = 'sticky left-0 z-10 bg-white';

function SortHeader({
  label,
  column,
  sort,
  onSort,
  className,
}: {
  label: string;
  column: number;
  sort: Sort;
  onSort: (column: number) => void;
  className: string;
}) {
  const direction = sort?.column === column ? sort.direction : undefined;
  return (
    <th scope="col" aria-sort={direction} className={className}>
      <button
        type="button"
        onClick={() => onSort(column)}
        className="inline-flex items-center gap-1 font-bold underline decoration-dotted underline-offset-4 hover:bg-slate-100"
      >
        {label}
        {/* Drawn by CSS, so the header's text stays its label alone. */}
        <span
          aria-hidden="true"
          className={`text-xs text-slate-600 ${ARROWS[direction ?? 'none']}`}
        />
      </button>
    </th>
  );
}

/**
 * A real HTML table of exactly the numbers a chart draws, with the marks explained below it. On
 * the page, the header row and the first column stay in view as it scrolls, columns out of sight
 * are said above it with a button to the last one, and any column sorts.
 */
export function DataTable({
  caption,
  rowHeader,
  columns,
  rows,
  emptyMeaning = 'no figure published',
}: DataTableProps) {
  const cells = rows.flatMap((r) => r.cells);
  const legend = marksLegend(cells.flatMap((c) => [c.text, c.remark ?? '']));
  // A slide has no scroll bars: its table is laid out to fit, and nothing on it is clicked. On the
  // page, a wide table scrolls, focusable and named so a keyboard user can scroll it.
  const slide = usePresenting() !== null;
  const box = useRef<HTMLDivElement>(null);
  const { sides, measure } = useHiddenSides(box, slide);
  const [sort, setSort] = useState<Sort>(null);
  const onSort = (column: number) =>
    setSort((s) => ({
      column,
      direction: s?.column === column && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const shown = sortRows(rows, sort);
  const last = columns[columns.length - 1];
  const head = (i: number) =>
    slide ? '' : `sticky top-0 bg-white ${i < 0 ? 'left-0 z-20' : 'z-10'}`;
  return (
    <div>
      {!slide && (sides.left || sides.right) && (
        <p className="mb-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          {sides.right ? 'More columns to the right.' : 'Columns out of sight to the left.'}
          {sides.right && last && (
            <button
              type="button"
              onClick={() => box.current?.scrollTo({ left: box.current.scrollWidth })}
              className="rounded border border-brand px-2 font-semibold text-brand hover:bg-slate-100"
            >
              Scroll to {last} →
            </button>
          )}
        </p>
      )}
      <div
        ref={box}
        onScroll={slide ? undefined : measure}
        className={
          slide
            ? undefined
            : `max-h-[80vh] overflow-auto ${sides.right ? 'shadow-[inset_-12px_0_10px_-10px_rgb(0_0_0/0.35)]' : ''}`
        }
        tabIndex={slide ? undefined : 0}
        role="group"
        aria-label={caption}
      >
        <table className="w-full border-collapse text-sm [overflow-wrap:normal] sm:text-base">
          <caption className="mb-2 text-left font-medium">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              {slide ? (
                <th scope="col" className="py-2 pr-4 text-left">
                  {rowHeader}
                </th>
              ) : (
                <SortHeader
                  label={rowHeader}
                  column={-1}
                  sort={sort}
                  onSort={onSort}
                  className={`py-2 pr-4 text-left ${head(-1)}`}
                />
              )}
              {columns.map((c, j) =>
                slide ? (
                  <th key={c} scope="col" className="px-3 py-2 text-right">
                    {c}
                  </th>
                ) : (
                  <SortHeader
                    key={c}
                    label={c}
                    column={j}
                    sort={sort}
                    onSort={onSort}
                    className={`px-3 py-2 text-right ${head(j)}`}
                  />
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={`${i}-${row.header}`} className="border-b border-slate-200">
                <th
                  scope="row"
                  className={`py-2 pr-4 text-left font-medium ${slide ? '' : sticky}`}
                >
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
                        {/* A remark is a sentence: it wraps though the number beside it does not. */}
                        <span className="block text-xs whitespace-normal text-slate-600">
                          {cell.remark}
                        </span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-slate-700">
        {cells.some((c) => c.text === '—') && `— ${emptyMeaning}. `}
        {legend.map((l) => `${l}. `)}
        {cells.some((c) => c.confidence === 'M') &&
          'Medium confidence: from a single secondary outlet. '}
        {cells.some((c) => c.importedFrom) &&
          'Imported: added in this browser from a CSV file (listed under "Imported data").'}
      </p>
    </div>
  );
}
