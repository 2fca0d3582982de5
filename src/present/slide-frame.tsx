import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { PresentingContext } from '../components/presenting';
import { useView } from '../state/store';
import { DataTable, type DataTableProps } from '../components/data-table';
import type { SlideFrameProps } from '../components/panel-chrome';
import { MEDIUM_LEGEND, marksLegend } from '../data/format';
import { yearsOf } from '../components/source-links';

/** Pixels left spare under a table page, for rounding between the measured and the drawn rows. */
const SLACK = 4;

function signature(table: DataTableProps): string {
  return JSON.stringify([
    table.caption,
    table.columns,
    table.rows.map((r) => [r.header, r.cells.map((c) => [c.text, c.remark, c.importedFrom])]),
  ]);
}

/**
 * Where each page of a table starts, given the room on the slide: rows fill a page until the
 * next would not fit; a row taller than a whole page still gets a page of its own.
 */
export function pageStarts(rowHeights: readonly number[], fixed: number, room: number): number[] {
  const starts = [0];
  let used = fixed;
  rowHeights.forEach((h, i) => {
    if (used + h > room - SLACK && i > starts.at(-1)!) {
      starts.push(i);
      used = fixed;
    }
    used += h;
  });
  return starts;
}

interface Measured {
  signature: string;
  width: number;
  height: number;
  starts: number[];
}

/**
 * A table on slides: laid out once in full, out of sight, to measure its rows against the room
 * the slide leaves; then one page of it, the rest continuing on the next slides.
 */
function PagedTable({
  table,
  page,
  onPages,
}: {
  table: DataTableProps;
  page: number;
  onPages: (pages: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const probe = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState({ width: 0, height: 0 });
  const [measured, setMeasured] = useState<Measured | null>(null);
  const sig = signature(table);
  const valid =
    measured !== null &&
    measured.signature === sig &&
    measured.width === room.width &&
    measured.height === room.height;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() =>
      setRoom({ width: el.clientWidth, height: el.clientHeight }),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = probe.current;
    if (valid || !el || room.height === 0) return;
    const rows = [...el.querySelectorAll('tbody tr')].map((r) => r.getBoundingClientRect().height);
    const fixed = el.getBoundingClientRect().height - rows.reduce((a, b) => a + b, 0);
    const starts = pageStarts(rows, fixed, room.height);
    setMeasured({ signature: sig, ...room, starts });
    onPages(starts.length);
  }, [valid, room, sig, onPages]);

  if (!valid) {
    return (
      <div ref={box} className="relative min-h-0 flex-1">
        <div ref={probe} aria-hidden="true" className="invisible absolute inset-x-0 top-0">
          <DataTable {...table} />
        </div>
      </div>
    );
  }
  const { starts } = measured;
  const at = Math.min(page, starts.length - 1);
  const rows = table.rows.slice(starts[at], starts[at + 1]);
  const caption =
    starts.length > 1 ? `${table.caption} (${at + 1} of ${starts.length})` : table.caption;
  return (
    <div ref={box} className="relative min-h-0 flex-1">
      <DataTable {...table} caption={caption} rows={rows} />
    </div>
  );
}

/** "1–5" for notes one to five. */
function range(count: number): string {
  return count === 1 ? '1' : `1–${count}`;
}

/**
 * The slide's one line under the chart: how many publications the figures come from, and where
 * the notes are. Every note and source is listed in full on the closing slide.
 */
export function slideSourceLine(sources: SlideFrameProps['sources'], notes: number): string {
  const published = sources.filter((s) => !s.imported);
  const imported = sources.length - published.length;
  const years = yearsOf(published);
  const from = [
    published.length > 0 &&
      `NSPCC figures from police FOI returns${years ? `, ${years}` : ''}, ${published.length} ${published.length === 1 ? 'publication' : 'publications'}`,
    imported > 0 && `${imported} ${imported === 1 ? 'file' : 'files'} added in this browser`,
  ].filter(Boolean);
  const where = notes > 0 ? `Notes ${range(notes)} and sources` : 'Sources';
  return `Source: ${from.join('; ')}. ${where} in full on the last slide.`;
}

/**
 * A panel as a slide, chart first: title, the short headline with its note numbers, the filter
 * line, one chart (or one page of one table) taking the room that is left, and at most two lines
 * under it (the marks, the source and where the notes are). The full takeaway, notes and sources
 * are on the closing "Notes and sources" slide.
 */
export function SlideFrame({
  id,
  headingId,
  title,
  headline,
  caveats,
  charts,
  tables,
  sources,
  presenting,
}: SlideFrameProps) {
  const view = useView();
  const parts = Math.max(1, view === 'chart' ? charts.length : tables.length);
  const part = Math.min(presenting.part, parts - 1);
  const { setPages } = presenting;
  useEffect(() => {
    if (view === 'chart') setPages(parts, part, 1);
  }, [view, parts, part, setPages]);
  const table = tables[part];
  // Labels the chart left off where they would overlap, by set of labels: said under the chart.
  const [leftOff, setLeftOff] = useState<ReadonlyMap<string, number>>(new Map());
  const onLeftOff = useCallback(
    (key: string, count: number) =>
      setLeftOff((m) => (m.get(key) === count ? m : new Map(m).set(key, count))),
    [],
  );
  const chartPresenting = useMemo(() => ({ ...presenting, onLeftOff }), [presenting, onLeftOff]);
  const dropped = [...leftOff.values()].reduce((a, b) => a + b, 0);
  // The marks the chart's numbers carry, explained on the slide (a table explains its own).
  const cells = tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
  const marks = marksLegend(cells.flatMap((c) => [c.text, c.remark ?? '']));
  // Every chart stars its medium-confidence figures (data/format.ts, MEDIUM_MARK).
  if (cells.some((c) => c.confidence === 'M')) marks.push(MEDIUM_LEGEND);
  return (
    <section id={id} aria-labelledby={headingId} className="panel flex min-h-0 flex-1 flex-col">
      <h2 id={headingId} className="slide-title font-bold">
        {title}
      </h2>
      <p className="slide-headline mt-[0.15em] font-medium" data-headline>
        {headline}
        {caveats.length > 0 && (
          <sup
            className="slide-note-mark ml-[0.1em] font-semibold"
            aria-label={caveats.length === 1 ? 'note 1' : `notes 1 to ${caveats.length}`}
          >
            {range(caveats.length)}
          </sup>
        )}
      </p>
      <p className="slide-filters mt-[0.15em] text-slate-700">{presenting.filterLine}</p>
      <div className="slide-chart mt-[0.3em] flex min-h-0 min-w-0 flex-1 flex-col">
        {view === 'chart' ? (
          <PresentingContext.Provider value={chartPresenting}>
            {charts[part] ?? null}
          </PresentingContext.Provider>
        ) : table ? (
          <PagedTable
            key={part}
            table={table}
            page={presenting.page}
            onPages={(pages) => setPages(parts, part, pages)}
          />
        ) : null}
      </div>
      <div className="slide-foot mt-[0.3em] text-slate-700">
        {view === 'chart' && (marks.length > 0 || dropped > 0) && (
          <p>
            {marks.map((m) => `${m}. `).join('')}
            {dropped > 0 &&
              `${dropped} ${dropped === 1 ? 'value label that would overlap another is' : 'value labels that would overlap others are'} left off: the Table view gives every figure.`}
          </p>
        )}
        <p>{slideSourceLine(sources, caveats.length)}</p>
      </div>
    </section>
  );
}
