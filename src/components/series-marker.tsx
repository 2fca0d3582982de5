import type { Marker } from '../lib/palette';

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
