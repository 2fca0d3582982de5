import { useRef, useState, type RefObject } from 'react';
import type { Source } from '../data/schema';
import { download, exportName } from '../lib/export';
import { useFrom, useMeasure, useTo } from '../state/store';
import type { DataTableProps } from './data-table';

interface ExportMenuProps {
  id: string;
  title: string;
  takeaway: string;
  sources: readonly Source[];
  tables: readonly DataTableProps[];
  section: RefObject<HTMLElement | null>;
  chartShown: boolean;
}

/** PNG (2×) and SVG of the chart for slides; CSV of the table's numbers with status and sources. */
export function ExportMenu({
  id,
  title,
  takeaway,
  sources,
  tables,
  section,
  chartShown,
}: ExportMenuProps) {
  const from = useFrom();
  const to = useTo();
  const measure = useMeasure();
  const [message, setMessage] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  // The menu closes once a choice is made; the outcome is said beside it.
  const done = (text: string) => {
    setMessage(text);
    if (menu.current) menu.current.open = false;
  };
  const name = exportName(id, from, to, measure);
  const cells = tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));
  const marks = [
    cells.some((c) => c.includes('†')) ? '† derived: computed from published figures' : null,
    cells.some((c) => c.includes('≈')) ? '≈ approximate: published as a rounded figure' : null,
  ]
    .filter(Boolean)
    .join('   ');

  const image = async (kind: 'png' | 'svg') => {
    try {
      const { imageBlob } = await import('./export-files');
      const blob =
        section.current &&
        (await imageBlob(kind, {
          section: section.current,
          title,
          takeaway,
          sources,
          marks: marks || null,
        }));
      if (!blob) {
        done('Show the chart to export it as an image.');
        return;
      }
      download(`${name}.${kind}`, blob);
      done(`Saved ${name}.${kind}.`);
    } catch (e) {
      done(`The image could not be made: ${e instanceof Error ? e.message : String(e)}.`);
    }
  };

  const csv = async () => {
    try {
      const { tablesCsv } = await import('./export-files');
      download(`${name}.csv`, tablesCsv(id, tables, sources));
      done(`Saved ${name}.csv.`);
    } catch (e) {
      done(`The file could not be made: ${e instanceof Error ? e.message : String(e)}.`);
    }
  };

  const item =
    'block w-full px-3 py-2 text-left text-sm hover:bg-slate-100 disabled:text-slate-500';
  return (
    <span className="inline-flex items-center gap-2">
      <details ref={menu} className="relative">
        <summary className="cursor-pointer rounded border border-brand px-3 py-1 text-sm font-semibold text-brand">
          Export
        </summary>
        <div className="absolute right-0 z-10 mt-1 w-56 rounded border border-slate-300 bg-white shadow-lg">
          <button
            type="button"
            className={item}
            disabled={!chartShown}
            onClick={() => void image('png')}
          >
            Chart as PNG (for slides)
          </button>
          <button
            type="button"
            className={item}
            disabled={!chartShown}
            onClick={() => void image('svg')}
          >
            Chart as SVG
          </button>
          <button
            type="button"
            className={item}
            onClick={() => void csv()}
            disabled={tables.length === 0}
          >
            Table as CSV
          </button>
          {!chartShown && (
            <p className="px-3 py-1 text-xs text-slate-700">Show the chart to export an image.</p>
          )}
        </div>
      </details>
      <span role="status" className="text-sm">
        {message}
      </span>
    </span>
  );
}
