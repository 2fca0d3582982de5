import type { Marker } from '../lib/palette';
import { createContext, useContext } from 'react';
import type { Source } from '../data/schema';
import type { DataTableProps } from './data-table';

export interface KeyItem {
  id: string;
  label: string;
  color: string;
  /** A line sample (with this dash pattern, '' for solid) instead of a square swatch. */
  dash?: string;
  /** The marker drawn on the line sample. */
  marker?: Marker;
}

/** What a panel shows under its filters: everything a slide file needs, as the page has it. */
export interface PanelModel {
  id: string;
  title: string;
  /** The takeaway's lead, at most HEADLINE_MAX characters. */
  headline: string;
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
  /**
   * The panel is drawn only to be read, never seen (a PowerPoint file is built from its model):
   * its charts are left out, as the file draws its own from the tables. Drawing 60 slides'
   * Recharts charts held the page for up to 200 ms a slide.
   */
  unseen?: boolean;
}

export const PanelCaptureContext = createContext<PanelCapture | null>(null);

export function usePanelCapture(): PanelCapture | null {
  return useContext(PanelCaptureContext);
}
