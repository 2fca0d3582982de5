import { createContext, useContext } from 'react';
import type { Dataset } from '../data/dataset';

/** The data set the panels show, for what leaves the page (exports, citations, embeds). */
export const DatasetContext = createContext<Dataset | null>(null);

export function useDatasetContext(): Dataset | null {
  return useContext(DatasetContext);
}
