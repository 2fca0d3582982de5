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

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places the value labels of one chart so that none overlaps another or any point's marker, nor
 * leaves the plot: each goes above its point, else below it, else under the lowest label of its
 * column. Points are taken from the top of the plot down, so of two close lines the upper one is
 * labelled above and the lower one below.
 */
export function placeLabels(
  labels: readonly PointLabel[],
  opts: {
    fontSize: number;
    radius: number;
    top: number;
    bottom: number;
    width: (t: string) => number;
  },
): Placed[] {
  // A little over the line height, and a little wider than measured: the drawn text's box
  // varies with the font's ascent and rounding, and labels must clear each other.
  const h = opts.fontSize * 1.3;
  const gap = opts.fontSize * 0.2;
  const markers: Box[] = labels.map((l) => ({
    left: l.x - opts.radius,
    right: l.x + opts.radius,
    top: l.y - opts.radius,
    bottom: l.y + opts.radius,
  }));
  const placed: (Placed & { box: Box })[] = [];
  for (const l of [...labels].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const w = opts.width(l.text) + 4;
    const boxAt = (cy: number): Box => ({
      left: l.x - w / 2,
      right: l.x + w / 2,
      top: cy - h / 2,
      bottom: cy + h / 2,
    });
    const free = (b: Box) =>
      b.top >= opts.top &&
      b.bottom <= opts.bottom &&
      !placed.some((p) => overlaps(p.box, b)) &&
      !markers.some((m) => overlaps(m, b));
    const above = l.y - opts.radius - gap - h / 2;
    const below = l.y + opts.radius + gap + h / 2;
    // Failing both, above or below everything already in its column.
    const inColumn = [...placed.map((p) => p.box), ...markers].filter(
      (b) => b.left < l.x + w / 2 && l.x - w / 2 < b.right && Math.abs(b.top - l.y) < h * 3,
    );
    const stackedAbove = Math.min(above, ...inColumn.map((b) => b.top - gap - h / 2));
    const stackedBelow = Math.max(below, ...inColumn.map((b) => b.bottom + gap + h / 2));
    const cy =
      [above, below, stackedAbove, stackedBelow].find((c) => free(boxAt(c))) ??
      Math.min(stackedBelow, opts.bottom - h / 2);
    placed.push({ id: l.id, text: l.text, color: l.color, x: l.x, y: cy, box: boxAt(cy) });
  }
  return placed.map(({ box: _box, ...p }) => p);
}

/**
 * Value labels of a line chart, placed apart by placeLabels and drawn in the slide's type, in
 * their series' colours.
 */
export function PlacedLabels({
  labels,
  fontSize,
  radius,
  top,
  bottom,
}: {
  labels: readonly PointLabel[];
  fontSize: number;
  radius: number;
  top: number;
  bottom: number;
}) {
  const { color } = useChartColors();
  const placed = placeLabels(labels, {
    fontSize,
    radius,
    top,
    bottom,
    width: (t) => textWidth(t, fontSize, true),
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
          fill={color(l.color)}
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
