// The deck capability's one entry. What most visitors never use (the list, its printing, the
// store) loads on first need, so the lazy components are made here rather than by the importer.
import { lazy } from 'react';

export { DeckButtons } from './deck-buttons';
export { DeckExporter } from './deck-export';
export { startDeckWhenKept, useDeckStoreLoaded } from './deck-loader';

/** The deck list and its printing: for those who make decks, loaded once there is one. */
export const DeckSection = lazy(() =>
  import('./deck-section').then((m) => ({ default: m.DeckSection })),
);
