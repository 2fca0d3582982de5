import { textColor } from '../lib/palette';
import { textWidth } from '../lib/text-width';
import { useChartColors } from './presenting';

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

interface Box {
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

/**
 * Value labels of a line chart, placed apart by placeLabels and drawn bold in their series'
 * colours, darkened (or lightened) to text contrast against the chart's background.
 */
export function PlacedLabels({
  labels,
  fontSize,
  radius,
  plot,
  segments,
  points,
}: {
  labels: readonly PointLabel[];
  fontSize: number;
  radius: number;
  plot: { x: number; y: number; width: number; height: number };
  segments: readonly Segment[];
  points: readonly { x: number; y: number }[];
}) {
  const { color, background } = useChartColors();
  const placed = placeLabels(labels, {
    fontSize,
    radius,
    top: plot.y,
    bottom: plot.y + plot.height,
    left: plot.x,
    right: plot.x + plot.width,
    width: (t) => textWidth(t, fontSize, true),
    segments,
    points,
  });
  return (
    <g className="value-labels">
      {placed.map((l) => (
        <text
          key={l.id}
          x={l.x}
          y={l.y}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={fontSize}
          fontWeight={700}
          fill={textColor(color(l.color), background, fontSize >= 18)}
        >
          {l.text}
        </text>
      ))}
    </g>
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
