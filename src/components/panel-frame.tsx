import { Suspense, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Source } from '../data/schema';
import { CONFIDENCES } from '../data/vocabularies';
import type { View } from '../state/filters';
import { useView } from '../state/store';
import { usePanelCapture } from './panel-capture';
import { SourceAnchor } from './source-links';
import { DataTable, type DataTableProps } from './data-table';
import { usePresenting } from './presenting';
import { usePrinting } from '../lib/use-printing';
import { LongText } from './long-text';
import { marksLegend } from '../data/format';
import { EmbedContext } from './embed-context';
import { usePanelChrome, type PanelNote, type ShareRequest } from './panel-chrome';

interface PanelFrameProps {
  id: string;
  title: string;
  takeaway: string;
  caveats?: readonly string[];
  chart: ReactNode;
  /** In presenter mode, these charts one per slide instead of `chart` on one. */
  slideCharts?: readonly ReactNode[];
  tables: readonly DataTableProps[];
  sources: readonly Source[];
  notes: readonly PanelNote[];
  /** Shown under the chart or table whichever is chosen. */
  extra?: ReactNode;
  /** The panel's own choices (which place), above its takeaway; not on slides. */
  controls?: ReactNode;
}

const VIEW_LABELS = [
  ['chart', 'Chart'],
  ['table', 'Table'],
] as const;

function SourceItem({ source }: { source: Source }) {
  // An import has no address or publisher: say when it was added and that no one checked it.
  if (source.imported)
    return (
      <li>
        <span className="font-medium">{source.title}</span>, added in this browser {source.date}{' '}
        (not checked against a publication)
      </li>
    );
  return (
    <li>
      <SourceAnchor source={source}>
        <span className="font-medium">{source.title}</span>
      </SourceAnchor>
      , {source.publisher}
      {source.date ? `, ${source.date}` : ''} (confidence:{' '}
      {source.mixedConfidence
        ? `${CONFIDENCES[source.confidence].toLowerCase()}; medium for the figures marked so`
        : CONFIDENCES[source.confidence].toLowerCase()}
      )
    </li>
  );
}

/**
 * Every mark the chart view carries (its takeaway, caveats and the numbers it draws, which are
 * the table's), explained under the chart; the table view's footnote does the same for a table.
 */
function MarksLegend({
  takeaway,
  caveats,
  tables,
}: Pick<PanelFrameProps, 'takeaway' | 'caveats' | 'tables'>) {
  const cells = tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
  const legend = marksLegend([
    takeaway,
    ...(caveats ?? []),
    ...cells.flatMap((c) => [c.text, c.remark ?? '']),
  ]);
  if (cells.some((c) => c.confidence === 'M'))
    legend.push('Medium confidence: a figure from a single secondary outlet');
  if (legend.length === 0) return null;
  return (
    <p className="mt-2 text-sm text-slate-700" aria-label="Marks">
      {legend.join('. ')}.
    </p>
  );
}

/**
 * The anatomy every panel shares: a section labelled by its heading, the takeaway sentence, a
 * Chart/Table toggle, and the sources and notes of the numbers shown.
 */
