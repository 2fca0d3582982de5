import { createContext } from 'react';

/**
 * The width charts are drawn at where nothing can be measured: the view baked into the page at
 * build time, and the link-preview images. Null in the browser, where charts fit their box.
 */
export const BakedChartWidth = createContext<number | null>(null);

/**
 * The trend chart's width in the panel at a 1280 px wide window, the commonest desktop width: the
 * baked chart is then drawn exactly as the live one that replaces it, and scaled elsewhere.
 */
export const BAKED_WIDTH = 1198;
