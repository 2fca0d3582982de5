import {
  MEASURES,
  PANEL_IDS,
  VIEWS,
  type DeckSlide,
  type SlideFilters,
  type View,
} from '../state/filters';
import type { Slide } from './slides';

/**
 * The presenter view and the audience window talk over one BroadcastChannel of the origin. The
 * audience window owns the slides (it knows how many slides a long table takes on its screen):
 * it tells their list and the current one whenever either changes; the presenter view asks it to
 * go to a slide. Anything else on the channel, or a message of the wrong shape, is ignored.
 */
export const CONSOLE_CHANNEL = 'presenter-view';

/** Where the presentation is, as the audience window has it. */
export interface SlideState {
  slides: Slide[];
  index: number;
  /** The deck presented; null when presenting the page's own panels. */
  deck: DeckSlide[] | null;
  /** The page's filters, for the page's own slides. */
  page: SlideFilters;
  /** t in a deck turns every slide to its other view. */
  flipped: boolean;
}

export type ConsoleMessage =
  /** Presenter view → audience: a presenter view has opened; tell it where things are. */
  | { type: 'hello' }
  /** Presenter view → audience: go to this slide. */
  | { type: 'go'; index: number }
  /** Audience → presenter view. */
  | ({ type: 'state' } & SlideState)
  /** Either way: this window is closing (`closed`) or has left presenter mode (`exited`). */
  | { type: 'bye'; from: 'audience' | 'console'; reason: 'closed' | 'exited' };

type Loose = Record<string, unknown>;

const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null;
const isIndex = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isStrings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
const oneOf = (list: readonly string[], x: unknown) => typeof x === 'string' && list.includes(x);

function isSlide(x: unknown): x is Slide {
  return (
    isObject(x) &&
    oneOf(PANEL_IDS, x.panel) &&
    isIndex(x.part) &&
    isIndex(x.page) &&
    (x.deck === undefined || isIndex(x.deck)) &&
    (x.closing === undefined || x.closing === true)
  );
}

function isView(x: unknown): boolean {
  return (
    isObject(x) &&
    isStrings(x.geos) &&
    (x.platforms === null || isStrings(x.platforms)) &&
    Number.isInteger(x.from) &&
    Number.isInteger(x.to) &&
    oneOf(MEASURES, x.measure) &&
    oneOf(VIEWS, x.view) &&
    typeof x.place === 'string' &&
    (x.compare === null || (Array.isArray(x.compare) && x.compare.every(Number.isInteger)))
  );
}

function isDeckSlide(x: unknown): x is DeckSlide {
  return (
    isObject(x) &&
    isView(x) &&
    typeof x.id === 'string' &&
    oneOf(PANEL_IDS, x.panel) &&
    typeof x.title === 'string' &&
    typeof x.note === 'string' &&
    (x.headline === undefined || typeof x.headline === 'string')
  );
}

function isState(x: Loose): boolean {
  if (!Array.isArray(x.slides) || !x.slides.every(isSlide) || x.slides.length === 0) return false;
  if (!isIndex(x.index) || x.index >= x.slides.length || typeof x.flipped !== 'boolean')
    return false;
  if (!isView(x.page)) return false;
  if (x.deck === null) return x.slides.every((s: Slide) => s.deck === undefined);
  const deck = x.deck;
  // The closing "Notes and sources" slides belong to no one deck slide.
  return (
    Array.isArray(deck) &&
    deck.every(isDeckSlide) &&
    x.slides.every((s: Slide) =>
      s.closing ? s.deck === undefined : s.deck !== undefined && s.deck < deck.length,
    )
  );
}

/** The message, when it is one of the protocol's and whole; else null. */
export function parseMessage(data: unknown): ConsoleMessage | null {
  if (!isObject(data)) return null;
  switch (data.type) {
    case 'hello':
      return { type: 'hello' };
    case 'go':
      return isIndex(data.index) ? { type: 'go', index: data.index } : null;
    case 'bye':
      return oneOf(['audience', 'console'], data.from) && oneOf(['closed', 'exited'], data.reason)
        ? (data as ConsoleMessage)
        : null;
    case 'state':
      return isState(data) ? (data as unknown as ConsoleMessage) : null;
    default:
      return null;
  }
}

/** The other view when `flipped` (t in a deck turns every slide to it). */
export function flip(view: View, flipped: boolean): View {
  return flipped ? (view === 'chart' ? 'table' : 'chart') : view;
}

/** The filters a slide is drawn under: its deck slide's (in the view t chose), or the page's. */
export function slideFilters(state: SlideState, slide: Slide): SlideFilters {
  const saved = slide.deck === undefined ? undefined : state.deck?.[slide.deck];
  return saved ? { ...saved, view: flip(saved.view, state.flipped) } : state.page;
}
