import { coverageName } from '../../data/platform-figures';
import { AXIS_TICK, GRID_STROKE, SIDE_VALUE_TICKS } from '../../lib/palette';
import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { DataTableProps } from '../../components/data-table';
import { PanelFrame } from '../../components/panel-frame';
import { SourceLinks } from '../../components/source-links';
import { useChartColors, usePresenting } from '../../components/presenting';
import { ChartBox } from '../../components/chart-box';
import { barValue } from '../../components/bar-value';
import { computedFigure, figureOf, shareFigure } from '../../data/cell-figure';
import { importedFrom, type Dataset } from '../../data/dataset';
import { yearLabel } from '../../lib/period';
import type { Observation } from '../../data/schema';
import { formatCount, formatIndex, formatPercent, withMark } from '../../data/format';
import { useFrom, useTo } from '../../state/store';
import { coverageModel, type CoverageModel } from './series';
import { ChartTooltip, markDetails, sourceDetails, type Tip } from '../../components/chart-tooltip';

function count(o: Observation | null) {
  return o
    ? {
        text: withMark(formatCount(o.value), o.status),
        status: o.status,
        importedFrom: importedFrom(o),
        figure: figureOf(o),
      }
    : { text: '—' };
}

function CoverageChart({ model, height = 280 }: { model: CoverageModel; height?: number }) {
  const rows = model.years.map((y) => ({
    year: y.geography === 'uk' ? `${yearLabel(y.year)} UK` : yearLabel(y.year),
    value: y.methodShare,
    text: y.methodShare !== null ? `${formatPercent(y.methodShare, 1)}†` : null,
    tip: {
      title: `${yearLabel(y.year)}, ${coverageName(y.geography)}`,
      lines: [
        {
          name: 'Method of communication known',
          value: y.methodShare !== null ? `${formatPercent(y.methodShare, 1)}†` : 'not published',
          details: [
            ...(y.methodKnown
              ? [
                  `${withMark(formatCount(y.methodKnown.value), y.methodKnown.status, y.methodKnown.bound)} of ${withMark(formatCount(y.offences.value), y.offences.status, y.offences.bound)} recorded offences`,
                ]
              : [
                  `${withMark(formatCount(y.offences.value), y.offences.status, y.offences.bound)} recorded offences`,
                ]),
            ...(y.methodShare !== null ? markDetails('derived') : []),
            ...(y.forces ? [`${formatCount(y.forces.value)} forces`] : []),
            ...sourceDetails(model.sources, y.offences, y.methodKnown),
          ],
        },
      ],
    } satisfies Tip,
  }));
  const slide = usePresenting();
  const { color } = useChartColors();
  const font = slide?.fontSize ?? 13;
  const tick = { ...AXIS_TICK, fontSize: slide ? font : AXIS_TICK.fontSize };
  return (
    <figure
      aria-label={`Bar chart of the share of offences with the method of communication known. ${model.takeaway}`}
    >
      <h3 className="font-semibold">
        Offences with the method of communication known (% of recorded offences)
      </h3>
      <ChartBox height={height}>
        <BarChart
          data={rows}
          margin={{ top: slide ? Math.ceil(font * 1.4) : 24, right: 16, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis
            dataKey="year"
            tick={tick}
            height={slide ? Math.ceil(font * 1.3) + 12 : undefined}
            interval={slide ? 'preserveStartEnd' : undefined}
            minTickGap={slide ? 8 : undefined}
          />
          <YAxis
            domain={[0, 100]}
            tick={tick}
            width={slide ? 'auto' : 48}
            tickFormatter={(v: number) => `${v}%`}
            {...(!slide && SIDE_VALUE_TICKS)}
          />
          {!slide && <ChartTooltip height={height} />}
          <Bar dataKey="value" fill={color('#12436D')} isAnimationActive={false}>
            <LabelList dataKey="text" content={barValue(font, false)} />
          </Bar>
        </BarChart>
      </ChartBox>
      <p className="text-sm text-slate-700">
        Years without a bar: no count of offences with the method known was published. † computed
        from published counts.
      </p>
    </figure>
  );
}

/** Listed before "Show all": imports can add thousands, each a paragraph to lay out. */
const LISTED = 20;

function Discrepancies({ model }: { model: CoverageModel }) {
  const [all, setAll] = useState(false);
  const shown = all ? model.discrepancies : model.discrepancies.slice(0, LISTED);
  const more = model.discrepancies.length - shown.length;
  return (
    <div className="mt-6">
      <h3 className="text-lg font-semibold">Known discrepancies and revisions</h3>
      <ul className="mt-2 space-y-2 text-sm">
        {shown.map((d) => (
          <li key={d.title} className="rounded border border-slate-200 bg-slate-50 p-3">
            <span className="font-semibold">{d.title}.</span> {d.text}
            {d.sources.length > 0 && (
              <span className="block text-slate-700">
                <SourceLinks sources={d.sources} label="Sources:" />
              </span>
            )}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <button
          type="button"
          onClick={() => setAll(true)}
          className="mt-2 min-h-6 text-sm font-semibold text-brand underline"
        >
          Show the other {formatCount(more)}
        </button>
      )}
    </div>
  );
}

export function CoveragePanel({ dataset }: { dataset: Dataset }) {
  const from = useFrom();
  const to = useTo();
  const model = useMemo(() => coverageModel(dataset, { from, to }), [dataset, from, to]);
  const tables: DataTableProps[] = [
    {
      caption: 'National figures by year: coverage, forces and method known',
      rowHeader: 'Year',
      columns: ['Coverage', 'Forces', 'Recorded offences', 'Method known', 'Method known (%)'],
      rows: model.years.map((y) => ({
        header: yearLabel(y.year),
        cells: [
          { text: coverageName(y.geography) },
          // Every year says its forces: the number, or that the release did not say.
          y.forces ? { ...count(y.forces), remark: y.coverage.text } : { text: 'not stated' },
          count(y.offences),
          count(y.methodKnown),
          y.methodShare !== null && y.methodKnown
            ? {
                text: `${formatPercent(y.methodShare, 1)}†`,
                status: 'derived' as const,
                figure: shareFigure(
                  'offences_method_known_share',
                  y.methodKnown,
                  y.offences,
                  y.methodShare,
                  'derived',
                ),
              }
            : { text: '—' },
        ],
      })),
      emptyMeaning: "not published with that year's figure",
    },
    ...(model.age.length > 0
      ? [
          {
            // Instances are not known to be one per offence: a ratio, not a share (#25, item 10).
            caption: "Instances in which police gave the victim's age, against recorded offences",
            rowHeader: 'Period',
            columns: [
              'Instances with age given',
              'Recorded offences',
              'Instances per 100 offences',
            ],
            rows: model.age.map((a) => ({
              header: a.label,
              cells: [
                count(a.ageKnown),
                {
                  text: `${formatCount(a.offences)}†`,
                  status: 'derived' as const,
                  figure: computedFigure({
                    indicator: 'offences',
                    period: a.ageKnown.periodText,
                    value: a.offences,
                    unit: 'offences',
                    status: 'derived',
                    inputs: a.parts,
                    note: a.parts.map((o) => formatCount(o.value)).join(' + '),
                  }),
                },
                {
                  text: `${formatIndex(a.share)}†`,
                  status: 'derived' as const,
                  figure: computedFigure({
                    indicator: 'offences_age_known_share',
                    period: a.ageKnown.periodText,
                    value: a.share,
                    unit: 'per 100 offences',
                    status: 'derived',
                    inputs: [a.ageKnown, ...a.parts],
                    note: `${formatCount(a.ageKnown.value)} / ${formatCount(a.offences)} × 100`,
                  }),
                },
              ],
            })),
          },
        ]
      : []),
  ];

  return (
    <PanelFrame
      id="coverage"
      title="Data coverage and notes"
      headline={model.headline}
      takeaway={model.takeaway}
      caveats={model.caveats}
      chart={<CoverageChart model={model} />}
      tables={tables}
      extra={<Discrepancies model={model} />}
      sources={model.sources}
      notes={model.notes}
    />
  );
}
