import { createContext } from 'react';

/**
 * Where the page's layout says how wide a chart's box will be, before it is laid out: the chart is
 * then drawn once, at that width, and its box is only watched. Measured instead, the box forced
 * the whole first screen's style and layout in the middle of its first render, and the chart was
 * drawn a second time (together about 7 % of a link view's main-thread time before its first
 * chart). Null, or a hint that returns 0, where the box is measured.
 */
export const ChartWidthHint = createContext<(() => number) | null>(null);
