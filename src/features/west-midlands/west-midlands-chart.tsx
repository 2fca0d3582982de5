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
import { AXIS_TICK, GRID_STROKE, platformColor } from '../../lib/palette';
import { REGION, type WestMidlandsModel } from './series';
import { ChartKey } from '../../components/chart-key';

function IndexChart({ model, height }: { model: WestMidlandsModel; height: number }) {
  const rows = model.years.map((year) => {
    const row: Record<string, string | number | null> = { year: yearLabel(year) };
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
          margin={{ top: 24, right: 32, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis dataKey="year" tick={AXIS_TICK} tickMargin={8} />
          <YAxis tick={AXIS_TICK} width={48} domain={['auto', 'auto']} />
          <ReferenceLine y={100} stroke="#64748b" strokeDasharray="3 3" />
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
              {s.geography === REGION && (
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
          label: `${s.name} (2017/18 = 100)`,
          color: s.color,
          dash: s.dash,
        }))}
      />
    </figure>
  );
}

function ForceSharesChart({ model }: { model: WestMidlandsModel }) {
  const rows = model.forces
    .filter((f) => f.shares.some((s) => s !== null))
    .map((f) => {
      const row: Record<string, string | number | null> = { name: f.name.replace(/ Police$/, '') };
      model.platforms.forEach((p, i) => {
        const o = f.shares[i];
        row[p] = o?.value ?? null;
        row[`${p}:text`] = o ? withMark(`${o.value}%`, o.status) : null;
      });
      return row;
    });
  if (rows.length === 0 || model.platforms.length === 0) return null;
  return (
    <figure
      aria-label="Bar chart of the share of each force's offences, 2017/18 and 2018/19 together, by platform"
      className="mt-6"
    >
      <h3 className="font-semibold">
        Platforms in each force's offences, 2017/18 and 2018/19 together
      </h3>
      <ResponsiveContainer
        width="100%"
        height={40 + rows.length * (24 * model.platforms.length + 24)}
      >
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

function WestMidlandsChartView({
  model,
  height = 320,
}: {
  model: WestMidlandsModel;
  height?: number;
}) {
  return (
    <>
      {model.index.length > 0 && <IndexChart model={model} height={height} />}
      <ForceSharesChart model={model} />
    </>
  );
}

export const WestMidlandsChart = memo(WestMidlandsChartView, sameChartProps);
