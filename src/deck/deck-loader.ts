import { useSyncExternalStore } from 'react';
import { mayHaveDatabase } from '../lib/database-kept';

import { DECK_CHANNEL, DECK_DATABASE } from './deck-names';

type DeckStoreModule = typeof import('./deck-store');

let loading: Promise<DeckStoreModule> | null = null;
let loaded = false;
const listeners = new Set<() => void>();
/** Listens for another tab's deck until the store is loaded and listens itself. */
let waiting: BroadcastChannel | null = null;

/**
 * The deck store, loaded and started on first need: most visitors never make a deck, so its code
 * is not part of the page's first load.
 */
export function loadDeckStore(): Promise<DeckStoreModule> {
  return (loading ??= import('./deck-store').then(async (store) => {
    await store.startDeck();
    waiting?.close();
    waiting = null;
    loaded = true;
    for (const listener of listeners) listener();
    return store;
  }));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** Whether the deck store is loaded; until then there is no stored deck to list. */
export const useDeckStoreLoaded = () => useSyncExternalStore(subscribe, () => loaded);

/** Whether this browser may keep a deck; when it cannot tell, the store finds out and says so. */
const mayHaveDeck = () => mayHaveDatabase(DECK_DATABASE).catch(() => true);

/**
 * Loads the deck store at start only when this browser keeps a deck; otherwise waits for another
 * tab to make one (its message loads the store, which reads the deck and follows from there on).
 */
export async function startDeckWhenKept(): Promise<void> {
  // Without IndexedDB (jsdom, the build's bake) no deck is kept, and no tab can share one.
  if (typeof indexedDB === 'undefined' || loading) return;
  if (typeof BroadcastChannel !== 'undefined' && !waiting) {
    waiting = new BroadcastChannel(DECK_CHANNEL);
    waiting.onmessage = () => void loadDeckStore();
  }
  if (await mayHaveDeck()) await loadDeckStore();
}
