import { createContext, useContext } from 'react';
import type { Source } from '../data/schema';
import type { DeckSlide } from '../state/deck';
import type { KeyItem } from './chart-key';
import type { DataTableProps } from './data-table';

/** What a panel shows under its filters: everything a slide file needs, as the page has it. */
export interface PanelModel {
  id: string;
  title: string;
  takeaway: string;
  caveats: readonly string[];
  tables: readonly DataTableProps[];
  sources: readonly Source[];
  /** The key of each chart the panel draws, in order, with the colours on screen. */
  keys: readonly (readonly KeyItem[])[];
}

/**
 * Set around a panel drawn off screen to build a file from it: the panel reports its model, and
 * each chart key its series and colours, so the file holds exactly what the page would show.
 */
export interface PanelCapture {
  panel: (model: Omit<PanelModel, 'keys'>) => void;
  key: (items: readonly KeyItem[]) => void;
}

export const PanelCaptureContext = createContext<PanelCapture | null>(null);

export function usePanelCapture(): PanelCapture | null {
  return useContext(PanelCaptureContext);
}

/** What a deck slide needs besides its panel: provided by the app, which knows the panels. */
export interface DeckActions {
  /** Builds and downloads a PowerPoint file of these panels under the page's filters. */
  downloadPanel: (panel: string, title: string) => Promise<void>;
  /** Builds and downloads a PowerPoint file with one slide per deck slide. */
  downloadDeck: (slides: readonly DeckSlide[]) => Promise<void>;
}

export const DeckActionsContext = createContext<DeckActions | null>(null);

export function useDeckActions(): DeckActions | null {
  return useContext(DeckActionsContext);
}
