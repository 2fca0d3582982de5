import { useEffect, useRef, useState, type RefObject } from 'react';
import { download, exportName } from '../lib/export';
import { viewLink } from '../lib/view-link';
import { useFrom, useMeasure, useTo } from '../state/store';
import { useDatasetContext } from './dataset-context';
import type { PanelExport } from './panel-export';

export type ShareKind = 'cite' | 'embed';

function closeMenu(menu: HTMLDetailsElement | null, focus: boolean) {
  if (!menu) return;
  menu.open = false;
  if (focus) menu.querySelector('summary')?.focus();
}

interface ExportMenuProps {
  /** What every output carries, but for its link and date, taken when the user asks. */
  panel: Omit<PanelExport, 'link' | 'accessed'>;
  section: RefObject<HTMLElement | null>;
  chartShown: boolean;
  /** Opens the panel's citation or embed code. */
  onShare: (kind: ShareKind, panelHeight: number) => void;
}

/**
 * Images for slides, the table's figures as tidy or wide CSV, the data with a README as a zip,
 * and the panel's citation and embed code. The menu closes on Escape and on a click outside it,
 * and gives the focus back to its button.
 */
export function ExportMenu({ panel, section, chartShown, onShare }: ExportMenuProps) {
  const dataset = useDatasetContext();
  const from = useFrom();
  const to = useTo();
  const measure = useMeasure();
  const [message, setMessage] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const close = (focus: boolean) => closeMenu(menu.current, focus);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      closeMenu(menu.current, true);
    };
    const onClick = (e: MouseEvent) => {
      const details = menu.current;
      if (!details || details.contains(e.target as Node)) return;
      // A click on another control keeps the focus it gave; elsewhere the focus returns here.
      const control = (e.target as Element).closest?.(
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      );
      closeMenu(details, !control);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, [open]);
  // The menu closes once a choice is made; the outcome is said beside it.
  const done = (text: string) => {
    setMessage(text);
    close(true);
  };
  const name = exportName(panel.id, from, to, measure);
  const parts = (): PanelExport => ({ ...panel, link: viewLink(panel.id), accessed: new Date() });
  const failed = (e: unknown) =>
    done(`The file could not be made: ${e instanceof Error ? e.message : String(e)}.`);

  const image = async (kind: 'png' | 'svg') => {
    try {
      const { imageBlob } = await import('./export-files');
      const blob = section.current && (await imageBlob(kind, section.current, parts()));
      if (!blob) {
        done('Show the chart to export it as an image.');
        return;
      }
      download(`${name}.${kind}`, blob);
      done(`Saved ${name}.${kind}.`);
    } catch (e) {
      failed(e);
    }
  };

  const file = async (kind: 'tidy' | 'wide' | 'zip') => {
    if (!dataset) return;
    try {
      const files = await import('./export-files');
      const [fileName, blob] =
        kind === 'zip'
          ? [`${name}.zip`, await files.zipBlob(dataset, name, parts())]
          : kind === 'wide'
            ? [`${name}_wide.csv`, files.wideBlob(dataset, panel.tables)]
            : [`${name}.csv`, files.tidyBlob(dataset, panel.tables)];
      download(fileName, blob);
      done(`Saved ${fileName}.`);
    } catch (e) {
      failed(e);
    }
  };

  const share = (kind: ShareKind) => {
    setMessage('');
    close(false);
    onShare(kind, section.current?.getBoundingClientRect().height ?? 600);
  };

  const noFigures =
    !dataset || panel.tables.every((t) => t.rows.every((r) => r.cells.every((c) => !c.figure)));
  const item =
    'block w-full px-3 py-2 text-left text-sm hover:bg-slate-100 disabled:text-slate-500';
  return (
    <span className="inline-flex items-center gap-2">
      <details ref={menu} className="relative" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer rounded border border-brand px-3 py-1 text-sm font-semibold text-brand">
          Export
        </summary>
        <div className="absolute right-0 z-10 mt-1 w-72 rounded border border-slate-300 bg-white shadow-lg">
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
          {!chartShown && (
            <p className="px-3 py-1 text-xs text-slate-700">Show the chart to export an image.</p>
          )}
          <button
            type="button"
            className={item}
            onClick={() => void file('tidy')}
            disabled={noFigures}
          >
            Table as CSV (one row per figure)
          </button>
          <button
            type="button"
            className={item}
            onClick={() => void file('wide')}
            disabled={noFigures}
          >
            Table as CSV, years as columns
          </button>
          <button
            type="button"
            className={item}
            onClick={() => void file('zip')}
            disabled={noFigures}
          >
            Data with citation (.zip)
          </button>
          <button type="button" className={item} onClick={() => share('cite')}>
            Cite this panel
          </button>
          <button type="button" className={item} onClick={() => share('embed')}>
            Embed this panel
          </button>
        </div>
      </details>
      <span role="status" className="text-sm">
        {message}
      </span>
    </span>
  );
}
