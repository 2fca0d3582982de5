import { useEffect, useId } from 'react';
import { textColor } from '../lib/palette';
import { textWidth } from '../lib/text-width';
import { useChartColors, usePresenting } from './presenting';

// Slides only: value labels placed apart and wrapped axis labels. The first screen's chart loads
// this lazily, so the page's first paint does not carry it.

/** A value label to place beside its point. */
export interface PointLabel {
  id: string;
  text: string;
  color: string;
  /** The point, in pixels. */
  x: number;
  y: number;
}

export interface Placed {
  id: string;
  text: string;
  color: string;
  x: number;
  /** The label's vertical centre. */
  y: number;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A straight piece of a drawn line, in pixels. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function crosses(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, s.x1 - b.left],
    [dx, b.right - s.x1],
    [-dy, s.y1 - b.top],
    [dy, b.bottom - s.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * Places the value labels of one chart so that none overlaps another, any point's marker or any
 * line, nor leaves the plot: each goes above its point, else below it, else beside it, else
 * stacked above or below its column's labels. A label with no free place is left out: its value
 * is in the tooltip and the table, and a label drawn over another would hide both. Points are
 * taken from the top of the plot down, so of two close lines the upper one is labelled above and
 * the lower one below.
 */
export function placeLabels(
  labels: readonly PointLabel[],
  opts: {
    fontSize: number;
    radius: number;
    top: number;
    bottom: number;
    left?: number;
    right?: number;
    width: (t: string) => number;
    /** The lines drawn, which no label may cross; markers are at the labels' points. */
    segments?: readonly Segment[];
    /** Points that carry a marker but no label. */
    points?: readonly { x: number; y: number }[];
    /** Boxes already taken (the lines' names), which no label may overlap. */
    avoid?: readonly Box[];
    /** A line's name: tried first just after its last point, where the eye follows the line. */
    atEnd?: boolean;
  },
): Placed[] {
  // A little over the line height, and a little wider than measured: the drawn text's box
  // varies with the font's ascent and rounding, and labels must clear each other.
  const h = opts.fontSize * 1.3;
  const gap = opts.fontSize * 0.2;
  const left = opts.left ?? -Infinity;
  const right = opts.right ?? Infinity;
  const segments = opts.segments ?? [];
  const markers: Box[] = [...labels, ...(opts.points ?? [])].map((l) => ({
    left: l.x - opts.radius,
    right: l.x + opts.radius,
    top: l.y - opts.radius,
    bottom: l.y + opts.radius,
  }));
  const placed: (Placed & { box: Box })[] = [];
  const avoid = opts.avoid ?? [];
  for (const l of [...labels].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const w = opts.width(l.text) + 4;
    const boxAt = (cx: number, cy: number): Box => ({
      left: cx - w / 2,
      right: cx + w / 2,
      top: cy - h / 2,
      bottom: cy + h / 2,
    });
    const free = (b: Box) =>
      b.top >= opts.top &&
      b.bottom <= opts.bottom &&
      b.left >= left &&
      b.right <= right &&
      !placed.some((p) => overlaps(p.box, b)) &&
      !avoid.some((a) => overlaps(a, b)) &&
      !markers.some((m) => overlaps(m, b)) &&
      !segments.some((s) => crosses(s, b));
    const above = l.y - opts.radius - gap - h / 2;
    const below = l.y + opts.radius + gap + h / 2;
    const beside = w / 2 + opts.radius + gap;
    const inColumn = [...placed.map((p) => p.box), ...markers].filter(
      (b) => b.left < l.x + w / 2 && l.x - w / 2 < b.right && Math.abs(b.top - l.y) < h * 3,
    );
    const stackedAbove = Math.min(above, ...inColumn.map((b) => b.top - gap - h / 2));
    const stackedBelow = Math.max(below, ...inColumn.map((b) => b.bottom + gap + h / 2));
    const spot = (
      [
        ...(opts.atEnd ? ([[l.x + beside, l.y]] as const) : []),
        [l.x, above],
        [l.x, below],
        [l.x + beside, l.y],
        [l.x - beside, l.y],
        [l.x + beside, above],
        [l.x - beside, above],
        [l.x + beside, below],
        [l.x - beside, below],
        [l.x, stackedAbove],
        [l.x, stackedBelow],
      ] as const
    ).find(([x, y]) => free(boxAt(x, y)));
    if (!spot) continue;
    placed.push({
      id: l.id,
      text: l.text,
      color: l.color,
      x: spot[0],
      y: spot[1],
      box: boxAt(...spot),
    });
  }
  return placed.map(({ box: _box, ...p }) => p);
}

/** The end of a line, to be named there: its last point, and whether the line reaches the
 * chart's last year (its name then goes in the margin to the right of the plot). */
export interface LineEnd {
  id: string;
  text: string;
  color: string;
  x: number;
  y: number;
  last: boolean;
}

/** A line's name as placed: its text starts at x; a leader joins it to its line's end if moved. */
export interface PlacedName extends Placed {
  leader: Segment | null;
}

/**
 * Names every line at its end, or none: the lines that reach the last year in the right margin,
 * in the order of their ends, nudged apart just enough not to touch (a leader line joins a moved
 * name to its line); a line that stops earlier just after its end, else above or below it, clear
 * of every line, marker and other name. When any name finds no place, none is drawn (null) and the
 * chart keeps its key.
 */
export function placeLineNames(
  ends: readonly LineEnd[],
  opts: {
    fontSize: number;
    radius: number;
    top: number;
    bottom: number;
    left: number;
    right: number;
    width: (t: string) => number;
    segments: readonly Segment[];
    points: readonly { x: number; y: number }[];
  },
): PlacedName[] | null {
  const h = opts.fontSize * 1.3;
  const margin = ends.filter((e) => e.last).sort((a, b) => a.y - b.y);
  if (margin.length * h > opts.bottom - opts.top) return null;
  const ys = margin.map((e) => e.y);
  ys.forEach((y, i) => (ys[i] = Math.max(y, i === 0 ? opts.top + h / 2 : ys[i - 1]! + h)));
  for (let i = ys.length - 1; i >= 0; i--)
    ys[i] = Math.min(ys[i]!, i === ys.length - 1 ? opts.bottom - h / 2 : ys[i + 1]! - h);
  const inMargin: PlacedName[] = margin.map((e, i) => {
    const x = e.x + opts.radius + 8;
    const y = ys[i]!;
    return {
      id: e.id,
      text: e.text,
      color: e.color,
      x,
      y,
      leader:
        Math.abs(y - e.y) > h * 0.3
          ? { x1: e.x + opts.radius + 2, y1: e.y, x2: x - 2, y2: y }
          : null,
    };
  });
  const boxes = inMargin.map((n) => ({
    left: n.x,
    right: n.x + opts.width(n.text) + 4,
    top: n.y - h / 2,
    bottom: n.y + h / 2,
  }));
  const early = ends.filter((e) => !e.last);
  const inPlot = placeLabels(early, {
    ...opts,
    avoid: boxes,
    segments: [...opts.segments, ...inMargin.flatMap((n) => n.leader ?? [])],
    atEnd: true,
  });
  if (inPlot.length < early.length) return null;
  // placeLabels centres a label on x: a name is drawn from its start.
  return [
    ...inMargin,
    ...inPlot.map((p) => ({ ...p, x: p.x - (opts.width(p.text) + 4) / 2 + 2, leader: null })),
  ];
}

/** The boxes of placed names, for the value labels to keep clear of. */
export function nameBoxes(
  names: readonly PlacedName[],
  fontSize: number,
  width: (t: string) => number,
): Box[] {
  const h = fontSize * 1.3;
  return names.map((n) => ({
    left: n.x - 2,
    right: n.x + width(n.text) + 2,
    top: n.y - h / 2,
    bottom: n.y + h / 2,
  }));
}

/**
 * Value labels of a line chart, placed apart by placeLabels and drawn bold in their series'
 * colours, darkened (or lightened) to text contrast against the chart's background; and, given
 * the lines' ends, each line's name at its end (placeLineNames), the value labels kept clear of
 * them. `onNamed` hears whether every line is named, so the chart can drop its key.
 */
export function PlacedLabels({
  labels,
  fontSize,
  radius,
  plot,
  segments,
  points,
  ends,
  onNamed,
}: {
  labels: readonly PointLabel[];
  fontSize: number;
  radius: number;
  plot: { x: number; y: number; width: number; height: number };
  segments: readonly Segment[];
  points: readonly { x: number; y: number }[];
  ends?: readonly LineEnd[];
  onNamed?: (named: boolean) => void;
}) {
  const { color, background } = useChartColors();
  const width = (t: string) => textWidth(t, fontSize, true);
  const area = {
    fontSize,
    radius,
    top: plot.y,
    bottom: plot.y + plot.height,
    left: plot.x,
    right: plot.x + plot.width,
    width,
  };
  const names = ends?.length
    ? placeLineNames(ends, { ...area, segments, points: [...points, ...labels] })
    : null;
  const named = names !== null;
  useEffect(() => onNamed?.(named), [onNamed, named]);
  const placed = placeLabels(labels, {
    ...area,
    segments: [...segments, ...(names ?? []).flatMap((n) => n.leader ?? [])],
    points,
    avoid: names ? nameBoxes(names, fontSize, width) : [],
  });
  const leftOff = labels.length - placed.length;
  const report = usePresenting()?.onLeftOff;
  const id = useId();
  useEffect(() => report?.(id, leftOff), [report, id, leftOff]);
  useEffect(() => () => report?.(id, 0), [report, id]);
  const text = (l: Placed, anchor: 'start' | 'middle') => (
    <text
      key={l.id}
      x={l.x}
      y={l.y}
      textAnchor={anchor}
      dominantBaseline="central"
      fontSize={fontSize}
      fontWeight={700}
      fill={textColor(color(l.color), background, fontSize >= 18)}
    >
      {l.text}
    </text>
  );
  return (
    <>
      {names && (
        <g className="line-names">
          {names.map((n) => (
            <g key={n.id}>
              {n.leader && (
                <line
                  x1={n.leader.x1}
                  y1={n.leader.y1}
                  x2={n.leader.x2}
                  y2={n.leader.y2}
                  stroke={color(n.color)}
                  strokeWidth={1}
                />
              )}
              {text(n, 'start')}
            </g>
          ))}
        </g>
      )}
      <g className="value-labels">{placed.map((l) => text(l, 'middle'))}</g>
    </>
  );
}

/** Splits a label into lines no wider than maxWidth, at spaces; a longer word has a line alone. */
export function wrapLines(text: string, maxWidth: number, width: (t: string) => number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && width(`${last} ${word}`) <= maxWidth)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/**
 * A category axis label wrapped onto as many lines as its width needs, measured in the slide's
 * type (Recharts measures its own wrapping in the page's, which is smaller), centred on its bar.
 */
export function wrappedTick(fontSize: number, maxWidth: number) {
  function WrappedTick({ x = 0, y = 0, payload }: TickProps) {
    const lines = wrapLines(String(payload?.value ?? ''), maxWidth, (t) => textWidth(t, fontSize));
    return (
      <text
        x={x}
        y={y}
        textAnchor="end"
        fontSize={fontSize}
        fill="#1e293b"
        className="recharts-text recharts-cartesian-axis-tick-value"
      >
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : '1.2em'}>
            {line}
          </tspan>
        ))}
      </text>
    );
  }
  return WrappedTick;
}
