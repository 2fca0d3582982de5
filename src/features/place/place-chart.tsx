import { memo, useState } from 'react';
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
import { yearLabel } from '../../lib/period';
import { platformLabel } from '../../data/vocabularies';
import { formatIndex, MEDIUM_MARK, withConfidence, withMark } from '../../data/format';
import { NARROW, useMediaQuery } from '../../lib/use-media-query';
import { yearAxisProps } from '../../lib/year-axis';
import {
  AXIS_TICK,
  GRID_STROKE,
  SIDE_VALUE_TICKS,
  geographyStyle,
  platformColor,
} from '../../lib/palette';
import { countText, shareText, type PlaceModel } from './series';
import { ChartKey } from '../../components/chart-key';
import { ChartBox } from '../../components/chart-box';
import { labelSeriesOf, shortName, textKey, valueKey } from '../../components/line-labels';
import { LineLabels } from '../../components/recharts-line-labels';
import { SeriesMarker } from '../../components/series-marker';
import { useChartColors, usePresenting } from '../../components/presenting';
import { labelRoom, widest } from '../../lib/text-width';
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

const MEDIUM_NOTE = ` (medium confidence ${MEDIUM_MARK})`;

/** An index is as sure as the less sure of its figure and its base. */
function mediumIndex(
  model: PlaceModel,
  s: PlaceModel['index'][number],
  p: PlaceModel['index'][number]['points'][number] | undefined,
): 'M' | null {
  return model.medium.has(s.base) || (p?.observation && model.medium.has(p.observation))
    ? 'M'
    : null;
}

