import { createContext, useContext } from 'react';

export type Theme = 'light' | 'dark';

export interface Presenting {
  /** The slide's body text size in pixels; charts draw their ticks and labels at it too. */
  fontSize: number;
  /** The slide's width in pixels, for giving a chart's category labels a share of it. */
  width: number;
  /** The chart colours of the slide's theme; absent, the page's. */
  colors?: ChartColors;
  /** A deck slide's own title, shown instead of the panel's. */
  title?: string;
  /** A deck slide's own headline, shown instead of the panel's takeaway. */
  headline?: string;
  /** The active filters in one line, shown on every slide. */
  filterLine: string;
  /** Which chart (or table) of the panel this slide shows, and which page of a long table. */
  part: number;
  page: number;
  /** The panel says how many parts (charts, or tables) it has in the current view, and how many
   * slides (pages) the part on screen takes. */
  setPages: (parts: number, part: number, pages: number) => void;
  /** Told, by each set of labels drawn on the slide (keyed by `id`), how many of its labels were
   * left off because they would overlap: the slide says so (#25, review item 15). */
  onLeftOff?: (id: string, count: number) => void;
}

/** Set by presenter mode around the one panel on screen; null on the page. */
export const PresentingContext = createContext<Presenting | null>(null);

export function usePresenting(): Presenting | null {
  return useContext(PresentingContext);
}

/** How a chart draws: its series colours (mapped to the theme's), the fill of hollow marks, and
 * how strongly a derived bar is filled. */
export interface ChartColors {
  color: (color: string) => string;
  background: string;
  derivedOpacity: number;
}

const PAGE_COLORS: ChartColors = {
  color: (color) => color,
  background: '#ffffff',
  derivedOpacity: 0.35,
};

/** The colours a chart and its key draw with: one mapping for both, set by the slide's theme. */
export function useChartColors(): ChartColors {
  return useContext(PresentingContext)?.colors ?? PAGE_COLORS;
}
