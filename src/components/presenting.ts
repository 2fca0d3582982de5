import { createContext, useContext } from 'react';
import { darkColor, DERIVED_OPACITY } from '../lib/palette';

export type Theme = 'light' | 'dark';

export interface Presenting {
  /** The slide's body text size in pixels; charts draw their ticks and labels at it too. */
  fontSize: number;
  /** The slide's width in pixels, for giving a chart's category labels a share of it. */
  width: number;
  theme: Theme;
  /** The active filters in one line, shown on every slide. */
  filterLine: string;
  /** Which chart (or table) of the panel this slide shows, and which page of a long table. */
  part: number;
  page: number;
  /** The panel says how many parts (charts, or tables) it has in the current view, and how many
   * slides (pages) the part on screen takes. */
  setPages: (parts: number, part: number, pages: number) => void;
}

/** Set by presenter mode around the one panel on screen; null on the page. */
export const PresentingContext = createContext<Presenting | null>(null);

export function usePresenting(): Presenting | null {
  return useContext(PresentingContext);
}

const same = (color: string) => color;

/** The colours a chart and its key draw with: one mapping for both, lighter on a dark slide. */
export function useChartColors(): {
  color: (color: string) => string;
  background: string;
  derivedOpacity: number;
} {
  const dark = useContext(PresentingContext)?.theme === 'dark';
  return {
    color: dark ? darkColor : same,
    background: dark ? '#000000' : '#ffffff',
    derivedOpacity: DERIVED_OPACITY[dark ? 'dark' : 'light'],
  };
}