function IndexChart({ model, height }: { model: PlaceModel; height: number }) {
  const narrow = useMediaQuery(NARROW);
  const rows = model.years.map((year) => {
    const row: Record<string, string | number | null | Tip> = {
      year: yearLabel(year),
      tip: indexTip(model, year),
    };
    model.index.forEach((s, i) => {
      const p = s.points.find((pt) => pt.year === year);
      row[valueKey(i)] = p?.value ?? null;
      row[textKey(i)] =
        p && p.value !== null
          ? withConfidence(withMark(formatIndex(p.value), p.status), mediumIndex(model, s, p))
          : null;
    });
    return row;
  });
  // On a slide every value is written, placed clear of the lines' other labels and points.
  const slide = usePresenting();
  // A line whose values the page does not write (they are in the tooltip) is starred in the key
  // where any is medium confidence: an index on the UK's revised series is, every year.
  const starred = (s: PlaceModel['index'][number]) =>
    !slide && s.geography !== model.place && s.points.some((p) => mediumIndex(model, s, p));
  const { color, background } = useChartColors();
  const font = slide?.fontSize ?? AXIS_TICK.fontSize;
  const tick = { ...AXIS_TICK, fontSize: font };
  const texts = rows.flatMap((r) => model.index.map((_, i) => String(r[textKey(i)] ?? '')));
  const padding = slide
    ? Math.ceil(
        Math.max(widest(texts, font, true), widest(model.years.map(yearLabel), font)) / 2 + 4,
      )
    : 0;
  // Each line named at its end in place of the key, where the names leave the plot room (as in
  // the trend chart): not on phones, nor past a fifth of a slide.
  const radius = slide ? 6 : 4;
  const names = model.index.map((s) => shortName(s.name));
  const nameRoom = Math.ceil(widest(names, font, true) + radius + 16);
  const naming = slide ? nameRoom <= slide.width * 0.2 : !narrow && nameRoom <= 240;
  const [namedAll, setNamedAll] = useState(false);
  const named = naming && namedAll;
  const others = model.index.filter((s) => s.geography !== model.place);
  return (
    <figure aria-label={`Line chart, offences indexed to 2017/18 = 100. ${model.takeaway}`}>
      <ChartBox height={height}>
        <LineChart
          data={rows}
          margin={{
            top: slide ? 8 : 24,
            right: naming ? nameRoom : slide ? 8 : 32,
            bottom: 8,
            left: 8,
          }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          {slide ? (
            <XAxis
              dataKey="year"
              tick={tick}
              tickMargin={8}
              height={Math.ceil(font * 1.3) + 12}
              padding={{ left: padding, right: padding }}
              interval="preserveStartEnd"
              minTickGap={8}
            />
          ) : (
            <XAxis dataKey="year" {...yearAxisProps(narrow)} />
          )}
          <YAxis
            tick={tick}
            width={slide ? 'auto' : 48}
            domain={['auto', 'auto']}
            {...(!slide && SIDE_VALUE_TICKS)}
          />
          <ReferenceLine y={100} stroke="#64748b" strokeDasharray="3 3" />
          {!slide && <ChartTooltip height={height} />}
          {model.index.map((s, i) => (
            <Line
              key={s.geography}
              dataKey={valueKey(i)}
              name={s.name}
              stroke={color(s.color)}
              strokeWidth={3}
              strokeDasharray={s.dash}
              connectNulls={false}
              isAnimationActive={false}
              // Every index point is computed (derived), so hollow.
              dot={(props: { cx?: number; cy?: number; index?: number }) =>
                props.cx === undefined || props.cy === undefined ? (
                  <g key={props.index} />
                ) : (
                  <SeriesMarker
                    key={props.index}
                    shape={s.marker}
                    cx={props.cx}
                    cy={props.cy}
                    r={slide ? 6 : 4}
                    fill={background}
                    stroke={color(s.color)}
                  />
                )
              }
            />
          ))}
          {/* On the page, the place's own values only: the others are in the tooltip. */}
          <LineLabels
            fontSize={slide ? font : 12}
            radius={radius}
            series={labelSeriesOf(model.index, rows)}
            labelled={
              slide
                ? undefined
                : valueKey(model.index.findIndex((s) => s.geography === model.place))
            }
            names={naming ? names : undefined}
            onNamed={setNamedAll}
          />
        </LineChart>
      </ChartBox>
      <ChartKey
        items={model.index.map((s) => ({
          id: s.geography,
          label: `${s.name} (2017/18 = 100)${s.geography === model.place ? '' : s.geography === model.comparator.id ? ', comparator' : ', for context'}${starred(s) ? MEDIUM_NOTE : ''}`,
          color: s.color,
          dash: s.dash,
          marker: s.marker,
        }))}
        named={named}
      >
        {named && (
          <li>
            Each line is 2017/18 = 100
            {others.length > 0 &&
              `; ${others
                .map(
                  (s) =>
                    `${shortName(s.name)} ${s.geography === model.comparator.id ? 'is the comparator' : 'for context'}${starred(s) ? MEDIUM_NOTE : ''}`,
                )
                .join(', ')}`}
          </li>
        )}
      </ChartKey>
    </figure>
  );
}

const SHARE_SPAN = '2017/18 and 2018/19 together';

function forceRows(model: PlaceModel) {
  return model.forces
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
        name: f.shortName,
        tip,
      };
      model.platforms.forEach((_, i) => {
        const o = f.shares[i];
        row[valueKey(i)] = o?.value ?? null;
        row[textKey(i)] = o ? withConfidence(shareText(o), model.medium.has(o) ? 'M' : null) : null;
      });
      return row;
    });
}

/** Whether the force shares chart has anything to draw. */
export function hasForceShares(model: PlaceModel): boolean {
  return model.platforms.length > 0 && forceRows(model).length > 0;
}

