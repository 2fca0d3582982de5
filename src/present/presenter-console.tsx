import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Dataset } from '../data/dataset';
import type { Presenting } from '../components/presenting';
import type { PanelCapture } from '../components/panel-capture';
import { usePanels } from '../components/panel-registry';
import { ScaledSlide, SLIDE_DRAWN } from '../components/scaled-slide';
import { filterLine } from '../state/filter-line';
import { encodeFragment } from '../state/deck';
import { encodeView, queryOf } from '../state/view';
import { reopenWindow, POPUP_BLOCKED } from '../lib/presenter-window';
import {
  CONSOLE_CHANNEL,
  parseMessage,
  slideFilters,
  type ConsoleMessage,
  type SlideState,
} from './console-channel';
import { step, type Slide } from './slides';

const button =
  'rounded border border-current px-3 py-1 font-semibold hover:bg-slate-200 focus-visible:outline-3 disabled:opacity-60';

type Audience = 'waiting' | 'open' | 'closed' | 'exited';

/** Minutes and seconds (hours too, past the first), as a clock shows them. */
export function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Time since the view opened or the timer was reset: a component of its own, so its ticking
 * does not draw the slides again every second. */
function Timer() {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const reset = () => {
    const t = Date.now();
    setStart(t);
    setNow(t);
  };
  return (
    <>
      <p className="text-lg tabular-nums">
        <span role="timer" aria-label="Time presenting">
          {clock(Math.max(0, Math.floor((now - start) / 1000)))}
        </span>
      </p>
      <button type="button" className={button} onClick={reset}>
        Reset timer
      </button>
    </>
  );
}

/** The address that opens the audience window again, on the slide's panel or the deck. */
function audienceUrl(state: SlideState, slide: Slide): string {
  const parts = encodeView(state.page, null);
  parts.push(['present', '1']);
  if (!state.deck) parts.push(['panel', slide.panel]);
  const fragment = state.deck ? `#${encodeFragment({ deck: state.deck })}` : '';
  return `${window.location.pathname}?${queryOf(parts)}${fragment}`;
}

const noCapture = () => {};

/** The scale that fits a slide drawn at DRAWN's width into the box's width. */
function useScaleToFit(box: RefObject<HTMLDivElement | null>): number {
  const [scale, setScale] = useState(0.5);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setScale(el.clientWidth / SLIDE_DRAWN.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, [box]);
  return scale;
}

/** One slide drawn small, as presenter mode draws it, under its own filters. */
function SlidePreview({
  dataset,
  state,
  slide,
  label,
  onTakeaway,
}: {
  dataset: Dataset;
  state: SlideState;
  slide: Slide;
  label: string;
  onTakeaway?: (takeaway: string) => void;
}) {
  const entry = usePanels().find((p) => p.id === slide.panel)!;
  const filters = useMemo(() => slideFilters(state, slide), [state, slide]);
  const saved = slide.deck === undefined ? undefined : state.deck?.[slide.deck];
  const box = useRef<HTMLDivElement>(null);
  const scale = useScaleToFit(box);
  const presenting = useMemo<Presenting>(
    () => ({
      fontSize: SLIDE_DRAWN.font,
      width: SLIDE_DRAWN.width,
      filterLine: filterLine(dataset, { ...filters, panel: slide.panel }),
      title: saved?.title || undefined,
      headline: saved?.headline || undefined,
      part: slide.part,
      page: slide.page,
      setPages: noCapture,
    }),
    [dataset, filters, saved, slide.panel, slide.part, slide.page],
  );
  // The panel's own headline is reported here, for the note beside an edited one.
  const capture = useMemo<PanelCapture>(
    () => ({ panel: (m) => onTakeaway?.(m.takeaway), key: noCapture }),
    [onTakeaway],
  );
  return (
    <div
      ref={box}
      role="group"
      aria-label={label}
      className="relative aspect-video overflow-hidden rounded border border-slate-400 bg-white"
    >
      <ScaledSlide
        key={`${slide.deck ?? ''}:${entry.id}`}
        panel={entry}
        dataset={dataset}
        filters={filters}
        presenting={presenting}
        capture={capture}
        scale={scale}
      />
    </div>
  );
}

