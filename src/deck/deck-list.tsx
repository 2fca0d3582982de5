import {
  memo,
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { openPresenterWindow, POPUP_BLOCKED } from '../lib/presenter-window';
import { SlideThumbnail, type Computed } from './slide-thumbnail';
import { MAX_HEADLINE, MAX_TITLE, encodeFragment } from '../state/deck';
import { useDeckActions } from './deck-actions';
import { filterLine } from '../state/filter-line';
import type { Dataset } from '../data/dataset';
import type { DeckSlide } from '../state/deck';
import {
  addSlides,
  dismissRemovedSlide,
  moveSlide,
  moveSlideTo,
  removeSlide,
  renameSlide,
  setSlideHeadline,
  setSlideNote,
  undoRemoveSlide,
  useDeckSlides,
  useDeckStorageProblem,
  useRemovedSlide,
} from './deck-store';
import { useFilterActions, useLinkedDeck } from '../state/store';

const button =
  'rounded border border-brand px-3 py-1 text-sm font-semibold text-brand hover:bg-blue-50 disabled:opacity-60';

/**
 * The address that opens this deck anywhere: the page's address with the deck in its fragment
 * (`#deck=`), which no server receives, so no request-line limit or access log meets it.
 */
function deckLink(slides: readonly DeckSlide[]): string {
  const url = new URL(window.location.href);
  for (const key of ['panel', 'present', 'auto', 'deck']) url.searchParams.delete(key);
  url.hash = encodeFragment({ deck: [...slides] });
  return url.toString().replace(/%2C/gi, ',');
}

/** Longer than this, a link may be cut by an email or chat app, or refused by a link shortener. */
const LONG_LINK = 2000;

/** A slide being dragged: where it was, and where it would drop. */
interface Drag {
  id: string;
  from: number;
  to: number;
}

/**
 * Kept from drawing again when only the list's status or busy state changes: each item holds a
 * drawn thumbnail, and a 60-slide deck's items drawn again on every progress message held the page
 * for 90 ms at a time during a PowerPoint export.
 */
const SlideItem = memo(function SlideItem({
  slide,
  index,
  count,
  dataset,
  editable,
  drop,
  onMoved,
  onDragStart,
}: {
  slide: DeckSlide;
  index: number;
  count: number;
  dataset: Dataset;
  editable: boolean;
  /** Where a dragged slide would drop against this one, for the line that shows it. */
  drop: 'before' | 'after' | null;
  onMoved: (title: string, to: number) => void;
  onDragStart: (id: string, from: number, e: PointerEvent<HTMLElement>) => void;
}) {
  const n = index + 1;
  const ref = useRef<HTMLLIElement>(null);
  const [computed, setComputed] = useState<Computed | null>(null);
  // The panel reports on each drawing: the same words again change nothing.
  const onComputed = useCallback(
    (c: Computed) =>
      setComputed((was) => (was?.title === c.title && was.takeaway === c.takeaway ? was : c)),
    [],
  );
  const title = slide.title || computed?.title || '';
  const move = async (by: -1 | 1) => {
    await moveSlide(slide.id, by);
    onMoved(title, index + by);
    // Focus stays on the slide that moved, so it can be moved on with the keyboard.
    ref.current?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget || !editable) return;
    if (e.key === 'ArrowUp' && index > 0) {
      e.preventDefault();
      void move(-1);
    } else if (e.key === 'ArrowDown' && index < count - 1) {
      e.preventDefault();
      void move(1);
    }
  };
  const edited = slide.title !== '' && slide.title !== computed?.title;
  const reset = async () => {
    await renameSlide(slide.id, '');
    await setSlideHeadline(slide.id, '');
  };
  const line =
    drop === 'before'
      ? 'border-t-4 border-t-brand'
      : drop === 'after'
        ? 'border-b-4 border-b-brand'
        : '';
  return (
    <li
      ref={ref}
      tabIndex={editable ? 0 : undefined}
      onKeyDown={onKey}
      aria-label={`Slide ${n}: ${title}`}
      aria-keyshortcuts={editable ? 'ArrowUp ArrowDown' : undefined}
      data-slide-id={slide.id}
      className={`flex gap-3 rounded border border-slate-300 p-3 focus-visible:outline-3 max-sm:flex-col ${line}`}
    >
      <div className="flex shrink-0 items-start gap-2">
        {editable && (
          // The pointer's way to reorder; the Up and Down buttons (and ↑ ↓) are the keyboard's.
          <span
            aria-hidden="true"
            title="Drag to move this slide"
            className="drag-handle cursor-grab touch-none rounded px-1 text-xl leading-none text-slate-600 select-none hover:bg-slate-100"
            onPointerDown={(e) => onDragStart(slide.id, index, e)}
          >
            ⠿
          </span>
        )}
        <SlideThumbnail slide={slide} dataset={dataset} onComputed={onComputed} />
      </div>
      <div className="min-w-0 flex-1">
        <p className="font-semibold">
          Slide {n}: {title}
        </p>
        <p className="text-sm text-slate-700">{filterLine(dataset, slide)}</p>
        {editable ? (
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            <label className="grid gap-1 text-sm">
              Title of slide {n}
              <input
                className="rounded border border-slate-400 px-2 py-1"
                value={slide.title}
                placeholder={computed?.title}
                maxLength={MAX_TITLE}
                onChange={(e) => void renameSlide(slide.id, e.target.value)}
              />
            </label>
            <label className="grid gap-1 text-sm">
              Headline of slide {n}
              <textarea
                className="rounded border border-slate-400 px-2 py-1"
                rows={2}
                value={slide.headline ?? ''}
                placeholder={computed?.takeaway ?? 'The panel’s own headline'}
                maxLength={MAX_HEADLINE}
                onChange={(e) => void setSlideHeadline(slide.id, e.target.value)}
              />
            </label>
            <label className="grid gap-1 text-sm sm:col-span-2">
              Speaker note for slide {n}
              <textarea
                className="rounded border border-slate-400 px-2 py-1"
                rows={2}
                value={slide.note}
                maxLength={2000}
                onChange={(e) => void setSlideNote(slide.id, e.target.value)}
              />
            </label>
            <div className="flex flex-wrap gap-2 sm:col-span-2">
              <button
                type="button"
                className={button}
                aria-label={`Move slide ${n} up`}
                disabled={index === 0}
                onClick={() => void move(-1)}
              >
                ↑ Up
              </button>
              <button
                type="button"
                className={button}
                aria-label={`Move slide ${n} down`}
                disabled={index === count - 1}
                onClick={() => void move(1)}
              >
                ↓ Down
              </button>
              <button
                type="button"
                className={button}
                aria-label={`Reset slide ${n} to the computed title and headline`}
                disabled={!edited && !slide.headline}
                onClick={() => void reset()}
              >
                Reset to computed
              </button>
              <button
                type="button"
                className={button}
                aria-label={`Remove slide ${n}`}
                onClick={() => void removeSlide(slide.id)}
              >
                Remove
              </button>
            </div>
          </div>
        ) : (
          <>
            {slide.headline && <p className="mt-1 text-sm">Headline: {slide.headline}</p>}
            {slide.note && <p className="mt-1 text-sm whitespace-pre-wrap">Note: {slide.note}</p>}
          </>
        )}
      </div>
    </li>
  );
});

