import { memo } from 'react';
import { sameChartProps } from '../../lib/same-chart-props';
import { AXIS_TICK, GRID_STROKE } from '../../lib/palette';
import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { yearLabel } from '../../data/period';
import type { Source } from '../../data/schema';
import { ChartKey } from '../../components/chart-key';
import { STATUS_TEXT, formatCount, formatIndex, withMark } from '../../lib/format';
import type { TrendModel, TrendPoint, TrendSeries } from './series';

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/** Published figures are filled dots; derived ones hollow; approximate ones hollow diamonds. */
function StatusDot({
  cx,
  cy,
  point,
  color,
}: DotProps & { point: TrendPoint | undefined; color: string }) {
  if (cx === undefined || cy === undefined || !point || point.value === null) return null;
  if (point.status === 'approximate') {
    return (
      <path
        d={`M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z`}
        fill="#fff"
        stroke={color}
        strokeWidth={2}
      />
    );
  }
  return (
    <circle
      cx={cx}
      cy={cy}
      r={5}
      fill={point.status === 'derived' ? '#fff' : color}
      stroke={color}
      strokeWidth={2}
    />
  );
}

export function formatTrendValue(value: number, measure: TrendModel['measure']): string {
  return measure === 'index' ? formatIndex(value) : formatCount(value);
}

interface TooltipProps {
  active?: boolean;
  label?: string | number;
  model: TrendModel;
  sources: ReadonlyMap<string, Source>;
}

function TrendTooltip({ active, label, model, sources }: TooltipProps) {
  if (!active || label === undefined) return null;
  const year = model.years.find((y) => yearLabel(y) === label);
  if (year === undefined) return null;
  return (
    <div className="max-w-xs rounded border border-slate-400 bg-white p-3 text-sm shadow-lg">
      <p className="font-semibold">{label}</p>
      <ul className="mt-1 space-y-2">
        {model.series.map((s) => {
          const p = s.points.find((pt) => pt.year === year);
          if (!p || p.value === null || !p.observation) return null;
          const source = p.observation.source ? sources.get(p.observation.source) : undefined;
          return (
            <li key={s.geography}>
              <span className="font-medium" style={{ color: s.color }}>
                {s.name}
              </span>
              : {withMark(formatTrendValue(p.value, model.measure), p.status)}
              {model.measure === 'index' ? ` (${formatCount(p.observation.value)} offences)` : ''}
              {p.status !== 'published' && (
                <span className="block text-slate-700">{STATUS_TEXT[p.status]}</span>
              )}
              {p.observation.origin && (
                <span className="block font-semibold text-amber-900">
                  Imported from {p.observation.origin.fileName}
                </span>
              )}
              {source && <span className="block text-slate-600">Source: {source.publisher}</span>}
              {p.revisions.length > 0 && (
                <span className="block text-slate-600">
                  Also published as {p.revisions.map((r) => formatCount(r.value)).join(', ')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function rowsOf(model: TrendModel) {
  return model.years.map((year) => {
    const row: Record<string, string | number | null> = { year: yearLabel(year) };
    for (const s of model.series) {
      const p = s.points.find((pt) => pt.year === year);
      row[s.geography] = p?.value ?? null;
      row[`${s.geography}:text`] =
        p && p.value !== null ? withMark(formatTrendValue(p.value, model.measure), p.status) : null;
    }
    return row;
  });
}

function Key({ series, events }: { series: readonly TrendSeries[]; events: TrendModel['events'] }) {
  return (
    <>
      <ChartKey
        items={series.map((s) => ({
          id: s.geography,
          label: s.name,
          color: s.color,
          dash: s.dash,
        }))}
      >
        <li className="flex items-center gap-2">
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="4.5" fill="#fff" stroke="#3D3D3D" strokeWidth="2" />
          </svg>
          derived †
        </li>
        <li className="flex items-center gap-2">
          <svg width="14" height="14" aria-hidden="true">
            <path d="M7,1 L13,7 L7,13 L1,7 Z" fill="#fff" stroke="#3D3D3D" strokeWidth="2" />
          </svg>
          approximate ≈
        </li>
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

/** Pure view: draws the model, one line per geography, gaps where a year has no figure. */
function TrendChartView({
  model,
  sources,
  height = 340,
  labelled = false,
}: {
  model: TrendModel;
  sources: ReadonlyMap<string, Source>;
  height?: number;
  /** Values written at each point, for screens where nobody can hover (presenter mode). */
  labelled?: boolean;
}) {
  const rows = rowsOf(model);
  const summary = `Line chart. ${model.takeaway}`;
  return (
    <figure aria-label={summary}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={rows}
          margin={{ top: 24, right: labelled ? 48 : 24, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis dataKey="year" tick={AXIS_TICK} tickMargin={8} />
          <YAxis
            tick={AXIS_TICK}
            width={labelled ? 84 : 56}
            tickFormatter={(v: number) => formatTrendValue(v, model.measure)}
            domain={model.measure === 'index' ? ['auto', 'auto'] : [0, 'auto']}
          />
          {model.measure === 'index' && (
            <ReferenceLine y={100} stroke="#64748b" strokeDasharray="3 3" />
          )}
          {model.events.map((e, i) => (
            <ReferenceLine
              key={e.year}
              x={yearLabel(e.year)}
              stroke="#94a3b8"
              strokeDasharray="4 4"
              label={{
                value: String(i + 1),
                position: 'top',
                fill: '#1e293b',
                fontSize: 13,
                fontWeight: 700,
              }}
            />
          ))}
          <Tooltip content={<TrendTooltip model={model} sources={sources} />} />
          {model.series.map((s) => (
            <Line
              key={s.geography}
              dataKey={s.geography}
              name={s.name}
              stroke={s.color}
              strokeWidth={3}
              strokeDasharray={s.dash}
              connectNulls={false}
              isAnimationActive={false}
              dot={(props: DotProps) => (
                <StatusDot
                  key={`${s.geography}-${props.index}`}
                  {...props}
                  point={s.points[props.index ?? -1]}
                  color={s.color}
                />
              )}
              activeDot={{ r: 7 }}
            >
              {labelled && (
                <LabelList
                  dataKey={`${s.geography}:text`}
                  position="top"
                  offset={10}
                  fill={s.color}
                />
              )}
            </Line>
          ))}
        </LineChart>
      </ResponsiveContainer>
      <Key series={model.series} events={model.events} />
    </figure>
  );
}

export const TrendChart = memo(TrendChartView, sameChartProps);
