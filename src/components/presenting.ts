import { createContext, useContext } from 'react';

export interface Presenting {
  /** Height for the slide's chart, in pixels. */
  chartHeight: number;
}

/** Set by presenter mode around the one panel on screen; null on the page. */
export const PresentingContext = createContext<Presenting | null>(null);

export function usePresenting(): Presenting | null {
  return useContext(PresentingContext);
}
