import { createContext, useContext, type ComponentType } from 'react';
import type { Dataset } from '../data/dataset';
import type { PanelId } from '../state/filters';

export type Panel = ComponentType<{ dataset: Dataset }>;

export interface PanelEntry {
  id: PanelId;
  Component: Panel;
  /** Charts and tables it shows, each on a slide of its own in presenter mode (when more than
   * one), so the slides can be counted before the panel is drawn. */
  charts?: number;
  tables?: number;
  /** Given for a panel loaded, and drawn, once the first screen is painted: loads its code. */
  load?: () => Promise<unknown>;
}

/**
 * The panels in page (and slide) order, handed down by the app, which alone knows the features:
 * presenter mode, decks and their files draw panels without importing them.
 */
export const PanelsContext = createContext<readonly PanelEntry[]>([]);

export function usePanels(): readonly PanelEntry[] {
  return useContext(PanelsContext);
}
