// The dashboard around the panels (filters, notices, page actions, presenter and embed modes): it
// downloads beside the data files (lib/beside-data.ts), so the page's first script holds only
// what draws the first chart.
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useFirstPaint } from '../lib/use-first-paint';
import { useLayoutNow } from '../lib/use-layout-now';
import { platformsOf, yearsOf, type Dataset } from '../data/dataset';
import {
  useEmbed,
  useFilterActions,
  useLinkedDeck,
  usePageFilterSet,
  usePresent,
  useUrlSync,
} from '../state/store';
import { DatasetContext } from '../components/dataset-context';
import { DeckSection, useDeckStoreLoaded } from '../deck';
import { Presenter, PresenterConsole } from '../present';
import { isConsoleLink } from '../lib/presenter-window';
import type { UrlContext } from '../state/url';
import { FilterBar } from '../components/filter-bar';
import { PanelMenu } from '../components/panel-menu';
import { LiveSummary } from '../components/live-summary';
import { UrlNotices } from '../components/url-notices';
import { OfflineNotice } from '../components/offline-notice';
import { PANELS } from './panels';
import { EmbedView } from './embed-view';
import { PRESENT_BUTTON_ID, ViewActions } from '../components/view-actions';
import { PanelPlaceholder } from '../components/panel-boundary';
import { PanelSlot } from '../components/panel-slot';
import { ChartWidthHint } from '../components/chart-width-hint';
import { firstScreenChartWidth } from './first-screen-width';
import { PLATFORMS } from '../data/vocabularies';
import { DataButtons, DeckExporter, ImportsList } from './beside-parts';
import { useStoredImportsPending } from '../import';

/** The ids and years a link can use: whatever the loaded data set has. */
function urlContextOf(dataset: Dataset): UrlContext {
  const years = yearsOf(dataset);
  const platforms = new Set([...Object.keys(PLATFORMS), ...platformsOf(dataset)]);
  return {
    geographies: new Set(dataset.geographies.keys()),
    places: new Set(
      [...dataset.geographies.values()].filter((g) => g.type !== 'group').map((g) => g.id),
    ),
    platforms,
    firstYear: years[0]!,
    lastYear: years[years.length - 1]!,
  };
}

// The list of all sources closes the page, below every panel: it loads after the first screen.
const SourcesSection = lazy(() =>
  import('../components/sources-section').then((m) => ({ default: m.SourcesSection })),
);

function Deck({ dataset }: { dataset: Dataset }) {
  const linked = useLinkedDeck();
  const loaded = useDeckStoreLoaded();
  if (!linked && !loaded) return null;
  return (
    <Suspense fallback={null}>
      <DeckSection dataset={dataset} />
    </Suspense>
  );
}

/**
 * Where a single-key shortcut must not act: a control has keys of its own, and a user of speech
 * input or a screen reader may type "p" there (WCAG 2.1.4).
 */
const CONTROLS =
  'a[href], button, input, select, textarea, summary, dialog, [contenteditable], [role="combobox"], [role="listbox"], [role="option"]';

/**
 * "p" opens presenter mode when focus is on the page itself, not in a control. The control that
 * had focus is remembered, so leaving presenter mode (Esc or Exit) can put focus back on it.
 */
function usePresentKey() {
  const { setPresent } = useFilterActions();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'p' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target instanceof Element && e.target.closest(CONTROLS)) return;
      setPresent(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setPresent]);
}

/** How to find the control that opened presenter mode again: the page is drawn anew after it. */
interface Opener {
  tag: string;
  label: string;
}

const labelOf = (el: Element) => el.getAttribute('aria-label') ?? el.textContent ?? '';

/**
 * After presenter mode closes, focus goes back to the control that opened it (the Present button
 * when the "p" key did), not to <body>. The scroll position is left to the panel that was shown.
 */
function useFocusReturn(present: boolean) {
  const opener = useRef<Opener | null>(null);
  const was = useRef(present);
  useEffect(() => {
    if (present) return;
    // Read before the app handles the event: by the time presenter mode shows, the control is gone.
    const remember = () => {
      const el = document.activeElement;
      opener.current =
        el instanceof HTMLElement && el.matches(CONTROLS)
          ? { tag: el.tagName, label: labelOf(el) }
          : null;
    };
    document.addEventListener('click', remember, true);
    document.addEventListener('keydown', remember, true);
    return () => {
      document.removeEventListener('click', remember, true);
      document.removeEventListener('keydown', remember, true);
    };
  }, [present]);
  useLayoutEffect(() => {
    if (!present && was.current) {
      const o = opener.current;
      const match = o
        ? [...document.querySelectorAll<HTMLElement>(o.tag)].find((el) => labelOf(el) === o.label)
        : undefined;
      (match ?? document.getElementById(PRESENT_BUTTON_ID))?.focus({ preventScroll: true });
    }
    was.current = present;
  }, [present]);
}

