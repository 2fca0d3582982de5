// The page's trend chart, drawn as plain SVG from the model. It is the first screen's chart: with
// Recharts it cost the page about 100 KB of JavaScript before its first chart and most of each
// filter change (Recharts' store settles in a series of updates on every change). Slides and
// small multiples still draw it with Recharts (trend-chart.tsx); both share trend-parts.tsx.
import {
  lazy,
  memo,
  Suspense,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { AXIS_TICK, GRID_STROKE } from '../../lib/palette';
import { yearLabel } from '../../lib/period';
import type { Source } from '../../data/schema';
import { LineLabelsAt, shortName, type ChartScales } from '../../components/line-labels';
import { useChartColors } from '../../components/presenting';
import { ChartWidthHint } from '../../components/chart-width-hint';
import { usePanelCapture } from '../../components/panel-capture';
import { formatCount, formatIndex } from '../../data/format';
import { sameChartProps } from '../../lib/same-chart-props';
import { textWidth } from '../../lib/text-width';
import { NARROW, useMediaQuery } from '../../lib/use-media-query';
import { niceTickValues } from '../../lib/nice-ticks';
import { yearAxisProps } from '../../lib/year-axis';
import type { TrendModel } from './series';
import { Key, rowsOf, starsOf, StatusDot } from './trend-parts';

// Hovering is the only use of the tooltip: its code loads at the first hover.
const TrendTooltip = lazy(() => import('./trend-tip').then((m) => ({ default: m.TrendTooltip })));

const HEIGHT = 340;
/** As Recharts laid the chart out: its margins, the value axis's width, the year axis's height. */
const MARGIN = { top: 24, right: 24, bottom: 8, left: 8 };
const VALUE_AXIS = 56;
const YEAR_AXIS = 30;
const TICK = 6;
const AXIS_STROKE = '#666';
const RADIUS = 5;

/**
 * The width of the box the chart fills, known before the first paint, and kept up to date. Where
 * the page's layout gives it in advance (ChartWidthHint) the box is not measured, only watched: a
 * box the hint got wrong is drawn again before the frame that would show it is painted.
 */
function useBoxWidth() {
  const box = useRef<HTMLDivElement>(null);
  const hint = useContext(ChartWidthHint);
  const [width, setWidth] = useState(() => hint?.() ?? 0);
  const hinted = useRef(width > 0);
  useLayoutEffect(() => {
    const el = box.current;
    // A chart drawn for a capture that shows no drawing has no box.
    if (!el) return;
    // Whole pixels, as Recharts' charts beside it are sized (and the baked chart was drawn).
    if (!hinted.current) {
      const now = Math.round(el.getBoundingClientRect().width);
      if (now > 0) setWidth(now);
    }
    // Without an observer (a test's DOM without one), the box is never measured.
    if (typeof ResizeObserver === 'undefined') return;
    // Observations arrive after the frame's layout and before its paint: drawn at once, the
    // chart is painted at its box's width. An observer that reports inside observe() (a test's)
    // reports inside this effect, where React draws the change before the paint anyway.
    let observing = true;
    const observer = new ResizeObserver((entries) => {
      const w = Math.round(entries.at(-1)!.contentRect.width);
      if (w <= 0) return;
      if (observing) setWidth(w);
      else flushSync(() => setWidth(w));
    });
    observer.observe(el);
    observing = false;
    return () => observer.disconnect();
  }, []);
  return [box, width] as const;
}

/**
 * Which year labels are written: all, or (`thin`) the first and last and each between them that
 * keeps `gap` pixels clear of its neighbours, as Recharts' "preserveStartEnd" does.
 */
function shownLabels(xs: readonly number[], widths: readonly number[], thin: boolean, gap: number) {
  if (!thin || xs.length <= 2) return xs.map(() => true);
  const last = xs.length - 1;
  const tail = xs[last]! - widths[last]! / 2;
  let end = xs[0]! + widths[0]! / 2;
  return xs.map((x, i) => {
    if (i === 0 || i === last) return true;
    const half = widths[i]! / 2;
    if (x - half < end + gap || x + half + gap > tail) return false;
    end = x + half;
    return true;
  });
}

function TrendSvgView({
  model,
  sources,
}: {
  model: TrendModel;
  sources: ReadonlyMap<string, Source>;
}) {
  const [box, width] = useBoxWidth();
  const narrow = useMediaQuery(NARROW);
  const { color, background } = useChartColors();
  const [active, setActive] = useState<number | null>(null);
  // Assumed until the names are placed, so the key is drawn once at its final size; it grows
  // back only where a name could not be placed.
  const [namedAll, setNamedAll] = useState(true);
  const unseen = usePanelCapture()?.unseen === true;
  const rows = rowsOf(model);
  const names = model.series.map((s) => shortName(s.name));
  // On the page the room is estimated from the names' length, not measured: the baked view
  // (drawn without a canvas) then reserves exactly what the live chart does, and nothing moves.
  const nameRoom = Math.ceil(
    Math.max(0, ...names.map((n) => n.length)) * AXIS_TICK.fontSize * 0.62 + RADIUS * 2 + 16,
  );
  // Each line named at its end in place of the key, where the names leave the plot room: not on
  // phones, where a name's margin would take a third of the plot.
  const naming = !narrow && nameRoom <= 240;
  const named = naming && namedAll;
  const starred = model.series.some((s) => s.points.some((p) => p.confidence === 'M'));
  const figure = (drawing: ReactNode) => (
    <figure aria-label={`Line chart. ${model.takeaway}`}>
      {drawing}
      <Key series={model.series} events={model.events} named={named} />
    </figure>
  );
  if (unseen) return figure(null);

  const values = model.series.flatMap((s) => s.points.flatMap((p) => p.value ?? []));
  const low = model.measure === 'count' ? 0 : Math.min(...values);
  const high = Math.max(...values);
  // Recharts' own rounding of an axis's ends, so this axis reads as the page's others do.
  const ticks = values.length ? niceTickValues([low, high], 5, true) : [];
  const y0 = ticks[0] ?? 0;
  const y1 = ticks.at(-1) ?? 1;
  const plot = {
    x: MARGIN.left + VALUE_AXIS,
    y: MARGIN.top,
    width: Math.max(0, width - MARGIN.left - VALUE_AXIS - (naming ? nameRoom : MARGIN.right)),
    height: HEIGHT - MARGIN.top - MARGIN.bottom - YEAR_AXIS,
  };
  const bottom = plot.y + plot.height;
  const yearAxis = yearAxisProps(narrow);
  const font = yearAxis.tick.fontSize;
  const first = plot.x + yearAxis.padding.left;
  const span = plot.width - yearAxis.padding.left - yearAxis.padding.right;
  const n = model.years.length;
  const xAt = (i: number) => (n === 1 ? first + span / 2 : first + (span * i) / (n - 1));
  const yAt = (v: number) => plot.y + plot.height * (1 - (v - y0) / (y1 - y0 || 1));
  const xs = model.years.map((_, i) => xAt(i));
  const labels = model.years.map(
    (year) => yearAxis.tickFormatter?.(yearLabel(year)) ?? yearLabel(year),
  );
  // Measured only where some may be left out (a phone): the first measure of text costs the
  // page a style recalculation.
  const thin = yearAxis.interval === 'preserveStartEnd';
  const shown = shownLabels(
    xs,
    thin ? labels.map((l) => textWidth(l, font)) : [],
    thin,
    yearAxis.minTickGap ?? 0,
  );
  const scales: ChartScales = {
    x: (category) => {
      const i = rows.findIndex((r) => r.year === category);
      return i < 0 ? undefined : xAt(i);
    },
    y: yAt,
    plot,
  };
  const format = model.measure === 'count' ? formatCount : formatIndex;

  const point = (e: PointerEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - rect.left) * width) / (rect.width || width);
    if (n === 0 || x < plot.x || x > plot.x + plot.width) return setActive(null);
    const step = n === 1 ? 1 : span / (n - 1);
    setActive(Math.min(n - 1, Math.max(0, Math.round((x - first) / step))));
  };
  const activeX = active === null ? null : xAt(active);

  const drawing =
    width === 0 ? null : (
      <svg
        className="chart-surface"
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
      >
        <g className="chart-grid">
          {ticks.map((t) => (
            <line
              key={t}
              x1={plot.x}
              x2={plot.x + plot.width}
              y1={yAt(t)}
              y2={yAt(t)}
              stroke={GRID_STROKE}
            />
          ))}
        </g>
        <g className="chart-year-axis">
          <line
            className="chart-axis-line"
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={bottom}
            y2={bottom}
            stroke={AXIS_STROKE}
          />
          {model.years.map((year, i) => (
            <g key={String(year)}>
              <line
                className="chart-tick-line"
                x1={xs[i]}
                x2={xs[i]}
                y1={bottom}
                y2={bottom + TICK}
                stroke={AXIS_STROKE}
              />
              {shown[i] && (
                <text
                  className="chart-tick"
                  x={xs[i]}
                  y={bottom + TICK + yearAxis.tickMargin}
                  dy="0.71em"
                  textAnchor="middle"
                  fontSize={font}
                  fill={AXIS_TICK.fill}
                >
                  {labels[i]}
                </text>
              )}
            </g>
          ))}
        </g>
        <g className="chart-value-axis">
          <line
            className="chart-axis-line"
            x1={plot.x}
            x2={plot.x}
            y1={plot.y}
            y2={bottom}
            stroke={AXIS_STROKE}
          />
          {ticks.map((t) => (
            <g key={t}>
              <line
                className="chart-tick-line"
                x1={plot.x - TICK}
                x2={plot.x}
                y1={yAt(t)}
                y2={yAt(t)}
                stroke={AXIS_STROKE}
              />
              <text
                className="chart-tick"
                x={plot.x - TICK - 2}
                y={yAt(t)}
                dy="0.355em"
                textAnchor="end"
                fontSize={AXIS_TICK.fontSize}
                fill={AXIS_TICK.fill}
              >
                {format(t)}
              </text>
            </g>
          ))}
        </g>
        {model.measure === 'index' && y0 <= 100 && 100 <= y1 && (
          <line
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={yAt(100)}
            y2={yAt(100)}
            stroke="#64748b"
            strokeDasharray="3 3"
          />
        )}
        {model.events.map((e, i) => {
          const at = model.years.indexOf(e.year);
          if (at < 0) return null;
          return (
            <g key={String(e.year)}>
              <line
                x1={xs[at]}
                x2={xs[at]}
                y1={plot.y}
                y2={bottom}
                stroke="#94a3b8"
                strokeDasharray="4 4"
              />
              <text
                className="chart-label"
                x={xs[at]}
                y={plot.y - 5}
                textAnchor="middle"
                fontSize={13}
                fontWeight={700}
                fill="#1e293b"
              >
                {i + 1}
              </text>
            </g>
          );
        })}
        {activeX !== null && (
          <line x1={activeX} x2={activeX} y1={plot.y} y2={bottom} stroke="#ccc" />
        )}
        {model.series.map((s) => {
          // A gap where a year has no figure: the line starts again after it.
          let d = '';
          s.points.forEach((p, i) => {
            if (p.value === null) return;
            d += `${s.points[i - 1]?.value != null ? 'L' : 'M'}${xAt(i)},${yAt(p.value)}`;
          });
          return (
            <g key={s.geography} className="chart-series">
              <path
                className="chart-line"
                data-series={s.name}
                d={d}
                fill="none"
                stroke={color(s.color)}
                strokeWidth={3}
                strokeDasharray={s.dash ?? undefined}
              />
              <g className="chart-dots">
                {s.points.map((p, i) =>
                  p.value === null ? null : (
                    <StatusDot
                      key={String(p.year)}
                      cx={xAt(i)}
                      cy={yAt(p.value)}
                      point={p}
                      color={color(s.color)}
                      background={background}
                      r={RADIUS}
                      marker={s.marker}
                    />
                  ),
                )}
              </g>
            </g>
          );
        })}
        {activeX !== null &&
          model.series.map((s) => {
            const p = s.points[active!];
            return p && p.value !== null ? (
              <circle
                key={s.geography}
                cx={activeX}
                cy={yAt(p.value)}
                r={RADIUS + 2}
                fill={color(s.color)}
                stroke={background}
                strokeWidth={2}
                pointerEvents="none"
              />
            ) : null;
          })}
        {(naming || starred) && (
          <LineLabelsAt
            fontSize={AXIS_TICK.fontSize}
            // Clear of the dotted ring round a partial-coverage point, not just the dot.
            radius={RADIUS * 2}
            series={starsOf(model.series, rows)}
            names={naming ? names : undefined}
            onNamed={setNamedAll}
            scales={scales}
          />
        )}
      </svg>
    );
  return figure(
    // The box, not the drawing, follows the pointer: an SVG's empty space takes no events.
    <div
      ref={box}
      className="chart-frame relative"
      style={{ height: HEIGHT }}
      aria-hidden="true"
      onPointerMove={point}
      onPointerDown={point}
      // A finger's tap leaves the chart as it lifts: its tooltip stays until the next tap.
      onPointerLeave={(e) => e.pointerType === 'mouse' && setActive(null)}
    >
      {drawing}
      {activeX !== null && (
        <div
          className="chart-tooltip-wrapper pointer-events-none absolute z-20"
          style={
            narrow
              ? { left: 0, top: HEIGHT }
              : activeX > width / 2
                ? { right: width - activeX + 10, top: plot.y }
                : { left: activeX + 10, top: plot.y }
          }
        >
          <Suspense fallback={null}>
            <TrendTooltip
              active
              label={yearLabel(model.years[active!]!)}
              model={model}
              sources={sources}
            />
          </Suspense>
        </div>
      )}
    </div>,
  );
}

export const TrendSvg = memo(TrendSvgView, sameChartProps);
