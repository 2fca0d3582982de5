import { lazy, Suspense } from 'react';
import type { LineEnd, PointLabel, Segment } from './slide-labels';

// Placing and drawing the labels is for slides only: that code loads with the first slide.
const PlacedLabels = lazy(() =>
  import('./slide-labels').then((m) => ({ default: m.PlacedLabels })),
);

export interface LineLabelSeries {
  key: string;
  color: string;
  /** The category on the x axis, the value on the y axis and its text ("4,373†"); null: none. */
  points: readonly { x: string; value: number | null; text: string | null }[];
}

/** The key of the i-th series' value in a chart's rows: never its id, which is data ("ref",
 * "style", "__proto__"…) and must not become a prop or object key Recharts or React reads. */
export const valueKey = (i: number) => `s${i}`;
/** The key of the i-th series' value as written ("4,373†"). */
export const textKey = (i: number) => `s${i}:text`;

/**
 * The labels of lines drawn from rows keyed by year, with the i-th line's value under valueKey(i)
 * and its text under textKey(i), as the trend and place charts keep them.
 */
export function labelSeriesOf(
  lines: readonly { color: string }[],
  rows: readonly Record<string, unknown>[],
): LineLabelSeries[] {
  return lines.map((s, i) => ({
    key: valueKey(i),
    color: s.color,
    points: rows.map((r) => ({
      x: String(r.year),
      value: r[valueKey(i)] as number | null,
      text: r[textKey(i)] as string | null,
    })),
  }));
}

export interface LineLabelProps {
  series: readonly LineLabelSeries[];
  fontSize: number;
  radius: number;
  /** The series whose values are written; all when absent, none when null. */
  labelled?: string | null;
  /** Each series' name, in order, to write at its line's end. */
  names?: readonly string[];
  /** Told whether every line could be named (else none is, and the key stays). */
  onNamed?: (named: boolean) => void;
}

/** Where a chart draws: a category's and a value's place, and its plot's box. */
export interface ChartScales {
  x: (category: string) => number | undefined;
  y: (value: number) => number | undefined;
  plot: { x: number; y: number; width: number; height: number };
}

/**
 * The values of a line chart written beside their points, clear of every line, marker and other
 * label, for a slide where no one can hover (every series) or a page chart's one highlighted
 * series (`labelled`); and, given `names`, each line's name at its end. `scales` give each
 * point's place.
 */
export function LineLabelsAt({
  series,
  fontSize,
  radius,
  labelled,
  names,
  onNamed,
  scales,
}: LineLabelProps & { scales: ChartScales }) {
  const labels: PointLabel[] = [];
  const segments: Segment[] = [];
  const points: { x: number; y: number }[] = [];
  const ends: LineEnd[] = [];
  for (const [i, s] of series.entries()) {
    let last: { x: number; y: number } | null = null;
    let end: { x: number; y: number; last: boolean } | null = null;
    for (const [j, p] of s.points.entries()) {
      const x = p.value === null ? undefined : scales.x(p.x);
      const y = p.value === null ? undefined : scales.y(p.value);
      if (x === undefined || y === undefined) {
        // A gap in the line: no segment across it.
        last = null;
        continue;
      }
      if (last) segments.push({ x1: last.x, y1: last.y, x2: x, y2: y });
      last = { x, y };
      end = { x, y, last: j === s.points.length - 1 };
      if (p.text !== null && (labelled === undefined || labelled === s.key))
        labels.push({ id: `${s.key}|${p.x}`, text: p.text, color: s.color, x, y });
      else points.push({ x, y });
    }
    const name = names?.[i];
    if (end && name) ends.push({ id: s.key, text: name, color: s.color, ...end });
  }
  return (
    <Suspense fallback={null}>
      <PlacedLabels
        labels={labels}
        fontSize={fontSize}
        radius={radius}
        plot={scales.plot}
        segments={segments}
        points={points}
        ends={names ? ends : undefined}
        onNamed={onNamed}
      />
    </Suspense>
  );
}

/**
 * A place's name short enough to stand at a line's end: "UK", "West Midlands excl. West Mercia",
 * "Thames Valley" (a force's "Police" or "Constabulary" and a region's "region" go, as the line's
 * other labels and the key say what it is).
 */
export function shortName(name: string): string {
  if (name === 'United Kingdom') return 'UK';
  return name
    .replace(/ (Police|Constabulary)$/, '')
    .replace(/ region\b/, '')
    .replace(/ excluding /, ' excl. ')
    .replace(/ and /, ' & ');
}
