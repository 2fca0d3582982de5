// The deck capability's one entry. What most visitors never use (the list, its printing, the
// store) loads on first need, so the lazy components are made here rather than by the importer.
import { lazy } from 'react';

export { startDeckWhenKept, useDeckStoreLoaded } from './deck-loader';

/** The deck list and its printing: for those who make decks, loaded once there is one. */
export const DeckSection = lazy(() =>
  import('./deck-section').then((m) => ({ default: m.DeckSection })),
);

/** The panels' deck buttons: drawn with the figures, not needed for the first script. */
export const loadDeckButtons = () => import('./deck-buttons').then((m) => m.DeckButtons);

/** What lets panels download PowerPoint files: around the dashboard, loaded beside its data. */
export const loadDeckExporter = () => import('./deck-export').then((m) => m.DeckExporter);