function ForceSharesChart({ model }: { model: PlaceModel }) {
  const slide = usePresenting();
  const { color } = useChartColors();
  if (!hasForceShares(model)) return null;
  const rows = forceRows(model);
  const font = slide?.fontSize ?? 12;
  const tick = { ...AXIS_TICK, fontSize: slide ? font : AXIS_TICK.fontSize };
  const labels = rows.flatMap((r) => model.platforms.map((_, i) => String(r[textKey(i)] ?? '')));
  const height = 40 + rows.length * (24 * model.platforms.length + 24);
  return (
    <figure
      aria-label="Bar chart of the share of each force's offences, 2017/18 and 2018/19 together, by platform"
      className="mt-6"
    >
      <h3 className="font-semibold">
        Platforms in each force's offences, 2017/18 and 2018/19 together
      </h3>
      <ChartBox height={height} later>
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
                ? labelRoom(
                    rows.map((r) => String(r.name)),
                    font,
                  )
                : 110
            }
            tick={tick}
            interval={0}
          />
          {!slide && <ChartTooltip height={height} />}
          {model.platforms.map((p, i) => (
            <Bar
              key={p}
              dataKey={valueKey(i)}
              name={platformLabel(p)}
              fill={color(platformColor(p))}
              isAnimationActive={false}
            >
              <LabelList dataKey={textKey(i)} position="right" fill="#1e293b" fontSize={font} />
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

/** The forces' own yearly counts, where at least two forces have two years or more. */
function ForceCountsChart({ model }: { model: PlaceModel }) {
  const narrow = useMediaQuery(NARROW);
  const drawn = model.forces.filter((f) => f.counts.filter((o) => o !== null).length >= 2);
  if (drawn.length < 2) return null;
  const styles = drawn.map((f) => geographyStyle(f.geography));
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
    drawn.forEach((f, i) => (row[valueKey(i)] = f.counts[y]?.value ?? null));
    return row;
  });
  return (
    <figure
      aria-label={`Line chart of the recorded offences of each of ${model.name}'s forces, ${drawn.map((f) => f.name).join(', ')}; gaps where a force gave no figure`}
      className="mt-6"
    >
      <h3 className="font-semibold">{model.name}'s forces: recorded offences</h3>
      <ChartBox height={height} later>
        <LineChart
          data={rows}
          margin={{ top: 16, right: 32, bottom: 8, left: 0 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis dataKey="year" {...yearAxisProps(narrow)} />
          <YAxis tick={AXIS_TICK} width={48} domain={[0, 'auto']} {...SIDE_VALUE_TICKS} />
          <ChartTooltip height={height} />
          {drawn.map((f, i) => (
            <Line
              key={f.geography}
              dataKey={valueKey(i)}
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
                  <SeriesMarker
                    key={props.index}
                    shape={styles[i]!.marker}
                    cx={props.cx}
                    cy={props.cy}
                    r={4}
                    fill={o.status === 'published' ? styles[i]!.color : '#ffffff'}
                    stroke={styles[i]!.color}
                  />
                );
              }}
            />
          ))}
        </LineChart>
      </ChartBox>
      <ChartKey
        items={drawn.map((f, i) => ({
          id: f.geography,
          label: f.name,
          color: styles[i]!.color,
          dash: styles[i]!.dash,
          marker: styles[i]!.marker,
        }))}
      />
      <p className="text-sm text-slate-700">
        Gaps: no figure for that force and year. Forces' figures may come from another release than{' '}
        {model.name}'s total, so they need not add up to it.
      </p>
    </figure>
  );
}

function PlaceChartView({
  model,
  height = 320,
  part,
}: {
  model: PlaceModel;
  height?: number;
  /** One of the two charts alone, for a slide; both when absent. */
  part?: 'index' | 'forces';
}) {
  return (
    <>
      {part !== 'forces' &&
        (model.missing ? (
          <p className="rounded border border-slate-300 bg-slate-50 p-4">{model.missing}</p>
        ) : (
          <IndexChart model={model} height={height} />
        ))}
      {part === undefined && <ForceCountsChart model={model} />}
      {part !== 'index' && <ForceSharesChart model={model} />}
    </>
  );
}

export const PlaceChart = memo(PlaceChartView, sameChartProps);
