// What the trend chart's two drawings share: the page's (trend-svg.tsx, no chart library) and the
// slides' and small multiples' (trend-chart.tsx, Recharts).
import type { Marker } from '../../lib/palette';
import { ChartKey } from '../../components/chart-key';
import { labelSeriesOf, textKey, valueKey } from '../../components/line-labels';
import { SeriesMarker } from '../../components/series-marker';
import { useChartColors } from '../../components/presenting';
import { MEDIUM_MARK, withConfidence, withMark } from '../../data/format';
import { yearLabel } from '../../lib/period';
import {
  formatTrendValue,
  importedMark,
  type TrendModel,
  type TrendPoint,
  type TrendSeries,
} from './series';

export interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/** A dotted ring around a point whose figure does not cover every force, or does not say. */
function PartialRing({ cx, cy, r, color }: { cx: number; cy: number; r: number; color: string }) {
  return (
    <circle
      cx={cx}
      cy={cy}
      r={r}
      fill="none"
      stroke={color}
      strokeWidth={1.5}
      strokeDasharray="2 3"
    />
  );
}

/** Published figures are filled markers in the series' shape; derived ones hollow; approximate
 * ones hollow diamonds. */
export function StatusDot({
  cx,
  cy,
  point,
  color,
  background,
  r,
  marker,
}: DotProps & {
  point: TrendPoint | undefined;
  color: string;
  background: string;
  r: number;
  marker: Marker;
}) {
  if (cx === undefined || cy === undefined || !point || point.value === null) return null;
  const ring = point.coverage?.partial ? (
    <PartialRing cx={cx} cy={cy} r={r * 2} color={color} />
  ) : null;
  if (point.status === 'approximate') {
    const d = r + 1;
    return (
      <g>
        {ring}
        <path
          d={`M${cx},${cy - d} L${cx + d},${cy} L${cx},${cy + d} L${cx - d},${cy} Z`}
          fill={background}
          stroke={color}
          strokeWidth={2}
        />
      </g>
    );
  }
  return (
    <g>
      {ring}
      <SeriesMarker
        shape={marker}
        cx={cx}
        cy={cy}
        r={r}
        fill={point.status === 'derived' ? background : color}
        stroke={color}
      />
    </g>
  );
}

export function rowsOf(model: TrendModel) {
  return model.years.map((year) => {
    const row: Record<string, string | number | null> = { year: yearLabel(year) };
    model.series.forEach((s, i) => {
      const p = s.points.find((pt) => pt.year === year);
      row[valueKey(i)] = p?.value ?? null;
      // Written on the chart in presenter mode, where no one can hover: imports say so there.
      row[textKey(i)] =
        p && p.value !== null
          ? withConfidence(
              withMark(formatTrendValue(p.value, model.measure), p.status) + importedMark(p),
              // An import is marked as imported, not as an outlet's figure.
              p.observation?.origin ? null : p.confidence,
            )
          : null;
    });
    return row;
  });
}

export function Key({
  series,
  events,
  named,
}: {
  series: readonly TrendSeries[];
  events: TrendModel['events'];
  named: boolean;
}) {
  const { color, background } = useChartColors();
  const partial = series.some((s) => s.points.some((p) => p.coverage?.partial));
  const medium = series.some((s) => s.points.some((p) => p.confidence === 'M'));
  return (
    <>
      <ChartKey
        items={series.map((s) => ({
          id: s.geography,
          label: s.name,
          color: s.color,
          dash: s.dash,
          marker: s.marker,
        }))}
        named={named}
      >
        <li className="flex items-center gap-2">
          <svg width="12" height="12" aria-hidden="true">
            <circle
              cx="6"
              cy="6"
              r="4.5"
              fill={background}
              stroke={color('#3D3D3D')}
              strokeWidth="2"
            />
          </svg>
          derived †
        </li>
        <li className="flex items-center gap-2">
          <svg width="14" height="14" aria-hidden="true">
            <path
              d="M7,1 L13,7 L7,13 L1,7 Z"
              fill={background}
              stroke={color('#3D3D3D')}
              strokeWidth="2"
            />
          </svg>
          approximate ≈
        </li>
        {partial && (
          <li className="flex items-center gap-2">
            <svg width="20" height="20" aria-hidden="true">
              <circle
                cx="10"
                cy="10"
                r="8"
                fill="none"
                stroke={color('#3D3D3D')}
                strokeWidth="1.5"
                strokeDasharray="2 3"
              />
            </svg>
            not every force, or not stated
          </li>
        )}
        {medium && (
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="w-3 text-center text-base font-bold">
              {MEDIUM_MARK}
            </span>
            medium confidence
          </li>
        )}
      </ChartKey>
      {events.length > 0 && (
        <ol
          className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700"
          aria-label="Marked events"
        >
          {events.map((e, i) => (
            <li key={e.year}>
              <span className="font-bold text-slate-900">{i + 1}</span> {e.label} (dashed line)
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** The page's labels: a star by each medium-confidence point (not an import's), no values. */
export function starsOf(series: readonly TrendSeries[], rows: readonly Record<string, unknown>[]) {
  return labelSeriesOf(series, rows).map((line) => ({
    ...line,
    points: line.points.map((p) => ({
      ...p,
      text: p.text?.endsWith(MEDIUM_MARK) ? MEDIUM_MARK : null,
    })),
  }));
}

/** A round step for an axis spanning `range`: 1, 2 or 5 times a power of ten, about 4 a span. */
export function niceStep(range: number): number {
  const raw = range / 4 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
}
