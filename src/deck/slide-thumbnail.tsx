import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { PanelCapture } from '../components/panel-capture';
import { usePanels } from '../components/panel-registry';
import type { Presenting } from '../components/presenting';
import { ScaledSlide, SLIDE_DRAWN } from '../components/scaled-slide';
import type { Dataset } from '../data/dataset';
import type { DeckSlide } from '../state/deck';
import { filterLine } from '../state/filter-line';

/** A fifth of the size the slide is drawn at. */
const SCALE = 0.2;

/** What the slide's panel computes under the slide's filters: the defaults an edit replaces. */
export interface Computed {
  title: string;
  takeaway: string;
}

const ignore = () => {};

/**
 * A small picture of a slide: the slide itself, drawn as presented under its own filters and
 * scaled down. It is drawn only once the list item is on screen and the page is idle, so a long
 * deck's list shows at once. The panel reports its own title and headline on the way.
 */
export function SlideThumbnail({
  slide,
  dataset,
  onComputed,
}: {
  slide: DeckSlide;
  dataset: Dataset;
  onComputed: (computed: Computed) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || shown) return;
    let idle: number | undefined;
    const show = () => {
      // A transition, so that React draws the slide in slices between the page's other work.
      idle = window.setTimeout(() => startTransition(() => setShown(true)), 0);
    };
    if (typeof IntersectionObserver === 'undefined') {
      show();
      return () => window.clearTimeout(idle);
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        show();
      }
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      window.clearTimeout(idle);
    };
  }, [shown]);

  // The slide's panel draws the ids the page's own panel has (its section, its heading): taken
  // off here, as they appear, so links, labels and skip links find the page's panel only.
  useEffect(() => {
    const el = box.current;
    if (!el || !shown) return;
    const strip = () => el.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
    strip();
    const observer = new MutationObserver(strip);
    observer.observe(el, { subtree: true, childList: true, attributeFilter: ['id'] });
    return () => observer.disconnect();
  }, [shown]);

  const entry = usePanels().find((p) => p.id === slide.panel)!;
  const presenting = useMemo<Presenting>(
    () => ({
      fontSize: SLIDE_DRAWN.font,
      width: SLIDE_DRAWN.width,
      filterLine: filterLine(dataset, slide),
      title: slide.title || undefined,
      headline: slide.headline || undefined,
      part: 0,
      page: 0,
      setPages: ignore,
    }),
    [dataset, slide],
  );
  const capture = useMemo<PanelCapture>(
    () => ({ panel: (m) => onComputed({ title: m.title, takeaway: m.takeaway }), key: ignore }),
    [onComputed],
  );
  return (
    <div
      ref={box}
      aria-hidden="true"
      inert
      className="slide-thumbnail relative shrink-0 overflow-hidden rounded border border-slate-300 bg-white"
      style={{ width: SLIDE_DRAWN.width * SCALE, height: SLIDE_DRAWN.height * SCALE }}
    >
      {shown && (
        <ScaledSlide
          panel={entry}
          dataset={dataset}
          filters={slide}
          presenting={presenting}
          capture={capture}
          scale={SCALE}
        />
      )}
    </div>
  );
}
