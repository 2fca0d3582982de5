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
  XAxis,
  YAxis,
} from 'recharts';
import { yearLabel } from '../../data/period';
import { platformLabel } from '../../data/vocabularies';
import { formatIndex, withMark } from '../../lib/format';
import { AXIS_TICK, GRID_STROKE, platformColor } from '../../lib/palette';
import { REGION, type WestMidlandsModel } from './series';
import { ChartKey } from '../../components/chart-key';
import { ChartBox } from '../../components/chart-box';
import { LineLabels } from '../../components/line-labels';
import { useChartColors, usePresenting } from '../../components/presenting';
import { widest } from '../../lib/text-width';

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
  // On a slide every value is written, placed clear of the lines' other labels and points.
  const slide = usePresenting();
  const { color, background } = useChartColors();
  const font = slide?.fontSize ?? AXIS_TICK.fontSize;
  const tick = { ...AXIS_TICK, fontSize: font };
  const texts = rows.flatMap((r) => model.index.map((s) => String(r[`${s.geography}:text`] ?? '')));
  const padding = slide
    ? Math.ceil(
        Math.max(widest(texts, font, true), widest(model.years.map(yearLabel), font)) / 2 + 4,
      )
    : 0;
  return (
    <figure aria-label={`Line chart, offences indexed to 2017/18 = 100. ${model.takeaway}`}>
      <ChartBox height={height}>
        <LineChart
          data={rows}
          margin={{ top: slide ? 8 : 24, right: slide ? 8 : 32, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis
            dataKey="year"
            tick={tick}
            tickMargin={8}
            height={slide ? Math.ceil(font * 1.3) + 12 : undefined}
            padding={{ left: padding, right: padding }}
            interval={slide ? 'preserveStartEnd' : undefined}
            minTickGap={slide ? 8 : undefined}
          />
          <YAxis tick={tick} width={slide ? 'auto' : 48} domain={['auto', 'auto']} />
          <ReferenceLine y={100} stroke="#64748b" strokeDasharray="3 3" />
          {model.index.map((s) => (
            <Line
              key={s.geography}
              dataKey={s.geography}
              name={s.name}
              stroke={color(s.color)}
              strokeWidth={3}
              strokeDasharray={s.dash}
              connectNulls={false}
              isAnimationActive={false}
              // Every index point is computed (derived), so hollow.
              dot={{ r: slide ? 6 : 4, fill: background, stroke: color(s.color), strokeWidth: 2 }}
            >
              {!slide && s.geography === REGION && (
                <LabelList
                  dataKey={`${s.geography}:text`}
                  position="top"
                  fill={s.color}
                  fontSize={12}
                />
              )}
            </Line>
          ))}
          {slide && (
            <LineLabels
              fontSize={font}
              radius={6}
              series={model.index.map((s) => ({
                key: s.geography,
                color: s.color,
                points: rows.map((r) => ({
                  x: String(r.year),
                  value: r[s.geography] as number | null,
                  text: r[`${s.geography}:text`] as string | null,
                })),
              }))}
            />
          )}
        </LineChart>
      </ChartBox>
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

function forceRows(model: WestMidlandsModel) {
  return model.forces
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
}

/** Whether the force shares chart has anything to draw. */
export function hasForceShares(model: WestMidlandsModel): boolean {
  return model.platforms.length > 0 && forceRows(model).length > 0;
}

function ForceSharesChart({ model }: { model: WestMidlandsModel }) {
  const slide = usePresenting();
  const { color } = useChartColors();
  if (!hasForceShares(model)) return null;
  const rows = forceRows(model);
  const font = slide?.fontSize ?? 12;
  const tick = { ...AXIS_TICK, fontSize: slide ? font : AXIS_TICK.fontSize };
  const labels = rows.flatMap((r) => model.platforms.map((p) => String(r[`${p}:text`] ?? '')));
  return (
    <figure
      aria-label="Bar chart of the share of each force's offences, 2017/18 and 2018/19 together, by platform"
      className="mt-6"
    >
      <h3 className="font-semibold">
        Platforms in each force's offences, 2017/18 and 2018/19 together
      </h3>
      <ChartBox height={40 + rows.length * (24 * model.platforms.length + 24)}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{
            top: 8,
            // Room for the widest value label beside the longest bar, and for "100%" below it.
            right: slide ? Math.ceil(widest([...labels, '100%'], font) + 12) : 56,
            bottom: 8,
            left: 8,
          }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 100]}
            tick={tick}
            height={slide ? Math.ceil(font * 1.3) + 12 : undefined}
            tickFormatter={(v: number) => `${v}%`}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={
              slide
                ? Math.ceil(
                    widest(
                      rows.map((r) => String(r.name)),
                      font,
                    ) + 16,
                  )
                : 110
            }
            tick={tick}
            interval={0}
          />
          {model.platforms.map((p) => (
            <Bar
              key={p}
              dataKey={p}
              name={platformLabel(p)}
              fill={color(platformColor(p))}
              isAnimationActive={false}
            >
              <LabelList dataKey={`${p}:text`} position="right" fill="#1e293b" fontSize={font} />
            </Bar>
          ))}
        </BarChart>
      </ChartBox>
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
  part,
}: {
  model: WestMidlandsModel;
  height?: number;
  /** One of the two charts alone, for a slide; both when absent. */
  part?: 'index' | 'forces';
}) {
  return (
    <>
      {part !== 'forces' && model.index.length > 0 && <IndexChart model={model} height={height} />}
      {part !== 'index' && <ForceSharesChart model={model} />}
    </>
  );
}

export const WestMidlandsChart = memo(WestMidlandsChartView, sameChartProps);
