import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
} from 'react';
import {
  PresentingContext,
  type ChartColors,
  type Presenting,
  type Theme,
} from '../components/presenting';
import { DARK_DERIVED_OPACITY, darkColor } from '../lib/palette';
import type { Dataset } from '../data/dataset';
import { filterLine as lineOf } from '../state/filter-line';
import { UrlNotices } from '../components/url-notices';
import type { PanelId, View } from '../state/filters';
import {
  SlideFiltersContext,
  useAuto,
  useFilterActions,
  usePanel,
  usePageFilterSet,
  usePresentedDeck,
  useView,
} from '../state/store';
import { usePanels, type PanelEntry } from '../components/panel-registry';
import { PanelBoundary } from '../components/panel-boundary';
import { deckSlideList, slideIndex, slideList, step, type PanelShape, type Slide } from './slides';
import { NotesSlide, type ShownPanel } from './notes-slide';
import { flip, type SlideState } from './console-channel';
import { useConsoleLink } from './console-link';

const THEME_KEY = 'presenter-theme';

function loadTheme(): Theme {
  try {
    return localStorage.getItem(THEME_KEY) === 'dark' ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

function saveTheme(theme: Theme) {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Private browsing can refuse storage; the theme then lasts for this visit only.
  }
}

const subscribeResize = (notify: () => void) => {
  window.addEventListener('resize', notify);
  return () => window.removeEventListener('resize', notify);
};

/**
 * The slide's body text in pixels: 24 px on a 1920×1080 screen, 16 px on 1280×720, in step with
 * the screen's smaller side so a 4:3 projector gets the same proportions; never under 16 px.
 */
export function slideFontSize(width: number, height: number): number {
  return Math.max(16, Math.floor(Math.min(width / 80, height / 45) * 4) / 4);
}

function useWindowWidth(): number {
  return useSyncExternalStore(subscribeResize, () => window.innerWidth);
}

function useSlideFontSize(): number {
  return useSyncExternalStore(subscribeResize, () =>
    slideFontSize(window.innerWidth, window.innerHeight),
  );
}

function toggleFullScreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/** The dark theme's chart colours: every series lightened to keep 3:1 contrast with black. */
const DARK_COLORS: ChartColors = {
  color: darkColor,
  background: '#000000',
  derivedOpacity: DARK_DERIVED_OPACITY,
};

const AUTO_CHOICES = [5, 10, 15, 20, 30, 60, 120];

const button =
  'rounded border border-current px-[0.6em] py-[0.15em] font-semibold hover:bg-slate-200 focus-visible:outline-3 disabled:opacity-60';

/** Counts seconds on the slide while auto-advance runs, and moves on when they are up. */
function useAutoAdvance(
  seconds: number | null,
  running: boolean,
  slideKey: string,
  advance: () => void,
): number {
  const [shown, setShown] = useState({ slideKey: '', elapsed: 0 });
  // The count restarts only for a new slide: the slide list is rebuilt when a panel reports its
  // shape after it loads, and that must not reset the time already spent on the slide.
  const next = useRef(advance);
  useEffect(() => {
    next.current = advance;
  }, [advance]);
  useEffect(() => {
    if (seconds === null || !running) return;
    let elapsed = 0;
    const timer = setInterval(() => {
      elapsed += 1;
      if (elapsed >= seconds) next.current();
      else setShown({ slideKey, elapsed });
    }, 1000);
    return () => clearInterval(timer);
  }, [seconds, running, slideKey]);
  return running && shown.slideKey === slideKey ? shown.elapsed : 0;
}

/**
 * One slide at a time, filling the screen, driven by the keyboard: → / PageDown / Space next,
 * ← / PageUp previous, Home / End, t chart or table, f full screen, Esc leaves. A panel with two
 * charts takes two slides, a table too long for one slide continues on the next. The panel is in
 * the URL, so a link opens straight on it; `auto=N` moves on every N seconds, looping at the end,
 * until a key, click or touch pauses it. Given a deck, it steps through the deck's slides instead,
 * each under its own filters and title, with its speaker note shown and hidden by n.
 */
/**
 * A panel's parts and their pages in a view, as the panel said once drawn; until then, its own
 * count of charts or tables, a page each.
 */
function shapeOf(
  said: PanelShape | undefined,
  panel: PanelEntry,
  view: View,
): PanelShape | undefined {
  if (said) return said;
  const parts = view === 'chart' ? panel.charts : panel.tables;
  return parts ? Array<number>(parts).fill(1) : undefined;
}

export function Presenter({ dataset }: { dataset: Dataset }) {
  const PANELS = usePanels();
  const panel = usePanel();
  const view = useView();
  const auto = useAuto();
  const { setPanel, setPresent, setView, setAuto } = useFilterActions();
  const [theme, setTheme] = useState<Theme>(loadTheme);
  const [paused, setPaused] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const fontSize = useSlideFontSize();
  const width = useWindowWidth();
  const deck = usePresentedDeck();
  // t turns every deck slide to the other view; each slide keeps the view it was saved with.
  const [flipped, setFlipped] = useState(false);
  const [showNote, setShowNote] = useState(false);
  const deckView = (saved: View): View => flip(saved, flipped);

  // What each panel told us about its parts and pages, per view (see shapeOf).
  const [shapes, setShapes] = useState<ReadonlyMap<string, readonly number[]>>(new Map());
  // The closing notes slide's pages, as it said once laid out.
  const notesKey = deck ? 'deck:notes' : `${view}:notes`;
  const slides = useMemo(() => {
    const closing = shapes.get(notesKey)?.[0] ?? 1;
    if (deck) {
      const known = new Map<number, PanelShape>();
      deck.forEach((d, i) => {
        const v = flip(d.view, flipped);
        const shape = shapeOf(
          shapes.get(`deck:${i}:${v}`),
          PANELS.find((e) => e.id === d.panel)!,
          v,
        );
        if (shape) known.set(i, shape);
      });
      return deckSlideList(
        deck.map((d) => d.panel),
        known,
        closing,
      );
    }
    const known = new Map<PanelId, PanelShape>();
    for (const p of PANELS) {
      const shape = shapeOf(shapes.get(`${view}:${p.id}`), p, view);
      if (shape) known.set(p.id, shape);
    }
    return slideList(
      PANELS.map((p) => p.id),
      known,
      closing,
    );
  }, [shapes, view, deck, flipped, PANELS, notesKey]);

  // The panel comes from the URL; the part and page are kept here, for the panel they belong to.
  const [position, setPosition] = useState<Slide | null>(null);
  const current: Slide = deck
    ? (position ?? slides[0]!)
    : position && position.panel === panel
      ? position
      : { panel: panel ?? PANELS[0]!.id, part: 0, page: 0 };
  const index = slideIndex(slides, current);
  const slide = slides[index]!;
  const entry = PANELS.find((p) => p.id === slide.panel)!;
  const saved = deck && slide.deck !== undefined ? deck[slide.deck] : undefined;
  const slideView = saved ? deckView(saved.view) : view;
  const pageView = usePageFilterSet();
  // The line names what this slide draws: the Place panel its place against its comparator.
  const filterLine = lineOf(dataset, { ...(saved ?? pageView), panel: slide.panel });
  const toggleView = useCallback(() => {
    if (deck) setFlipped((f) => !f);
    else setView(view === 'chart' ? 'table' : 'chart');
  }, [deck, view, setView]);

  const go = useCallback(
    (i: number) => {
      const next = slides[i]!;
      setPosition(next);
      // A deck slide is not a panel of the page: the link keeps the deck, not the panel.
      if (!deck) setPanel(next.panel);
    },
    [slides, setPanel, deck],
  );

  useEffect(() => {
    root.current?.focus();
    // Put the slide in the URL from the start, so the link always reopens this slide.
    if (!panel && !deck) setPanel(PANELS[0]!.id);
  }, [panel, setPanel, deck, PANELS]);

  // The presenter view, if one is open, follows this window and moves it.
  const consoleState = useMemo<SlideState>(
    () => ({ slides, index, deck, page: pageView, flipped }),
    [slides, index, deck, pageView, flipped],
  );
  const presenterView = useConsoleLink(consoleState, go);
  // The audience never sees a note while the presenter view shows it.
  const noteShown = showNote && !presenterView.connected;

  const running = auto !== null && !paused;
  const slideKey = `${slideView}:${slide.deck ?? ''}:${slide.closing ? 'notes' : slide.panel}:${slide.part}:${slide.page}`;
  const advance = useCallback(() => go(step(slides, index, 1, true)), [go, slides, index]);
  const elapsed = useAutoAdvance(auto, running, slideKey, advance);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Any key stops auto-advance: someone is presenting by hand now.
      setPaused(true);
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target instanceof HTMLElement && e.target.closest('input, select, textarea')) return;
      const onButton = e.target instanceof HTMLElement && e.target.closest('button');
      const actions: Record<string, () => void> = {
        ArrowRight: () => go(step(slides, index, 1)),
        PageDown: () => go(step(slides, index, 1)),
        ArrowLeft: () => go(step(slides, index, -1)),
        PageUp: () => go(step(slides, index, -1)),
        Home: () => go(0),
        End: () => go(slides.length - 1),
        Escape: () => setPresent(false),
        f: toggleFullScreen,
        t: toggleView,
      };
      if (deck) actions.n = () => setShowNote((shown) => !shown);
      // Space presses a focused button; elsewhere it moves on, as in slide software.
      if (e.key === ' ' && !onButton) actions[' '] = () => go(step(slides, index, 1));
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    // A click or touch on the slide pauses too; the toolbar's own controls say what they do.
    const onPointer = (e: PointerEvent) => {
      if (!(e.target instanceof Element && e.target.closest('.presenter-bar'))) setPaused(true);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [index, slides, go, setPresent, toggleView, deck]);

  const switchTheme = () => {
    const next = theme === 'light' ? 'dark' : 'light';
    setTheme(next);
    saveTheme(next);
  };

  const shapeKey = slide.closing
    ? notesKey
    : deck
      ? `deck:${slide.deck}:${slideView}`
      : `${view}:${slide.panel}`;
  const presenting = useMemo<Presenting>(
    () => ({
      fontSize,
      width,
      colors: theme === 'dark' ? DARK_COLORS : undefined,
      filterLine,
      title: saved?.title || undefined,
      headline: saved?.headline || undefined,
      part: slide.part,
      page: slide.page,
      setPages: (parts, part, pages) =>
        setShapes((known) => {
          const before = known.get(shapeKey) ?? [];
          const after = Array.from({ length: parts }, (_, i) =>
            i === part ? pages : (before[i] ?? 1),
          );
          return after.join() === before.join() ? known : new Map(known).set(shapeKey, after);
        }),
    }),
    [
      fontSize,
      width,
      theme,
      filterLine,
      saved?.title,
      saved?.headline,
      slide.part,
      slide.page,
      shapeKey,
    ],
  );

  // What the closing slide lists: the panels of the slides shown, under their own filters.
  const shown = useMemo<ShownPanel[]>(
    () =>
      deck
        ? deck.map((d, i) => ({
            key: `deck:${i}`,
            entry: PANELS.find((e) => e.id === d.panel)!,
            filters: d,
            title: d.title || undefined,
          }))
        : PANELS.map((entry) => ({ key: entry.id, entry, filters: null })),
    [deck, PANELS],
  );

  const autoChoices = auto === null || AUTO_CHOICES.includes(auto) ? AUTO_CHOICES : [auto];
  return (
    <div
      ref={root}
      tabIndex={-1}
      role="region"
      aria-label="Presenter mode"
      style={{ '--slide-font': `${fontSize}px` } as CSSProperties}
      className={`presenter theme-${theme} fixed inset-0 z-40 flex flex-col overflow-hidden focus:outline-none`}
    >
      <div className="presenter-bar relative flex flex-wrap items-center gap-x-[0.75em] gap-y-1 px-[2vw] py-[0.3em]">
        <p aria-live="polite" className="mr-auto">
          <span className="max-sm:hidden">Slide </span>
          {index + 1} of {slides.length}
          {presenterView.connected && (
            <span className="max-sm:sr-only"> · presenter view open</span>
          )}
        </p>
        <button
          type="button"
          className={button}
          aria-label="Previous slide"
          aria-keyshortcuts="ArrowLeft"
          onClick={() => go(step(slides, index, -1))}
          disabled={index === 0}
        >
          ←
        </button>
        <button
          type="button"
          className={button}
          aria-label="Next slide"
          aria-keyshortcuts="ArrowRight"
          onClick={() => go(step(slides, index, 1))}
          disabled={index === slides.length - 1}
        >
          →
        </button>
        <button
          type="button"
          className={button}
          aria-pressed={slideView === 'table'}
          aria-keyshortcuts="t"
          onClick={toggleView}
        >
          Table
        </button>
        {deck && !presenterView.connected && (
          <button
            type="button"
            className={button}
            aria-pressed={showNote}
            aria-keyshortcuts="n"
            onClick={() => setShowNote((shown) => !shown)}
          >
            Note
          </button>
        )}
        {/* A second window is for a laptop beside a projector, not a phone: there it would only
            crowd the toolbar. */}
        <button type="button" className={`${button} max-sm:hidden`} onClick={presenterView.open}>
          Open presenter view
        </button>
        <label className="flex items-center gap-[0.3em]">
          {/* On a phone the toolbar keeps to a strip: short words, the same names. */}
          <span className="max-sm:sr-only">Auto</span>
          <select
            className="rounded border border-current bg-transparent px-[0.2em]"
            value={auto ?? ''}
            onChange={(e) => {
              setAuto(e.target.value === '' ? null : Number(e.target.value));
              setPaused(false);
            }}
          >
            <option value="">off</option>
            {autoChoices.map((s) => (
              <option key={s} value={s}>
                every {s} s
              </option>
            ))}
          </select>
        </label>
        {auto !== null && (
          <button
            type="button"
            className={button}
            aria-pressed={running}
            onClick={() => setPaused(running)}
          >
            {running ? 'Pause' : 'Play'}
          </button>
        )}
        <button
          type="button"
          className={button}
          onClick={switchTheme}
          aria-pressed={theme === 'dark'}
        >
          Dark<span className="max-sm:sr-only"> theme</span>
        </button>
        <button type="button" className={button} aria-keyshortcuts="f" onClick={toggleFullScreen}>
          Full<span className="max-sm:sr-only"> screen</span>
        </button>
        <button
          type="button"
          className={button}
          aria-keyshortcuts="Escape"
          onClick={() => setPresent(false)}
        >
          Exit
        </button>
        {auto !== null && (
          <div
            role="progressbar"
            aria-label="Time to the next slide"
            aria-valuemin={0}
            aria-valuemax={auto}
            aria-valuenow={elapsed}
            aria-valuetext={running ? `next slide in ${auto - elapsed} s` : 'paused'}
            className="slide-progress absolute inset-x-0 bottom-0 h-[0.3em]"
          >
            <div
              className="h-full bg-current transition-[width] duration-1000 ease-linear"
              style={{ width: `${((running ? elapsed + 1 : elapsed) / auto) * 100}%` }}
            />
          </div>
        )}
      </div>
      <UrlNotices />
      {presenterView.problem && (
        <p role="alert" className="px-[2vw] py-[0.3em]">
          {presenterView.problem}
        </p>
      )}
      <div className="slide flex min-h-0 flex-1 flex-col px-[2vw] pt-[1.2vh] pb-[1.5vh]">
        <PresentingContext.Provider value={presenting}>
          {slide.closing ? (
            <NotesSlide dataset={dataset} shown={shown} presenting={presenting} />
          ) : (
            <SlideFiltersContext.Provider value={saved ? { ...saved, view: slideView } : null}>
              <PanelBoundary key={`${slide.deck ?? ''}:${entry.id}`} id={entry.id}>
                <entry.Component dataset={dataset} />
              </PanelBoundary>
            </SlideFiltersContext.Provider>
          )}
        </PresentingContext.Provider>
      </div>
      {saved && noteShown && (
        <aside
          aria-label="Speaker note"
          className="speaker-note border-t border-current px-[2vw] py-[0.5em] whitespace-pre-wrap"
        >
          {saved.note || 'No speaker note for this slide.'}
        </aside>
      )}
    </div>
  );
}
