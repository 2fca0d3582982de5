import { Suspense, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Source } from '../data/schema';
import { CONFIDENCES } from '../data/vocabularies';
import type { View } from '../state/filters';
import { useView } from '../state/store';
import { usePanelCapture } from './panel-capture';
import { SourceAnchor, SourcesLine } from './source-links';
import type { DataTableProps } from './data-table';
import { besideData } from '../lib/beside-data';
import { usePresenting } from './presenting';
import { usePrinting } from '../lib/use-printing';
import { useFirstPaint } from '../lib/use-first-paint';
import { LongText } from './long-text';
import { MEDIUM_LEGEND, marksLegend } from '../data/format';
import { EmbedContext } from './embed-context';
import { usePanelChrome, type PanelNote, type ShareRequest } from './panel-chrome';

interface PanelFrameProps {
  id: string;
  title: string;
  /** The takeaway's lead (at most HEADLINE_MAX characters), shown above the chart. */
  headline: string;
  /** The full computed takeaway: in the table view, the notes, the exports and speaker notes. */
  takeaway: string;
  /** Shown as numbered notes under the chart, their numbers after the headline. */
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
  /** The chart says the headline itself (the headline cards): on a phone it is only read out. */
  chartIsHeadline?: boolean;
}

// The table view's code downloads beside the data files, not in the first script: charts are the
// default view.
const DataTable = besideData(() => import('./data-table').then((m) => m.DataTable));

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
  brief = false,
}: Pick<PanelFrameProps, 'takeaway' | 'caveats' | 'tables'> & { brief?: boolean }) {
  const cells = tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
  const legend = marksLegend([
    takeaway,
    ...(caveats ?? []),
    ...cells.flatMap((c) => [c.text, c.remark ?? '']),
  ]);
  // Every chart marks its medium-confidence figures with * (data/format.ts, MEDIUM_MARK).
  if (cells.some((c) => c.confidence === 'M') && !legend.includes(MEDIUM_LEGEND))
    legend.push(MEDIUM_LEGEND);
  if (legend.length === 0) return null;
  return (
    <p className={`mt-2 text-slate-700 ${brief ? 'text-xs' : 'text-sm'}`} aria-label="Marks">
      {legend.join('. ')}.
    </p>
  );
}

/** "1–5" for notes one to five: the numbers a headline carries. */
export function noteRange(count: number): string {
  return count === 1 ? '1' : `1–${count}`;
}

/**
 * The caveats as a compact numbered list under the chart, numbered as the headline cites them.
 * `brief`: one line each, for an embed, whose reader must see every caveat beside the chart
 * without it crowding the chart out; the full text is in its "Notes and sources".
 */