export function PanelFrame({
  id,
  title,
  takeaway,
  caveats = [],
  chart,
  slideCharts,
  tables,
  sources,
  notes,
  extra,
  controls,
}: PanelFrameProps) {
  const globalView = useView();
  // A panel's own toggle wins until the shared view (from a link or presenter mode) changes.
  const [local, setLocal] = useState<{ view: View; from: View } | null>(null);
  const view = local && local.from === globalView ? local.view : globalView;
  const headingId = `${id}-heading`;
  const presenting = usePresenting();
  const printing = usePrinting();
  const ref = useRef<HTMLElement>(null);
  const embed = useContext(EmbedContext);
  const embedded = embed?.panel === id ? embed : null;
  const [share, setShare] = useState<ShareRequest | null>(null);
  const capture = usePanelCapture();
  useEffect(
    () => capture?.panel({ id, title, takeaway, caveats, tables, sources }),
    [capture, id, title, takeaway, caveats, tables, sources],
  );
  // A link to "#platforms" or "?panel=platforms" lands here. The browser cannot do it by itself:
  // panels appear after the data (and some after their code) has loaded. Leaving presenter mode
  // lands on the slide that was showing.
  useEffect(() => {
    const linked =
      window.location.hash.slice(1) || new URLSearchParams(window.location.search).get('panel');
    if (!presenting && linked === id) ref.current?.scrollIntoView();
  }, [id, presenting]);
  const chrome = usePanelChrome();
  if (presenting && chrome)
    return (
      <chrome.Slide
        id={id}
        headingId={headingId}
        title={presenting.title ?? title}
        takeaway={takeaway}
        caveats={caveats}
        charts={slideCharts ?? [chart]}
        tables={tables}
        sources={sources}
        presenting={presenting}
      />
    );
  const tableView = (
    <div className="space-y-6">
      {tables.map((t) => (
        <DataTable key={t.caption} {...t} />
      ))}
    </div>
  );

  return (
    <section
      ref={ref}
      id={id}
      aria-labelledby={headingId}
      className="panel panel-lazy-paint scroll-mt-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-6"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id={headingId} className="text-xl font-bold sm:text-2xl">
          {title}
        </h2>
        <div className="no-print flex flex-wrap items-center gap-3">
          {!embedded && chrome && (
            <chrome.Actions
              panel={{ id, title, takeaway, caveats, notes, sources, tables }}
              section={ref}
              chartShown={view === 'chart' && chart !== null}
              onShare={setShare}
            />
          )}
          <div
            role="group"
            aria-label={`Show ${title} as`}
            className="inline-flex rounded border border-brand"
          >
            {VIEW_LABELS.map(([v, label]) => (
              <button
                key={v}
                type="button"
                aria-pressed={view === v}
                onClick={() => setLocal({ view: v, from: globalView })}
                className={`px-3 py-1 text-sm font-semibold ${view === v ? 'bg-brand text-white' : 'bg-white text-brand'}`}
              >
                {label}
              </button>
            ))}
          </div>
        </div>
      </div>
      {controls}
      <p className="mt-2 text-base sm:text-lg">{takeaway}</p>
      {embedded && <p className="mt-1 text-sm text-slate-700">{embedded.filterLine}</p>}
      {share && chrome && (
        <Suspense fallback={<p role="status">Opening…</p>}>
          <chrome.Share
            request={share}
            panel={{ title, sources }}
            onClose={() => {
              setShare(null);
              ref.current?.querySelector('summary')?.focus();
            }}
          />
        </Suspense>
      )}
      {caveats.length > 0 && (
        <ul className="mt-2 space-y-1 border-l-4 border-amber-500 pl-3 text-sm text-amber-950">
          {caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <div className="mt-4">{view === 'chart' ? chart : tableView}</div>
      {view === 'chart' && <MarksLegend takeaway={takeaway} caveats={caveats} tables={tables} />}
      {/* A printed briefing carries both the chart and the numbers behind it. */}
      {view === 'chart' && printing && <div className="mt-4">{tableView}</div>}
      {extra}
      {sources.length > 0 && (
        <div className="mt-4 text-sm">
          <h3 className="font-semibold">Sources</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {sources.map((s) => (
              <SourceItem key={s.id} source={s} />
            ))}
          </ul>
        </div>
      )}
      {embedded && (
        <p className="mt-4 text-sm">
          <a
            href={embedded.fullLink}
            target="_blank"
            rel="noopener"
            className="font-semibold text-brand underline"
          >
            Open in the full dashboard
          </a>
        </p>
      )}
      {notes.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-semibold">
            Notes and revisions ({notes.length})
          </summary>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {notes.map((n) => (
              <li key={`${n.label}|${n.text}`}>
                <span className="font-medium">{n.label}:</span>{' '}
                <LongText text={n.text} label={`Note on ${n.label}`} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