/** Opened as the presenter view (`?console=1`): read once, as the page starts. */
const CONSOLE = isConsoleLink(window.location.search);

/**
 * Whether the panels below the first screen may be drawn: after the first paint and, on a visit
 * with imports stored in this browser, once they are read and merged. Drawn before, each panel
 * was drawn without them and again with them, and the merge's garbage was collected inside the
 * charts' first drawing: with 200,000 stored rows, tasks of 100–160 ms in half the loads. Once
 * due, they stay drawn, whatever is imported next.
 */
function useLowerPanelsDue(merging: boolean): boolean {
  const painted = useFirstPaint();
  const pending = useStoredImportsPending(merging);
  // Read at the first render: imports were stored when the page opened.
  const [stored] = useState(pending);
  const [due, setDue] = useState(false);
  const now = painted && !pending;
  if (now && !due && !stored) setDue(true);
  useEffect(() => {
    if (!now || due || !stored) return;
    const timer = setTimeout(() => setDue(true), AFTER_MERGE_MS);
    return () => clearTimeout(timer);
  }, [now, due, stored]);
  return due || (now && !stored);
}

/**
 * How long the panels below wait after stored imports are merged. Merging 200,000 rows leaves a
 * major garbage collection (20–40 ms) due just after; a pause lets it run on its own rather than
 * inside a chart's first drawing. Traced: without the pause it landed in a chart's task in most
 * loads; with it, mostly before the panels. Longest task after the live chart, 16 loads each:
 * worst 104 ms without, 88 ms with.
 */
const AFTER_MERGE_MS = 500;

/** A filter change's layout, done before the frame that paints it (last: see useLayoutNow). */
function LayoutAfterChange() {
  useLayoutNow(usePageFilterSet());
  return null;
}

export function Dashboard({ dataset, merging }: { dataset: Dataset; merging: boolean }) {
  const ctx = useMemo(() => urlContextOf(dataset), [dataset]);
  // The presenter view is told its slides by the audience window; its address stays its own.
  const urlRead = useUrlSync(CONSOLE ? null : ctx);
  const present = usePresent();
  const embed = useEmbed();
  const lowerDue = useLowerPanelsDue(merging);
  usePresentKey();
  useFocusReturn(present);
  if (!urlRead) return null;
  if (CONSOLE) {
    return (
      <Suspense fallback={<p role="status">Opening the presenter view…</p>}>
        <PresenterConsole dataset={dataset} />
      </Suspense>
    );
  }
  if (embed) {
    return (
      <DatasetContext value={dataset}>
        <EmbedView dataset={dataset} panel={embed} />
      </DatasetContext>
    );
  }
  if (present) {
    return (
      <Suspense fallback={<p role="status">Opening presenter mode…</p>}>
        <Presenter dataset={dataset} />
      </Suspense>
    );
  }
  return (
    <DatasetContext value={dataset}>
      <DeckExporter dataset={dataset} ctx={ctx}>
        <FilterBar dataset={dataset} firstYear={ctx.firstYear} lastYear={ctx.lastYear} />
        <LiveSummary dataset={dataset} />
        <UrlNotices />
        <OfflineNotice dataset={dataset} />
        <div className="mx-auto grid max-w-7xl grid-cols-[minmax(0,1fr)] gap-4 px-4 py-3 sm:gap-5 sm:py-4">
          <ViewActions>
            <DataButtons dataset={dataset} />
          </ViewActions>
          <Deck dataset={dataset} />
          {/* The headline figures beside the trend chart on a wide screen, so both are on the
              first screen; one above the other on a narrower one, and on a phone before the
              actions. */}
          <div className="first-screen max-md:-order-1 grid grid-cols-[minmax(0,1fr)] items-start gap-4 sm:gap-5 xl:grid-cols-[minmax(0,5fr)_minmax(0,9fr)]">
            <ChartWidthHint value={firstScreenChartWidth}>
              {firstScreen.map(({ id, Component }) => (
                <PanelSlot key={id} id={id} Panel={Component} dataset={dataset} />
              ))}
            </ChartWidthHint>
          </div>
          {/* Below the first screen: stored imports are listed once read, after the bundled
              figures are drawn, and the first screen must not move then. The status line above
              says that imports are included. */}
          <ImportsList merging={merging} />
          {belowFirstScreen.map(({ id, Component, load }) =>
            load && !lowerDue ? (
              <PanelPlaceholder key={id} />
            ) : (
              <PanelSlot key={id} id={id} Panel={Component} dataset={dataset} load={load} />
            ),
          )}
          <PanelSlot id="sources" Panel={SourcesSection} dataset={dataset} />
        </div>
        <PanelMenu />
        <LayoutAfterChange />
      </DeckExporter>
    </DatasetContext>
  );
}

const FIRST_SCREEN = new Set(['headline', 'trend']);
const firstScreen = PANELS.filter((p) => FIRST_SCREEN.has(p.id));
const belowFirstScreen = PANELS.filter((p) => !FIRST_SCREEN.has(p.id));
