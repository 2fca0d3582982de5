import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useFirstPaint } from '../lib/use-first-paint';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { yearsOf, type Dataset } from '../data/dataset';
import {
  DataButtons,
  ImportsList,
  ImportsStatus,
  startImports,
  useDatasetWithImports,
} from '../import';
import { useEmbed, useFilterActions, useLinkedDeck, usePresent, useUrlSync } from '../state/store';
import { DatasetContext } from '../components/dataset-context';
import { DeckExporter, DeckSection, startDeckWhenKept, useDeckStoreLoaded } from '../deck';
import { Presenter, PresenterConsole } from '../present';
import { isConsoleLink } from '../lib/presenter-window';
import { PanelChromeContext } from '../components/panel-chrome';
import { PanelsContext } from '../components/panel-registry';
import { PANEL_CHROME } from './panel-chrome';
import type { UrlContext } from '../state/url';
import { DataError } from '../components/data-error';
import { FilterBar } from '../components/filter-bar';
import { PanelMenu } from '../components/panel-menu';
import { LiveSummary } from '../components/live-summary';
import { UrlNotices } from '../components/url-notices';
import { OfflineNotice } from '../components/offline-notice';
import { DataUpdateNotice } from '../components/data-update-notice';
import { KeptCopyNotice } from '../components/kept-copy-notice';
import { PANELS } from './panels';
import { EmbedView } from './embed-view';
import { PRESENT_BUTTON_ID, ViewActions } from '../components/view-actions';
import { PanelPlaceholder } from '../components/panel-boundary';
import { PanelSlot } from '../components/panel-slot';
import { PLATFORMS } from '../data/vocabularies';

/** The ids and years a link can use: whatever the loaded data set has. */
function urlContextOf(dataset: Dataset): UrlContext {
  const years = yearsOf(dataset);
  const platforms = new Set(Object.keys(PLATFORMS));
  for (const o of dataset.observations) if (o.platform) platforms.add(o.platform);
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

function Dashboard({ dataset, merging }: { dataset: Dataset; merging: boolean }) {
  const ctx = useMemo(() => urlContextOf(dataset), [dataset]);
  // The presenter view is told its slides by the audience window; its address stays its own.
  useUrlSync(CONSOLE ? null : ctx);
  const present = usePresent();
  const embed = useEmbed();
  const painted = useFirstPaint();
  usePresentKey();
  useFocusReturn(present);
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
          <ImportsList merging={merging} />
          <Deck dataset={dataset} />
          {/* The headline figures beside the trend chart on a wide screen, so both are on the
              first screen; one above the other on a narrower one, and on a phone before the
              actions. */}
          <div className="first-screen max-md:-order-1 grid grid-cols-[minmax(0,1fr)] items-start gap-4 sm:gap-5 xl:grid-cols-[minmax(0,5fr)_minmax(0,9fr)]">
            {firstScreen.map(({ id, Component }) => (
              <PanelSlot key={id} id={id} Panel={Component} dataset={dataset} />
            ))}
          </div>
          {belowFirstScreen.map(({ id, Component, later }) =>
            later && !painted ? (
              <PanelPlaceholder key={id} />
            ) : (
              <PanelSlot key={id} id={id} Panel={Component} dataset={dataset} />
            ),
          )}
          <PanelSlot id="sources" Panel={SourcesSection} dataset={dataset} />
        </div>
        <PanelMenu />
      </DeckExporter>
    </DatasetContext>
  );
}

const FIRST_SCREEN = new Set(['headline', 'trend']);
const firstScreen = PANELS.filter((p) => FIRST_SCREEN.has(p.id));
const belowFirstScreen = PANELS.filter((p) => !FIRST_SCREEN.has(p.id));

const INTRODUCTION =
  "Police forces record offences of sexual communication with a child, an offence in force in England and Wales since April 2017. The NSPCC asks every force for its figures each year by Freedom of Information request and publishes the totals, with the platforms used and the victims' ages where the police gave them. Its releases gave England and Wales totals until 2020/21 and UK totals from 2021/22 (the UK includes Scotland's different offence); UK figures for earlier years are its 2024 revised series. Every number names where it was published; derived figures are marked †, approximate ones ≈, bounds > or <.";

/**
 * A skip link that moves focus, not only the scroll position: the panels arrive after the data,
 * so the target gets focusable when followed. Without its target yet, it falls back to <main>.
 */
function SkipLink({ target, children }: { target: string; children: string }) {
  return (
    <a
      href={`#${target}`}
      onClick={(e) => {
        const el = document.getElementById(target) ?? document.getElementById('main');
        if (!el) return;
        e.preventDefault();
        if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
        el.focus();
        el.scrollIntoView();
      }}
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 focus:text-brand"
    >
      {children}
    </a>
  );
}

export function App() {
  const query = useQuery(datasetQuery());
  useEffect(() => void startImports(), []);
  useEffect(() => void startDeckWhenKept(), []);
  const { dataset, merging } = useDatasetWithImports(query.data);
  // An embedded panel stands alone in its host's frame: no skip link, no page header.
  const embedded = useEmbed() !== null;
  return (
    <PanelsContext value={PANELS}>
      <PanelChromeContext value={PANEL_CHROME}>
        {!embedded && (
          <>
            <SkipLink target="headline">Skip to the figures</SkipLink>
            <SkipLink target="filters-heading">Skip to the filters</SkipLink>
            <header className="bg-brand text-white">
              <div className="mx-auto max-w-7xl px-4 py-2 sm:py-3">
                <h1 className="text-xl font-bold sm:text-2xl">
                  Online grooming of children: recorded offences
                </h1>
                {/* The introduction folds to one line, so the figures and the trend chart are on
                    the first screen. */}
                <details className="mt-1 max-w-4xl text-sm text-blue-50 md:text-base">
                  <summary className="cursor-pointer">
                    <span className="font-semibold underline">About these figures</span>
                    <span className="max-sm:hidden">
                      : police records, as the NSPCC published them
                    </span>
                  </summary>
                  <p className="mt-1">{INTRODUCTION}</p>
                </details>
              </div>
            </header>
          </>
        )}
        <main id="main" tabIndex={-1} className="focus:outline-none">
          {query.isSuccess && <DataUpdateNotice onUpdate={() => void query.refetch()} />}
          <KeptCopyNotice />
          {(query.isPending || (query.isSuccess && !dataset)) && (
            <p role="status" className="mx-auto max-w-7xl px-4 py-10 text-lg">
              Loading the figures…
            </p>
          )}
          {query.isError && (
            <DataError
              error={query.error}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          )}
          {dataset && <ImportsStatus merging={merging} />}
          {dataset && <Dashboard dataset={dataset} merging={merging} />}
        </main>
      </PanelChromeContext>
    </PanelsContext>
  );
}
