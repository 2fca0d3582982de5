import { createContext, useContext } from 'react';
import type { DeckSlide } from '../state/deck';

/** What a deck slide needs besides its panel: provided by the app, which knows the panels. */
export interface DeckActions {
  /** Builds and downloads a PowerPoint file of these panels under the page's filters. */
  downloadPanel: (panel: string, title: string) => Promise<void>;
  /** Builds and downloads a PowerPoint file with one slide per deck slide, telling `progress`
   * as each is drawn. */
  downloadDeck: (
    slides: readonly DeckSlide[],
    progress?: (drawn: number, total: number) => void,
  ) => Promise<void>;
}

export const DeckActionsContext = createContext<DeckActions | null>(null);

export function useDeckActions(): DeckActions | null {
  return useContext(DeckActionsContext);
}
