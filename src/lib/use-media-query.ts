import { useSyncExternalStore } from 'react';

// One list per query, made once: React reads the snapshot at every render of every chart.
const lists = new Map<string, MediaQueryList>();
const subscribers = new Map<string, (notify: () => void) => () => void>();

function listOf(query: string): MediaQueryList | null {
  if (typeof window.matchMedia !== 'function') return null;
  let list = lists.get(query);
  if (!list) lists.set(query, (list = window.matchMedia(query)));
  return list;
}

/** The same function for a query every time, so React keeps its one subscription. */
function subscriberOf(query: string) {
  let subscribe = subscribers.get(query);
  if (!subscribe) {
    subscribe = (notify) => {
      const list = listOf(query);
      list?.addEventListener('change', notify);
      return () => list?.removeEventListener('change', notify);
    };
    subscribers.set(query, subscribe);
  }
  return subscribe;
}

/** Whether a CSS media query matches, kept up to date; false where matchMedia is missing. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(subscriberOf(query), () => listOf(query)?.matches ?? false);
}

/** Phones: charts give their category labels less room. */
export const NARROW = '(max-width: 639px)';
