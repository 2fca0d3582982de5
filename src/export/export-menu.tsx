import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { exportName } from '../lib/export';
import { EMBED_MESSAGE, embedLink, viewLink } from '../lib/view-link';
import { useFrom, useMeasure, useTo } from '../state/store';
import { useDatasetContext } from '../components/dataset-context';
import { useFilterLine } from '../state/filter-line';
import type { ShareRequest } from '../components/panel-chrome';
import type { PanelId } from '../state/filters';
import type { ExportPanel } from './panel-export';

// The choices and everything they make load when the menu is first opened.
const ExportItems = lazy(() => import('./export-items').then((m) => ({ default: m.ExportItems })));

interface ExportMenuProps {
  panel: ExportPanel;
  section: RefObject<HTMLElement | null>;
  chartShown: boolean;
  /** Opens the panel's citation or embed code. */
  onShare: (request: ShareRequest) => void;
}

function closeMenu(menu: HTMLDetailsElement | null, focus: boolean) {
  if (!menu) return;
  menu.open = false;
  if (focus) menu.querySelector('summary')?.focus();
}

/**
 * Images for slides, the table's figures as tidy or wide CSV, the data with a README as a zip,
 * and the panel's citation and embed code. The menu closes on Escape and on a click outside it,
 * and gives the focus back to its button.
 */
export function ExportMenu({ panel, section, chartShown, onShare }: ExportMenuProps) {
  // Read here, on the page's first screen, so that the menu's own code (loaded on opening) need
  // not load the page's state with it.
  const dataset = useDatasetContext();
  const filterLine = useFilterLine(dataset, panel.id as PanelId);
  const name = exportName(panel.id, useFrom(), useTo(), useMeasure());
  const [message, setMessage] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
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

  return (
    <span className="inline-flex items-center gap-2">
      <details ref={menu} className="relative" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer rounded border border-brand px-3 py-1 text-sm font-semibold text-brand">
          Export
        </summary>
        {/* The menu opens upwards, over the panel's own notes: the actions are the panel's last
            row, and a panel off the first screen paints nothing outside itself (its
            content-visibility), so a menu opening downwards would be hidden under the next one. */}
        <div className="absolute bottom-full left-0 z-10 mb-1 w-64 rounded border border-slate-300 bg-white shadow-lg sm:w-72">
          {open && (
            <Suspense fallback={<p className="px-3 py-2 text-sm">Opening…</p>}>
              <ExportItems
                panel={panel}
                dataset={dataset}
                name={name}
                filterLine={filterLine}
                link={() => viewLink(panel.id)}
                // Imported from here, the page's first chunk, so lazy chunks carry no loader.
                loadZip={() => import('./export-zip')}
                section={section}
                chartShown={chartShown}
                onDone={(text) => {
                  // The menu closes once a choice is made; the outcome is said beside it.
                  setMessage(text);
                  closeMenu(menu.current, true);
                }}
                onShare={(kind) => {
                  setMessage('');
                  closeMenu(menu.current, false);
                  onShare({
                    kind,
                    height: section.current?.getBoundingClientRect().height ?? 600,
                    filterLine,
                    link: viewLink(panel.id),
                    embedSrc: embedLink(panel.id),
                    origin: window.location.origin,
                    messageType: EMBED_MESSAGE,
                  });
                }}
              />
            </Suspense>
          )}
        </div>
      </details>
      <span role="status" className="text-sm">
        {message}
      </span>
    </span>
  );
}