type Copy = { kind: 'idle' } | { kind: 'copied'; length: number } | { kind: 'failed'; url: string };

/**
 * The deck: the slides kept in this browser, or the deck a link opened. Present it, share it as
 * a link, download it as PowerPoint, print it; a stored deck's slides are renamed, noted,
 * reordered (buttons, or ↑ and ↓ on a focused slide) and removed with undo here.
 */
export function DeckList({ dataset, onPrint }: { dataset: Dataset; onPrint: () => void }) {
  const stored = useDeckSlides();
  const linked = useLinkedDeck();
  const removed = useRemovedSlide();
  const problem = useDeckStorageProblem();
  const { presentDeck, setLinkedDeck } = useFilterActions();
  const actions = useDeckActions();
  const [copy, setCopy] = useState<Copy>({ kind: 'idle' });
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [drag, setDrag] = useState<Drag | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const [moved, setMoved] = useState('');
  const onMoved = useCallback(
    (title: string, to: number) =>
      setMoved(`Moved “${title}” to position ${to + 1} of ${(linked ?? stored).length}.`),
    [linked, stored],
  );
  useEffect(() => {
    if (copy.kind !== 'copied') return;
    // A long link's advice stays long enough to be read.
    const timer = setTimeout(
      () => setCopy({ kind: 'idle' }),
      copy.length > LONG_LINK ? 15_000 : 4000,
    );
    return () => clearTimeout(timer);
  }, [copy]);

  const startDrag = useCallback((id: string, from: number, e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ id, from, to: from });
  }, []);

  const slides = linked ?? stored;
  if (slides.length === 0 && !removed) return null;

  const copyLink = async () => {
    const url = deckLink(slides);
    try {
      await navigator.clipboard.writeText(url);
      setCopy({ kind: 'copied', length: url.length });
    } catch {
      setCopy({ kind: 'failed', url });
    }
  };
  const downloadPptx = async () => {
    if (!actions) return;
    setBusy(true);
    setStatus('Making the PowerPoint file…');
    try {
      await actions.downloadDeck(slides, (drawn, total) =>
        setStatus(`Making the PowerPoint file… ${drawn} of ${total} slides drawn.`),
      );
      setStatus(`Downloaded briefing-deck.pptx, ${slides.length} slides.`);
    } catch (e) {
      setStatus(`The PowerPoint file could not be made: ${e instanceof Error ? e.message : e}`);
    } finally {
      setBusy(false);
    }
  };
  const openPresenterView = () => {
    // The window is opened first, in the click, as browsers allow; blocked, presenting waits.
    if (!openPresenterWindow()) {
      setStatus(POPUP_BLOCKED);
      return;
    }
    presentDeck([...slides]);
  };

  /** The position a drag at this height would drop the slide at: past the middles it is below. */
  const dropAt = (y: number): number => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>(':scope > li') ?? [])];
    const below = items.filter((li) => {
      const box = li.getBoundingClientRect();
      return y > box.top + box.height / 2;
    }).length;
    return Math.min(items.length - 1, below - (drag && below > drag.from ? 1 : 0));
  };
  const onDragMove = (e: PointerEvent<HTMLOListElement>) => {
    if (!drag) return;
    const to = Math.max(0, dropAt(e.clientY));
    if (to !== drag.to) setDrag({ ...drag, to });
  };
  const endDrag = async () => {
    if (!drag) return;
    setDrag(null);
    if (drag.to === drag.from) return;
    const slide = slides.find((s) => s.id === drag.id);
    await moveSlideTo(drag.id, drag.to);
    onMoved(slide?.title ?? '', drag.to);
  };

  const keep = async () => {
    if (!linked) return;
    await addSlides(linked.map(({ id: _id, ...rest }) => rest));
    setLinkedDeck(null);
  };

  return (
    <section
      aria-labelledby="deck-heading"
      id="deck"
      className="no-print rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="deck-heading" className="text-xl font-bold">
        {linked ? 'Deck from the link' : 'Deck'}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {slides.length} {slides.length === 1 ? 'slide' : 'slides'}
        {linked
          ? ', each with the filters it was saved with. Keep it to edit it here.'
          : ', each with the filters it was added with; kept in this browser.'}
      </p>
      {problem && !linked && <p className="mt-2 text-sm text-amber-900">{problem}</p>}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={button}
          disabled={slides.length === 0}
          onClick={() => presentDeck([...slides])}
        >
          Present deck
        </button>
        <button
          type="button"
          className={button}
          disabled={slides.length === 0}
          onClick={openPresenterView}
        >
          Open presenter view
        </button>
        <button
          type="button"
          className={button}
          disabled={slides.length === 0}
          onClick={() => void copyLink()}
        >
          Copy deck link
        </button>
        <button
          type="button"
          className={button}
          disabled={slides.length === 0 || busy || !actions}
          onClick={() => void downloadPptx()}
        >
          Download as PowerPoint (.pptx)
        </button>
        <button type="button" className={button} disabled={slides.length === 0} onClick={onPrint}>
          Print deck
        </button>
        {linked && (
          <>
            <button type="button" className={button} onClick={() => void keep()}>
              Keep in my deck
            </button>
            <button type="button" className={button} onClick={() => setLinkedDeck(null)}>
              Close the link's deck
            </button>
          </>
        )}
        <span role="status" className="text-sm">
          {copy.kind === 'copied'
            ? copy.length > LONG_LINK
              ? `Deck link copied. It is long (${copy.length.toLocaleString('en-GB')} characters): some email and chat apps cut long links, so check it opens, or share the PowerPoint file instead.`
              : 'Deck link copied.'
            : (status ?? '')}
        </span>
      </div>
      {copy.kind === 'failed' && (
        <label className="mt-2 grid gap-1 text-sm">
          The browser did not allow copying; copy the deck link from here:
          <input
            readOnly
            className="rounded border border-slate-400 px-2 py-1"
            value={copy.url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
      {removed && !linked && (
        <p role="status" className="mt-3 text-sm">
          Removed “{removed.title}”.{' '}
          <button
            type="button"
            className="font-semibold underline"
            onClick={() => void undoRemoveSlide()}
          >
            Undo
          </button>{' '}
          <button type="button" className="underline" onClick={dismissRemovedSlide}>
            Dismiss
          </button>
        </p>
      )}
      <p aria-live="polite" className="mt-2 text-sm">
        {moved}
      </p>
      <ol
        ref={list}
        className="mt-3 grid gap-3"
        aria-label="Deck slides"
        onPointerMove={onDragMove}
        onPointerUp={() => void endDrag()}
        onPointerCancel={() => setDrag(null)}
      >
        {slides.map((s, i) => (
          <SlideItem
            key={s.id}
            slide={s}
            index={i}
            count={slides.length}
            dataset={dataset}
            editable={!linked}
            drop={
              drag && drag.to === i && drag.to !== drag.from
                ? drag.to < drag.from
                  ? 'before'
                  : 'after'
                : null
            }
            onMoved={onMoved}
            onDragStart={startDrag}
          />
        ))}
      </ol>
    </section>
  );
}