export function NumberedNotes({
  id,
  caveats,
  brief = false,
}: {
  id: string;
  caveats: readonly string[];
  brief?: boolean;
}) {
  if (caveats.length === 0) return null;
  return (
    <ol
      aria-label={brief ? 'Notes in brief' : 'Notes'}
      className={`panel-notes mt-2 space-y-0.5 text-slate-800 ${brief ? 'text-xs' : 'text-sm'}`}
    >
      {caveats.map((c, i) => (
        <li
          key={c}
          id={brief ? undefined : `${id}-note-${i + 1}`}
          title={brief ? c : undefined}
          className="flex gap-1.5"
        >
          <span aria-hidden="true" className="w-4 shrink-0 text-right font-semibold text-amber-900">
            {i + 1}
          </span>
          <span className={brief ? 'min-w-0 truncate' : undefined}>
            <span className="sr-only">Note {i + 1}: </span>
            {c}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The headline with the numbers of the notes that qualify it. */
export function Headline({
  id,
  headline,
  notes,
  className,
}: {
  id: string;
  headline: string;
  notes: number;
  className: string;
}) {
  return (
    <p className={className} data-headline>
      {headline}
      {notes > 0 && (
        <sup className="ml-0.5 font-semibold text-amber-900">
          <a href={`#${id}-note-1`} aria-label={notes === 1 ? 'note 1' : `notes 1 to ${notes}`}>
            {noteRange(notes)}
          </a>
        </sup>
      )}
    </p>
  );
}

/**
 * The anatomy every panel shares, chart first: a section labelled by its heading, a short
 * headline, the chart (or table), its caveats as numbered notes, a one-line source, and folded
 * under "Notes and sources" the full takeaway, every source and the notes on single figures.
 */
export function PanelFrame({
  id,
  title,
  headline,
  takeaway,
  caveats = [],
  chart,
  slideCharts,
  tables,
  sources,
  notes,
  extra,
  controls,
  chartIsHeadline = false,
}: PanelFrameProps) {
  const globalView = useView();
  // A panel's own toggle wins until the shared view (from a link or presenter mode) changes.
  const [local, setLocal] = useState<{ view: View; from: View } | null>(null);
  const view = local && local.from === globalView ? local.view : globalView;
  const headingId = `${id}-heading`;
  const presenting = usePresenting();
  const printing = usePrinting();
  const ref = useRef<HTMLElement>(null);
  const notesRef = useRef<HTMLDetailsElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const [notesOpen, setNotesOpen] = useState(false);
  // The folded lists are drawn once the page has painted (at once when opened or printed): a
  // fifth of the first screen's elements, which its first chart waited behind, none of them seen.
  const listed = useFirstPaint() || notesOpen || printing;
  const embed = useContext(EmbedContext);
  const embedded = embed?.panel === id ? embed : null;
  const [share, setShare] = useState<ShareRequest | null>(null);
  const capture = usePanelCapture();
  useEffect(
    () => capture?.panel({ id, title, headline, takeaway, caveats, tables, sources }),
    [capture, id, title, headline, takeaway, caveats, tables, sources],
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
        headline={presenting.headline ?? headline}
        takeaway={presenting.headline ?? takeaway}
        caveats={caveats}
        charts={slideCharts ?? [chart]}
        tables={tables}
        sources={sources}
        presenting={presenting}
      />
    );
  const tableView = (
    <div className="space-y-6">
      <p className="text-base">{takeaway}</p>
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
      className="panel panel-lazy-paint scroll-mt-4 rounded-lg border border-slate-300 bg-white p-3 shadow-sm sm:p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="text-lg font-bold sm:text-2xl">
          {title}
        </h2>
        <div className="no-print flex flex-wrap items-center gap-3">
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
                className={`px-2 py-1 text-sm font-semibold sm:px-3 ${view === v ? 'bg-brand text-white' : 'bg-white text-brand'}`}
              >
                {label}
              </button>
            ))}
          </div>
        </div>
      </div>
      {controls}
      <Headline
        id={id}
        headline={headline}
        notes={caveats.length}
        // A touch smaller on a phone, so a two-figure headline leaves the chart's top on the first
        // screen.
        className={`mt-1 text-sm leading-snug font-semibold sm:text-lg sm:leading-normal ${chartIsHeadline ? 'max-md:sr-only' : ''}`}
      />
      {embedded && <p className="mt-1 text-sm text-slate-700">{embedded.filterLine}</p>}
      <div className="mt-3">{view === 'chart' ? chart : tableView}</div>
      {view === 'chart' && (
        <MarksLegend takeaway={takeaway} caveats={caveats} tables={tables} brief={!!embedded} />
      )}
      {/* A printed briefing carries both the chart and the numbers behind it. */}
      {view === 'chart' && printing && <div className="mt-4">{tableView}</div>}
      {!embedded && extra}
      {/* An embed shows each note's first line, so no caveat is out of view; in full, one click
          away. */}
      {(!embedded || view === 'chart') && (
        <NumberedNotes id={id} caveats={caveats} brief={!!embedded} />
      )}
      {sources.length > 0 && (
        <SourcesLine
          sources={sources}
          onList={() => {
            const details = notesRef.current;
            if (!details) return;
            details.open = true;
            details.querySelector('summary')?.focus();
          }}
        />
      )}
      <details
        ref={notesRef}
        onToggle={(e) => setNotesOpen(e.currentTarget.open)}
        className="panel-details mt-2 text-sm"
      >
        <summary className="cursor-pointer font-semibold">
          Notes and sources ({notes.length + sources.length})
        </summary>
        {embedded && view === 'chart' && <NumberedNotes id={id} caveats={caveats} />}
        {/* Drawn when open: folded, the same words would be read twice beside the headline. */}
        {view === 'chart' && (notesOpen || printing) && (
          <p className="mt-1">
            <span className="font-medium">In full:</span> {takeaway}
          </p>
        )}
        {listed && sources.length > 0 && (
          <>
            <h3 className="mt-2 font-semibold">Sources</h3>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {sources.map((s) => (
                <SourceItem key={s.id} source={s} />
              ))}
            </ul>
          </>
        )}
        {listed && notes.length > 0 && (
          <>
            <h3 className="mt-2 font-semibold">Notes and revisions</h3>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {notes.map((n) => (
                <li key={`${n.label}|${n.text}`}>
                  <span className="font-medium">{n.label}:</span>{' '}
                  <LongText text={n.text} label={`Note on ${n.label}`} />
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
      {!embedded && chrome && (
        // Chart first: what can be done with the panel comes after what it shows.
        <div ref={actionsRef} className="no-print mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
          <chrome.Actions
            panel={{ id, title, headline, takeaway, caveats, notes, sources, tables }}
            section={ref}
            chartShown={view === 'chart' && chart !== null}
            onShare={setShare}
          />
        </div>
      )}
      {share && chrome && (
        <Suspense fallback={<p role="status">Opening…</p>}>
          <chrome.Share
            request={share}
            panel={{ title, sources }}
            onClose={() => {
              setShare(null);
              actionsRef.current?.querySelector('summary')?.focus();
            }}
          />
        </Suspense>
      )}
      {embedded && (
        <p className="mt-2 text-sm">
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
    </section>
  );
}
