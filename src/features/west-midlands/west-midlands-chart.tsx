import { memo } from 'react';
import { sameChartProps } from '../../lib/same-chart-props';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { yearLabel } from '../../data/period';
import { platformLabel } from '../../data/vocabularies';
import { formatIndex, withMark } from '../../lib/format';
import { AXIS_TICK, GRID_STROKE, platformColor, seriesStyle } from '../../lib/palette';
import { NARROW, useMediaQuery } from '../../lib/use-media-query';
import { yearAxisProps } from '../../lib/year-axis';
import { countText, shareText, type PlaceModel } from './series';
import { ChartKey } from '../../components/chart-key';
import { ChartTooltip, markDetails, sourceDetails, type Tip } from '../../components/chart-tooltip';

function indexTip(model: PlaceModel, year: number): Tip {
  return {
    title: yearLabel(year),
    lines: model.index.flatMap((s) => {
      const p = s.points.find((pt) => pt.year === year);
      if (!p || p.value === null || !p.observation) return [];
      return [
        {
          name: s.name,
          color: s.color,
          value: `${withMark(formatIndex(p.value), p.status)} (2017/18 = 100)`,
          details: [
            `${countText(p.observation)} recorded offences`,
            // The index's mark, then the count's own where it differs (a bound, an approximation).
            ...new Set([
              ...markDetails(p.status),
              ...markDetails(p.observation.status, p.observation.bound),
            ]),
            ...sourceDetails(model.sources, p.observation),
          ],
        },
      ];
    }),
  };
}

