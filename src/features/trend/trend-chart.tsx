// The trend drawn by Recharts: on slides (every value written, no hover) and as small multiples.
// The page's own chart is trend-svg.tsx.
import { lazy, memo, Suspense, useState } from 'react';
import { sameChartProps } from '../../lib/same-chart-props';
import { AXIS_TICK, GRID_STROKE, SIDE_VALUE_TICKS } from '../../lib/palette';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { yearLabel } from '../../lib/period';
import type { Source } from '../../data/schema';
import { ChartBox } from '../../components/chart-box';
import { labelSeriesOf, shortName, textKey, valueKey } from '../../components/line-labels';
import { LineLabels } from '../../components/recharts-line-labels';
import { useChartColors, usePresenting } from '../../components/presenting';
import { formatCount, formatIndex } from '../../data/format';
import { useFirstPaint } from '../../lib/use-first-paint';
import { NARROW, useMediaQuery } from '../../lib/use-media-query';
import { yearAxisProps } from '../../lib/year-axis';
import { widest } from '../../lib/text-width';
import type { TrendModel } from './series';
import { Key, niceStep, rowsOf, starsOf, StatusDot, type DotProps } from './trend-parts';

// Hovering is the only use of the tooltip: its code loads once the first chart is on screen.
const TooltipLayer = lazy(() =>
  import('./trend-tooltip').then((m) => ({ default: m.TrendTooltipLayer })),
);

/**
 * Recharts' ReferenceLine removes and adds itself in the chart's store after every render, which
 * makes the whole chart draw again; one whose props are unchanged need not render at all.
 */
const StableReferenceLine = memo(ReferenceLine, (a, b) => JSON.stringify(a) === JSON.stringify(b));

/**
 * The value axis's settings, the same objects from one render to the next: Recharts compares
 * them by identity, and a new function or array makes it register the axis anew and draw the
 * chart again.
 */
const VALUE_AXIS = {
  count: { tickFormatter: (v: number) => formatCount(v), domain: [0, 'auto'] },
  index: { tickFormatter: (v: number) => formatIndex(v), domain: ['auto', 'auto'] },
} as const;

