import { createContext } from 'react';

/** Set around a panel shown alone in another site's frame (`?embed=`). */
export interface Embedded {
  panel: string;
  /** The active filters in one line: the frame has no filter bar to show them. */
  filterLine: string;
  /** The same view in the full dashboard. */
  fullLink: string;
}

export const EmbedContext = createContext<Embedded | null>(null);
