import type { Marker } from '../lib/palette';
import { MEDIUM_MARK } from '../data/format';

/**
 * A series' marker at a point: a circle, square or triangle of about the same area, so that two
 * series of one colour still tell apart where their lines cross.
 */
export function SeriesMarker({
  shape,
  cx,
  cy,
  r,
  fill,
  stroke,
  strokeWidth = 2,
  strokeDasharray,
}: {
  shape: Marker;
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke: string;
  strokeWidth?: number;
  strokeDasharray?: string;
}) {
  const paint = { fill, stroke, strokeWidth, strokeDasharray };
  if (shape === 'square') {
    const h = r * 0.9;
    return <rect x={cx - h} y={cy - h} width={2 * h} height={2 * h} {...paint} />;
  }
  if (shape === 'triangle') {
    const t = r * 1.25;
    return (
      <path
        d={`M${cx},${cy - t} L${cx + t * 0.87},${cy + t * 0.5} L${cx - t * 0.87},${cy + t * 0.5} Z`}
        {...paint}
      />
    );
  }
  return <circle cx={cx} cy={cy} r={r} {...paint} />;
}

/**
 * The star beside a medium-confidence point that has no value written by it (data/format.ts,
 * MEDIUM_MARK): up and to the right of the point, clear of a marker of radius `r`.
 */
export function MediumStar({
  cx,
  cy,
  r,
  fill,
}: {
  cx: number;
  cy: number;
  r: number;
  fill: string;
}) {
  return (
    <text
      x={cx + r + 1}
      y={cy - r / 2}
      fontSize={16}
      fontWeight={700}
      fill={fill}
      aria-hidden="true"
    >
      {MEDIUM_MARK}
    </text>
  );
}
