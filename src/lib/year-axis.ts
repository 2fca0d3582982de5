import { AXIS_TICK } from './palette';

/**
 * A year axis that labels every year. On phones the labels are shortened ("17/18"), and where
 * even those do not fit side by side every other one is left out (first and last kept), by
 * Recharts' own measure, so no two ever touch.
 */
export function yearAxisProps(narrow: boolean) {
  return narrow
    ? {
        interval: 'preserveStartEnd' as const,
        minTickGap: 6,
        tick: { ...AXIS_TICK, fontSize: 12 },
        tickFormatter: (label: string) => label.slice(2),
        tickMargin: 6,
        padding: { left: 12, right: 12 },
      }
    : // The last label is centred on the last year: the padding keeps its end inside the chart.
      { interval: 0, tick: AXIS_TICK, tickMargin: 8, padding: { left: 0, right: 10 } };
}
