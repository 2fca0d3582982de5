import { AXIS_TICK } from './palette';

/**
 * A year axis that labels every year. On phones the labels are shortened ("17/18") and slanted,
 * since eight of them side by side do not fit the width of a phone.
 */
export function yearAxisProps(narrow: boolean) {
  return narrow
    ? {
        interval: 0,
        tick: { ...AXIS_TICK, fontSize: 12 },
        tickFormatter: (label: string) => label.slice(2),
        angle: -40,
        textAnchor: 'end' as const,
        height: 40,
        tickMargin: 4,
        padding: { left: 0, right: 0 },
      }
    : // The last label is centred on the last year: the padding keeps its end inside the chart.
      { interval: 0, tick: AXIS_TICK, tickMargin: 8, padding: { left: 0, right: 10 } };
}