function IndexChart({ model, height }: { model: PlaceModel; height: number }) {
  const narrow = useMediaQuery(NARROW);
  const rows = model.years.map((year) => {
    const row: Record<string, string | number | null | Tip> = {
      year: yearLabel(year),
      tip: indexTip(model, year),
    };
    for (const s of model.index) {
      const p = s.points.find((pt) => pt.year === year);
      row[s.geography] = p?.value ?? null;
      row[`${s.geography}:text`] =
        p && p.value !== null ? withMark(formatIndex(p.value), p.status) : null;
    }
    return row;
  });
  return (
    <figure aria-label={`Line chart, offences indexed to 2017/18 = 100. ${model.takeaway}`}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={rows}
          margin={{ top: 24, right: 32, bottom: 8, left: 0 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis dataKey="year" {...yearAxisProps(narrow)} />
          <YAxis tick={AXIS_TICK} width={48} domain={['auto', 'auto']} />
          <ReferenceLine y={100} stroke="#64748b" strokeDasharray="3 3" />
          <ChartTooltip height={height} />
          {model.index.map((s) => (
            <Line
              key={s.geography}
              dataKey={s.geography}
              name={s.name}
              stroke={s.color}
              strokeWidth={3}
              strokeDasharray={s.dash}
              connectNulls={false}
              isAnimationActive={false}
              // Every index point is computed (derived), so hollow.
              dot={{ r: 4, fill: '#ffffff', stroke: s.color, strokeWidth: 2 }}
            >
              {s.geography === model.place && (
                <LabelList
                  dataKey={`${s.geography}:text`}
                  position="top"
                  fill={s.color}
                  fontSize={12}
                />
              )}
            </Line>
          ))}
        </LineChart>
      </ResponsiveContainer>
      <ChartKey
        items={model.index.map((s) => ({
          id: s.geography,
          label: `${s.name} (2017/18 = 100)${s.geography === model.place ? '' : s.geography === model.comparator.id ? ', comparator' : ', for context'}`,
          color: s.color,
          dash: s.dash,
        }))}
      />
    </figure>
  );
}

/** The forces' own yearly counts, where at least two forces have two years or more. */
function ForceCountsChart({ model }: { model: PlaceModel }) {
  const narrow = useMediaQuery(NARROW);
  const drawn = model.forces.filter((f) => f.counts.filter((o) => o !== null).length >= 2);
  if (drawn.length < 2) return null;
  const styles = drawn.map((_, i) => seriesStyle(i));
  const height = 280;
  const rows = model.forceYears.map((year, y) => {
    const tip: Tip = {
      title: `${yearLabel(year)}, ${model.name}'s forces`,
      lines: drawn.flatMap((f, i) => {
        const o = f.counts[y];
        return o
          ? [
              {
                name: f.name,
                color: styles[i]!.color,
                value: `${countText(o)} recorded offences`,
                details: [...markDetails(o.status, o.bound), ...sourceDetails(model.sources, o)],
              },
            ]
          : [];
      }),
    };
    const row: Record<string, string | number | null | Tip> = { year: yearLabel(year), tip };
    drawn.forEach((f) => (row[f.geography] = f.counts[y]?.value ?? null));
    return row;
  });
  return (
    <figure
      aria-label={`Line chart of the recorded offences of each of ${model.name}'s forces, ${drawn.map((f) => f.name).join(', ')}; gaps where a force gave no figure`}
      className="mt-6"
    >
      <h3 className="font-semibold">{model.name}'s forces: recorded offences</h3>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={rows}
          margin={{ top: 16, right: 32, bottom: 8, left: 0 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis dataKey="year" {...yearAxisProps(narrow)} />
          <YAxis tick={AXIS_TICK} width={48} domain={[0, 'auto']} />
          <ChartTooltip height={height} />
          {drawn.map((f, i) => (
            <Line
              key={f.geography}
              dataKey={f.geography}
              name={f.name}
              stroke={styles[i]!.color}
              strokeWidth={3}
              strokeDasharray={styles[i]!.dash}
              connectNulls={false}
              isAnimationActive={false}
              // Published counts are filled; derived or approximate ones hollow.
              dot={(props: { cx?: number; cy?: number; index?: number }) => {
                const o = f.counts[props.index ?? -1];
                if (props.cx === undefined || props.cy === undefined || !o)
                  return <g key={props.index} />;
                return (
                  <circle
                    key={props.index}
                    cx={props.cx}
                    cy={props.cy}
                    r={4}
                    fill={o.status === 'published' ? styles[i]!.color : '#ffffff'}
                    stroke={styles[i]!.color}
                    strokeWidth={2}
                  />
                );
              }}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <ChartKey
        items={drawn.map((f, i) => ({
          id: f.geography,
          label: f.name,
          color: styles[i]!.color,
          dash: styles[i]!.dash,
        }))}
      />
      <p className="text-sm text-slate-700">
        Gaps: no figure for that force and year. Forces' figures may come from another release than{' '}
        {model.name}'s total, so they need not add up to it.
      </p>
    </figure>
  );
}

const SHARE_SPAN = '2017/18 and 2018/19 together';

function ForceSharesChart({ model }: { model: PlaceModel }) {
  const rows = model.forces
    .filter((f) => f.shares.some((s) => s !== null))
    .map((f) => {
      const tip: Tip = {
        title: `${f.name}, ${SHARE_SPAN}`,
        lines: model.platforms.flatMap((p, i) => {
          const o = f.shares[i];
          return o
            ? [
                {
                  name: platformLabel(p),
                  color: platformColor(p),
                  value: `${shareText(o)} of the force's offences`,
                  details: [...markDetails(o.status, o.bound), ...sourceDetails(model.sources, o)],
                },
              ]
            : [];
        }),
      };
      const row: Record<string, string | number | null | Tip> = {
        name: f.name.replace(/ Police$/, ''),
        tip,
      };
      model.platforms.forEach((p, i) => {
        const o = f.shares[i];
        row[p] = o?.value ?? null;
        row[`${p}:text`] = o ? shareText(o) : null;
      });
      return row;
    });
  if (rows.length === 0 || model.platforms.length === 0) return null;
  const height = 40 + rows.length * (24 * model.platforms.length + 24);
  return (
    <figure
      aria-label={`Bar chart of the share of each force's offences, ${SHARE_SPAN}, by platform`}
      className="mt-6"
    >
      <h3 className="font-semibold">Platforms in each force's offences, {SHARE_SPAN}</h3>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 100]}
            tick={AXIS_TICK}
            tickFormatter={(v: number) => `${v}%`}
          />
          <YAxis type="category" dataKey="name" width={110} tick={AXIS_TICK} interval={0} />
          <ChartTooltip height={height} />
          {model.platforms.map((p) => (
            <Bar
              key={p}
              dataKey={p}
              name={platformLabel(p)}
              fill={platformColor(p)}
              isAnimationActive={false}
            >
              <LabelList dataKey={`${p}:text`} position="right" fill="#1e293b" fontSize={12} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ChartKey
        items={model.platforms.map((p) => ({
          id: p,
          label: platformLabel(p),
          color: platformColor(p),
        }))}
      />
    </figure>
  );
}

function PlaceChartView({ model, height = 320 }: { model: PlaceModel; height?: number }) {
  return (
    <>
      {model.missing ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{model.missing}</p>
      ) : (
        <IndexChart model={model} height={height} />
      )}
      <ForceCountsChart model={model} />
      <ForceSharesChart model={model} />
    </>
  );
}

export const PlaceChart = memo(PlaceChartView, sameChartProps);
