import { createContext, useContext, useLayoutEffect, useState } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { whenIdle } from '../lib/when-idle';
import {
  DEFAULT_PLACE,
  defaultFilters,
  embedOf,
  viewOf,
  type Filters,
  type Measure,
  type PanelId,
  type SlideFilters,
  type View,
} from './filters';
import type { DeckSlide } from './deck';
import {
  decodeFilters,
  deckInFragment,
  encodeFilters,
  isSafeLink,
  type Decoded,
  type UrlContext,
} from './url';

/** The deck link reader, once a deck link has needed it. */
let deckCodec: typeof import('./deck') | null = null;

interface FilterStore extends Filters {
  /** The deck presenter mode steps through (not in the URL: a stored deck travels by its link). */
  presenting: DeckSlide[] | null;
  /** Why parts of the opened link were ignored; shown until dismissed. */
  notices: string[];
  /** Whether the address has been read: until then the page draws no panel (useUrlSync). */
  urlRead: boolean;
  actions: FilterActions;
}

interface FilterActions {
  toggleGeo: (id: string) => void;
  togglePlatform: (id: string, all: readonly string[]) => void;
  setAllPlatforms: () => void;
  setYears: (from: number, to: number) => void;
  setMeasure: (measure: Measure) => void;
  setView: (view: View) => void;
  setPanel: (panel: PanelId | null) => void;
  setPresent: (present: boolean) => void;
  setPlace: (place: string) => void;
  /** Keep only this geography (or platform) selected. */
  onlyGeo: (id: string) => void;
  /** Every place offered, selected; "clear" is not offered, as one place must stay selected. */
  setGeos: (ids: readonly string[]) => void;
  onlyPlatform: (id: string, all: readonly string[]) => void;
  setAuto: (seconds: number | null) => void;
  setCompare: (years: [number, number] | null) => void;
  /** Opens a deck as the link's (null closes it). */
  setLinkedDeck: (deck: DeckSlide[] | null) => void;
  /** Presenter mode on these slides, each under its own filters. */
  presentDeck: (slides: DeckSlide[]) => void;
  dismissNotices: () => void;
}

const useFilterStore = create<FilterStore>()((set) => ({
  // Placeholder years until useUrlSync reads the loaded data set's range.
  ...defaultFilters(2017, 2024),
  embed: embedOf(window.location.search),
  notices: [],
  urlRead: false,
  presenting: null,
  actions: {
    toggleGeo: (id) =>
      set((s) => {
        if (!s.geos.includes(id)) return { geos: [...s.geos, id] };
        // Keep at least one geography: an empty chart answers no question.
        return s.geos.length > 1 ? { geos: s.geos.filter((g) => g !== id) } : {};
      }),
    togglePlatform: (id, all) =>
      set((s) => {
        const current = s.platforms ?? all;
        const next = current.includes(id) ? current.filter((p) => p !== id) : [...current, id];
        if (next.length === 0) return {};
        return {
          platforms: all.every((p) => next.includes(p))
            ? null
            : all.filter((p) => next.includes(p)),
        };
      }),
    setAllPlatforms: () => set({ platforms: null }),
    setYears: (from, to) => set({ from: Math.min(from, to), to: Math.max(from, to) }),
    setMeasure: (measure) => set({ measure }),
    setView: (view) => set({ view }),
    setPanel: (panel) => set({ panel }),
    // Auto-advance belongs to presenting: leaving must not leave `auto=` in the address.
    setPresent: (present) => set(present ? { present } : { present, presenting: null, auto: null }),
    setPlace: (place) => set({ place }),
    onlyGeo: (id) => set({ geos: [id] }),
    setGeos: (ids) => set((s) => (ids.length > 0 ? { geos: [...ids] } : s)),
    onlyPlatform: (id, all) => set({ platforms: all.length === 1 ? null : [id] }),
    setAuto: (auto) => set({ auto }),
    setCompare: (compare) => set({ compare }),
    setLinkedDeck: (deck) => set({ deck }),
    presentDeck: (slides) => set({ presenting: slides, present: true }),
    dismissNotices: () => set({ notices: [] }),
  },
}));

export type { SlideFilters };

/**
 * Set around a deck slide: every panel inside reads these filters instead of the page's, so
 * slides with different filters can be drawn side by side (presented, or built into a file).
 */
export const SlideFiltersContext = createContext<SlideFilters | null>(null);

function useFilter<K extends keyof SlideFilters>(key: K): SlideFilters[K] {
  const slide = useContext(SlideFiltersContext);
  // Under a context, the page's filters are not followed at all: a change of them must not
  // re-render a panel that is drawn under other (or deferred) filters.
  const page = useFilterStore((s) => (slide ? null : s[key]));
  return slide ? slide[key] : (page as SlideFilters[K]);
}

const slideFiltersOf = (s: FilterStore): SlideFilters => viewOf(s);

/**
 * The page's filters as one object, the same object for as long as none of them changes, for
 * passing on through SlideFiltersContext.
 */
export function usePageFilterSet(): SlideFilters {
  return useFilterStore(useShallow(slideFiltersOf));
}