/** The closing "Notes and sources" pages, named rather than drawn: the audience reads them. */
function ClosingPreview({ label }: { label: string }) {
  return (
    <div
      role="group"
      aria-label={label}
      className="flex aspect-video items-center justify-center rounded border border-slate-400 bg-white p-4 text-2xl font-semibold"
    >
      Notes and sources
    </div>
  );
}

/**
 * The presenter view, in a window of its own: the current slide, the next one smaller, the
 * speaker note, where the presentation is and how long it has run. The audience window owns the
 * slides; the keys here (→ ← Space PageUp PageDown Home End) move it, and it moves this view.
 * When it closes, this view says so, still moves through the slides, and can open it again.
 */
export function PresenterConsole({ dataset }: { dataset: Dataset }) {
  const [state, setState] = useState<SlideState | null>(null);
  const [audience, setAudience] = useState<Audience>('waiting');
  const [problem, setProblem] = useState<string | null>(null);
  const [computed, setComputed] = useState<{ key: string; text: string } | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  // After reopening the audience window, it is taken to the slide this view was on.
  const wanted = useRef<number | null>(null);

  useEffect(() => {
    document.title = 'Presenter view';
    const ch = new BroadcastChannel(CONSOLE_CHANNEL);
    channel.current = ch;
    const send = (m: ConsoleMessage) => ch.postMessage(m);
    // The audience window learns that this view follows it only from a hello. One whose
    // presenter mode started after this view's first hello is greeted when it is first heard
    // from: until then it would show the speaker note on its own screen.
    let greeted = false;
    ch.onmessage = (e: MessageEvent) => {
      const m = parseMessage(e.data);
      if (m?.type === 'state') {
        if (!greeted) send({ type: 'hello' });
        greeted = true;
        const next: SlideState = {
          slides: m.slides,
          index: m.index,
          deck: m.deck,
          page: m.page,
          flipped: m.flipped,
        };
        setAudience('open');
        if (wanted.current !== null && wanted.current < next.slides.length) {
          send({ type: 'go', index: wanted.current });
          setState({ ...next, index: wanted.current });
        } else setState(next);
        wanted.current = null;
      } else if (m?.type === 'bye' && m.from === 'audience') {
        greeted = false;
        setAudience(m.reason);
      }
    };
    send({ type: 'hello' });
    const closing = () => send({ type: 'bye', from: 'console', reason: 'closed' });
    window.addEventListener('pagehide', closing);
    return () => {
      window.removeEventListener('pagehide', closing);
      closing();
      ch.close();
      channel.current = null;
    };
  }, []);

  const go = (index: number) => {
    if (!state || index === state.index) return;
    setState({ ...state, index });
    // With no audience window, the view still steps through the slides on its own.
    if (audience === 'open') channel.current?.postMessage({ type: 'go', index } as ConsoleMessage);
  };
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!state || e.ctrlKey || e.metaKey || e.altKey) return;
      const onButton = e.target instanceof HTMLElement && e.target.closest('button');
      const { slides, index } = state;
      const to: Record<string, number> = {
        ArrowRight: step(slides, index, 1),
        PageDown: step(slides, index, 1),
        ArrowLeft: step(slides, index, -1),
        PageUp: step(slides, index, -1),
        Home: 0,
        End: slides.length - 1,
      };
      if (e.key === ' ' && !onButton) to[' '] = step(slides, index, 1);
      const index2 = to[e.key];
      if (index2 === undefined) return;
      e.preventDefault();
      goRef.current(index2);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state]);

  const slide = state?.slides[state.index];
  const next = state?.slides[state.index + 1];
  const saved = slide?.deck === undefined ? undefined : state?.deck?.[slide.deck];
  // The panel's own headline, as the current slide's panel reports it, for that slide only.
  const takeawayKey = slide ? `${slide.deck ?? ''}:${slide.panel}` : '';
  const onTakeaway = useCallback(
    // The same text again (the panel reports on each drawing) changes nothing.
    (text: string) =>
      setComputed((was) =>
        was?.key === takeawayKey && was.text === text ? was : { key: takeawayKey, text },
      ),
    [takeawayKey],
  );
  const ownHeadline = computed?.key === takeawayKey ? computed.text : null;

  const reopen = () => {
    if (!state || !slide) return;
    const opened = reopenWindow(audienceUrl(state, slide));
    setProblem(opened ? null : POPUP_BLOCKED);
    if (opened) {
      wanted.current = state.index;
      setAudience('waiting');
    }
  };

  return (
    <div
      role="region"
      aria-label="Presenter view"
      className="fixed inset-0 z-40 flex flex-col overflow-auto bg-slate-100 text-slate-950"
    >
      <div className="flex flex-wrap items-center gap-3 border-b border-slate-300 bg-white px-4 py-2">
        <h1 className="mr-auto text-lg font-bold">Presenter view</h1>
        {state && (
          <p aria-live="polite" className="text-lg font-semibold">
            Slide {state.index + 1} of {state.slides.length}
          </p>
        )}
        <button
          type="button"
          className={button}
          aria-label="Previous slide"
          disabled={!state || state.index === 0}
          onClick={() => state && go(step(state.slides, state.index, -1))}
        >
          ←
        </button>
        <button
          type="button"
          className={button}
          aria-label="Next slide"
          disabled={!state || state.index === state.slides.length - 1}
          onClick={() => state && go(step(state.slides, state.index, 1))}
        >
          →
        </button>
        <Timer />
      </div>
      {(audience === 'closed' || audience === 'exited') && (
        <div role="alert" className="flex flex-wrap items-center gap-3 bg-amber-100 px-4 py-2">
          <p>
            {audience === 'closed'
              ? 'The audience window was closed.'
              : 'The audience window left presenter mode.'}{' '}
            The keys here still move through the slides.
          </p>
          <button type="button" className={button} onClick={reopen}>
            Reopen the audience window
          </button>
        </div>
      )}
      {problem && (
        <p role="alert" className="bg-amber-100 px-4 py-2">
          {problem}
        </p>
      )}
      {!state || !slide ? (
        <p role="status" className="p-6 text-lg">
          {audience === 'waiting'
            ? 'Waiting for the audience window: press “Open presenter view” in presenter mode there.'
            : 'No slides to show.'}
        </p>
      ) : (
        <div className="grid min-h-0 flex-1 gap-4 p-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          {slide.closing ? (
            <ClosingPreview label="Current slide" />
          ) : (
            <SlidePreview
              dataset={dataset}
              state={state}
              slide={slide}
              label="Current slide"
              onTakeaway={onTakeaway}
            />
          )}
          <div className="flex min-w-0 flex-col gap-4">
            {next?.closing ? (
              <ClosingPreview label="Next slide" />
            ) : next ? (
              <SlidePreview dataset={dataset} state={state} slide={next} label="Next slide" />
            ) : (
              <p className="rounded border border-dashed border-slate-400 p-4">
                The last slide: nothing after it.
              </p>
            )}
            <aside
              aria-label="Speaker note"
              className="rounded border border-slate-300 bg-white p-3 text-lg whitespace-pre-wrap"
            >
              {saved
                ? saved.note || 'No speaker note for this slide.'
                : 'These are the page’s own panels: they have no speaker notes.'}
              {saved?.headline && ownHeadline && ownHeadline !== saved.headline && (
                <span className="mt-2 block text-base text-slate-700">
                  The dashboard’s own headline: {ownHeadline}
                </span>
              )}
            </aside>
          </div>
        </div>
      )}
    </div>
  );
}