/** Pure view: draws the model, one line per geography, gaps where a year has no figure. */
function TrendChartView({
  model,
  sources,
  height = 340,
  place,
  later,
  yMin,
  yMax,
}: {
  model: TrendModel;
  sources: ReadonlyMap<string, Source>;
  height?: number;
  /** One of small multiples: the place it shows, named above it; no key of its own. */
  place?: string;
  /** Drawn after the first of the small multiples, in a task of its own (see ChartBox). */
  later?: boolean;
  /** A value axis shared with other charts (small multiples), instead of one fitted to this. */
  yMin?: number;
  yMax?: number;
}) {
  const rows = rowsOf(model);
  const painted = useFirstPaint();
  // A small multiple is a phone's width: its years are shortened and thinned the same way.
  const narrow = useMediaQuery(NARROW) || place !== undefined;
  const summary = place ? `Line chart of ${place}.` : `Line chart. ${model.takeaway}`;
  // On a slide nobody can hover: every value is written beside its point, in the slide's type.
  const slide = usePresenting();
  const { color, background } = useChartColors();
  const font = slide?.fontSize ?? AXIS_TICK.fontSize;
  const tick = { ...AXIS_TICK, fontSize: font };
  const radius = slide ? Math.max(5, Math.round(font / 4)) : 5;
  const texts = rows.flatMap((r) => model.series.map((_, i) => String(r[textKey(i)] ?? '')));
  // Room either side for half the longest label or year, so none runs off the plot (bold digits
  // are about 0.65 em wide).
  const padding = slide
    ? Math.ceil((Math.max(7, ...texts.map((t) => t.length)) * 0.65 * font) / 2 + 4)
    : 0;
  // On a slide each line is named at its end in place of the key, where the names take at most
  // a fifth of it. On the page this chart draws only small multiples, each named above it (the
  // page's single trend chart, which names its lines itself, is trend-svg.tsx).
  const names = model.series.map((s) => shortName(s.name));
  const nameRoom = slide ? Math.ceil(widest(names, font, true) + radius * 2 + 16) : 0;
  const naming = place === undefined && slide !== null && nameRoom <= slide.width * 0.2;
  // Assumed until the names are placed, so the key is drawn once at its final size (the baked
  // view, drawn without names, then gives way with no shift); it grows back only where a name
  // could not be placed.
  const [namedAll, setNamedAll] = useState(true);
  const named = naming && namedAll;
  const starred = model.series.some((s) => s.points.some((p) => p.confidence === 'M'));
  return (
    <figure aria-label={summary}>
      <ChartBox height={height} later={later}>
        <LineChart
          data={rows}
          margin={{
            top: slide ? font * 1.5 : 24,
            right: naming ? nameRoom : slide ? 8 : 24,
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
              height={slide ? Math.ceil(font * 1.3) + 12 : undefined}
              padding={{ left: padding, right: padding }}
              // A narrow slide keeps every other year rather than overlap them.
              interval={slide ? 'preserveStartEnd' : undefined}
              minTickGap={slide ? 8 : undefined}
            />
          ) : (
            // Every year labelled; on phones as "17/18", slanted, so that all of them fit.
            <XAxis dataKey="year" {...yearAxisProps(narrow)} />
          )}
          <YAxis
            tick={tick}
            width={slide ? 'auto' : 56}
            {...(!slide && SIDE_VALUE_TICKS)}
            {...VALUE_AXIS[model.measure]}
            {...(yMin !== undefined && yMax !== undefined && { domain: [yMin, yMax] })}
          />
          {model.measure === 'index' && (
            <StableReferenceLine y={100} stroke="#64748b" strokeDasharray="3 3" />
          )}
          {model.events.map((e, i) => (
            <StableReferenceLine
              key={e.year}
              x={yearLabel(e.year)}
              stroke="#94a3b8"
              strokeDasharray="4 4"
              label={{
                value: String(i + 1),
                position: 'top',
                fill: '#1e293b',
                fontSize: slide ? font : 13,
                fontWeight: 700,
              }}
            />
          ))}
          {painted && (
            <Suspense fallback={null}>
              <TooltipLayer model={model} sources={sources} height={height} />
            </Suspense>
          )}
          {model.series.map((s, i) => (
            <Line
              key={s.geography}
              dataKey={valueKey(i)}
              name={s.name}
              stroke={color(s.color)}
              strokeWidth={3}
              strokeDasharray={s.dash}
              connectNulls={false}
              isAnimationActive={false}
              dot={(props: DotProps) => (
                <StatusDot
                  key={`${s.geography}-${props.index}`}
                  {...props}
                  point={s.points[props.index ?? -1]}
                  color={color(s.color)}
                  background={background}
                  r={radius}
                  marker={s.marker}
                />
              )}
              activeDot={{ r: radius + 2 }}
            />
          ))}
          {(slide || naming || starred) && (
            <LineLabels
              fontSize={font}
              // Clear of the dotted ring round a partial-coverage point, not just the dot.
              radius={radius * 2}
              // On the page the values are the tooltip's: only the names are written, and a star
              // by each medium-confidence point, placed clear of everything as a label is.
              series={slide ? labelSeriesOf(model.series, rows) : starsOf(model.series, rows)}
              names={naming ? names : undefined}
              onNamed={setNamedAll}
            />
          )}
        </LineChart>
      </ChartBox>
      {place === undefined && <Key series={model.series} events={model.events} named={named} />}
    </figure>
  );
}

export const TrendChart = memo(TrendChartView, sameChartProps);

/**
 * One small chart per place, all on the same value axis so their heights compare, for more lines
 * than one chart's styles keep apart; one key for all of them under the grid.
 */
export function TrendSmallMultiples({
  model,
  sources,
}: {
  model: TrendModel;
  sources: ReadonlyMap<string, Source>;
}) {
  const values = model.series.flatMap((s) => s.points.flatMap((p) => p.value ?? []));
  const low = model.measure === 'count' ? 0 : Math.min(...values);
  const high = Math.max(...values);
  const step = niceStep(high - low);
  const yMin = Math.floor(low / step) * step;
  const yMax = Math.ceil(high / step) * step;
  return (
    <figure aria-label={`Line charts, one per place, on one scale. ${model.takeaway}`}>
      <ul
        className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-2"
        aria-label="One chart per place"
      >
        {model.series.map((s, i) => (
          <li key={s.geography}>
            <h3 className="text-sm font-semibold">{s.name}</h3>
            <TrendChart
              model={{ ...model, series: [s] }}
              sources={sources}
              height={180}
              place={s.name}
              later={i > 0}
              yMin={yMin}
              yMax={yMax}
            />
          </li>
        ))}
      </ul>
      {/* Each place is named above its chart: the key keeps the marks and events. */}
      <Key series={model.series} events={model.events} named />
    </figure>
  );
}