export const useGeos = () => useFilter('geos');
export const usePlatformFilter = () => useFilter('platforms');
export const useFrom = () => useFilter('from');
export const useTo = () => useFilter('to');
export const useMeasure = () => useFilter('measure');
export const useView = () => useFilter('view');
export const usePanel = () => useFilterStore((s) => s.panel);
export const usePresent = () => useFilterStore((s) => s.present);
/** Slides stored before a slide kept its place have none: they meant the default. */
export const usePlace = () => useFilter('place') ?? DEFAULT_PLACE;
export const useEmbed = () => useFilterStore((s) => s.embed);
export const useAuto = () => useFilterStore((s) => s.auto);
/** Slides stored before a slide kept its years compared have none: the panel chose them. */
export const useCompare = () => useFilter('compare') ?? null;
export const useLinkedDeck = () => useFilterStore((s) => s.deck);
/** The deck presenter mode shows: the one chosen to present, else the link's; null = none. */
export const usePresentedDeck = () => useFilterStore((s) => s.presenting ?? s.deck);
function pageFilters(): SlideFilters {
  return slideFiltersOf(useFilterStore.getState());
}
/** Reads the page's own filters when called, as a deck slide captures them. */
export const usePageFilters = () => pageFilters;
export const useUrlNotices = () => useFilterStore((s) => s.notices);
export const useFilterActions = () => useFilterStore((s) => s.actions);

function currentFilters(s: FilterStore): Filters {
  const { geos, platforms, from, to, measure, view, panel, present, place } = s;
  const { embed, auto, deck, compare } = s;
  return {
    geos,
    platforms,
    from,
    to,
    measure,
    view,
    panel,
    present,
    place,
    embed,
    auto,
    deck,
    compare,
  };
}

/**
 * Two-way sync between the store and the address bar, once the data set (and so the valid ids and
 * years) is known: the URL is read on mount and on back/forward; every store change is mirrored
 * with history.replaceState, leaving the path alone. The fragment holds the deck a link opened
 * (`#deck=`), else whatever it held (a panel's anchor). Returns whether the URL has been read:
 * until then the page draws nothing, so a link's view is drawn once, never the default view
 * first.
 */
export function useUrlSync(ctx: UrlContext | null): boolean {
  const urlRead = useFilterStore((s) => s.urlRead);
  // The store's news reaches a component that has just mounted only once it subscribes, after a
  // paint: the page's first drawing would be empty, its view drawn in a second render. Set in the
  // same effect as the address is read, this draws the view before that paint.
  const [readHere, setReadHere] = useState(false);
  // Before the paint: the page's first drawing is the link's view.
  useLayoutEffect(() => {
    if (!ctx) return;
    const write = (filters: Filters) => {
      const { pathname, search, hash } = window.location;
      const query = [encodeFilters(filters, ctx), isSafeLink(search) && 'safe=1']
        .filter(Boolean)
        .join('&');
      // A deck is in the filters only once its reader has loaded (read, below).
      const deck = deckCodec?.encodeFragment(filters) ?? '';
      const fragment = deck ? `#${deck}` : deckInFragment(hash) === null ? hash : '';
      const url = `${pathname}${query ? `?${query}` : ''}${fragment}`;
      if (url !== `${pathname}${search}${hash}`) {
        window.history.replaceState(window.history.state, '', url);
      }
    };
    const apply = ({ filters, notices }: Decoded) => {
      useFilterStore.setState({ ...filters, notices });
      write(filters);
    };
    let reads = 0;
    let stopped = false;
    const read = () => {
      // Every read counts, so a deck reader that loads after a later address is read applies
      // nothing.
      const mine = ++reads;
      const { search, hash } = window.location;
      const decoded = decodeFilters(search, ctx, hash);
      if (decoded.deck === undefined) return apply(decoded);
      if (deckCodec) return apply(deckCodec.readLinkedDeck(decoded, ctx));
      // A deck link waits for its reader, so presenting never starts on the page's own slides.
      import('./deck').then(
        (codec) => {
          deckCodec = codec;
          if (!stopped && mine === reads) apply(codec.readLinkedDeck(decoded, ctx));
        },
        () => {
          if (stopped || mine !== reads) return;
          apply({
            ...decoded,
            notices: [
              ...decoded.notices,
              "deck: this link's deck could not be opened: part of the page did not load. Reload to try again.",
            ],
          });
        },
      );
    };
    read();
    if (!useFilterStore.getState().urlRead) useFilterStore.setState({ urlRead: true });
    // A second render before the paint is the point (see readHere).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReadHere(true);
    // A change's address is written once the change is painted, when the page is idle:
    // replaceState, with the style recalculation it sets off, took up to 5 ms of a click.
    let due: Filters | null = null;
    let cancel: (() => void) | null = null;
    const flush = () => {
      cancel?.();
      cancel = null;
      if (due) write(due);
      due = null;
    };
    const unsubscribe = useFilterStore.subscribe((s, prev) => {
      const now = currentFilters(s);
      const before = currentFilters(prev);
      if (encodeFilters(now, ctx) === encodeFilters(before, ctx) && now.deck === before.deck)
        return;
      due = now;
      cancel ??= whenIdle(flush);
    });
    // A deck link opened in a tab already on the page changes only the fragment.
    window.addEventListener('popstate', read);
    window.addEventListener('hashchange', read);
    return () => {
      stopped = true;
      flush();
      unsubscribe();
      window.removeEventListener('popstate', read);
      window.removeEventListener('hashchange', read);
    };
  }, [ctx]);
  return urlRead || readHere || ctx === null;
}
