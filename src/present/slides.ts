import type { PanelId } from '../state/filters';

/**
 * One slide of presenter mode: a panel, which of its parts (the chart of a two-chart panel, or
 * the table of a panel with several) and which page of that part (a table too long for one
 * slide continues on the next).
 */
export interface Slide {
  /** Which slide of a deck, when presenting one: a deck may show a panel more than once. */
  deck?: number;
  panel: PanelId;
  part: number;
  page: number;
  /** The closing "Notes and sources" slide (its panel is the last one shown). */
  closing?: true;
}

/** How many pages each part of a panel takes on a slide, in the current view: [1, 1] is two
 * charts; [2] one table over two slides. */
export type PanelShape = readonly number[];

/** The closing "Notes and sources" slides after these, as many as its pages (none when 0). */
function closingSlides(slides: Slide[], pages: number): Slide[] {
  const last = slides.at(-1);
  if (!last || pages === 0) return slides;
  return [
    ...slides,
    ...Array.from({ length: pages }, (_, page) => ({
      panel: last.panel,
      part: 0,
      page,
      closing: true as const,
    })),
  ];
}

/**
 * The slides for these panels, in order, then `closing` pages of notes and sources. A panel whose
 * shape is not known yet (its table has not been laid out on a slide) counts as one slide;
 * presenter mode lists the slides again once it is.
 */
export function slideList(
  panels: readonly PanelId[],
  shapes: ReadonlyMap<PanelId, PanelShape>,
  closing = 0,
): Slide[] {
  const slides = panels.flatMap((panel) => {
    const shape = shapes.get(panel) ?? [1];
    return shape.flatMap((pages, part) =>
      Array.from({ length: Math.max(1, pages) }, (_, page) => ({ panel, part, page })),
    );
  });
  return closingSlides(slides, closing);
}

/** The slides of a deck: each deck slide's panel, taking as many slides as its shape says, then
 * `closing` pages of notes and sources. */
export function deckSlideList(
  panels: readonly PanelId[],
  shapes: ReadonlyMap<number, PanelShape>,
  closing = 0,
): Slide[] {
  const slides = panels.flatMap((panel, deck) => {
    const shape = shapes.get(deck) ?? [1];
    return shape.flatMap((pages, part) =>
      Array.from({ length: Math.max(1, pages) }, (_, page) => ({ deck, panel, part, page })),
    );
  });
  return closingSlides(slides, closing);
}

/**
 * Where a slide is in the list: the exact slide, else the nearest one of its panel (a part or page
 * that no longer exists after a resize), else the first.
 */
export function slideIndex(slides: readonly Slide[], at: Slide): number {
  const exact = slides.findIndex(
    (s) =>
      s.deck === at.deck &&
      s.panel === at.panel &&
      s.part === at.part &&
      s.page === at.page &&
      s.closing === at.closing,
  );
  if (exact >= 0) return exact;
  let nearest = -1;
  slides.forEach((s, i) => {
    if (
      s.closing === at.closing &&
      s.deck === at.deck &&
      s.panel === at.panel &&
      (s.part < at.part || (s.part === at.part && s.page < at.page))
    )
      nearest = i;
  });
  if (nearest >= 0) return nearest;
  return Math.max(
    0,
    slides.findIndex((s) => s.deck === at.deck && s.panel === at.panel),
  );
}

/** The slide n steps on, looping past either end when `loop` is set, else stopping there. */
export function step(slides: readonly Slide[], from: number, n: number, loop = false): number {
  const to = from + n;
  if (loop) return ((to % slides.length) + slides.length) % slides.length;
  return Math.min(slides.length - 1, Math.max(0, to));
}
