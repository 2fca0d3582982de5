import { useMemo } from 'react';
import type { DataTableProps } from '../../components/data-table';
import { PanelFrame } from '../../components/panel-frame';
import { usePresenting } from '../../components/presenting';
import { figureOf, indexFigure, shareFigure } from '../../data/cell-figure';
import { findEntry, importedFrom, type Dataset } from '../../data/dataset';
import { INDEX_BASE_YEAR } from '../../data/offence-series';
import { yearLabel } from '../../data/period';
import { platformLabel } from '../../data/vocabularies';
import { formatIndex, formatPercent, withMark } from '../../lib/format';
import { useFrom, usePlatformFilter, useTo } from '../../state/store';
import { countText, shareText, westMidlandsModel } from './series';
import { WestMidlandsChart, hasForceShares } from './west-midlands-chart';

export function WestMidlandsPanel({ dataset }: { dataset: Dataset }) {
  const presenting = usePresenting();
  const platforms = usePlatformFilter();
  const from = useFrom();
  const to = useTo();
  const model = useMemo(
    () => westMidlandsModel(dataset, { platforms, from, to }),
    [dataset, platforms, from, to],
  );
  const tables: DataTableProps[] = [
    {
      caption: 'Offences indexed to 2017/18 = 100',
      rowHeader: 'Year',
      columns: model.index.map((s) => s.name),
      rows: model.years.map((year) => ({
        header: yearLabel(year),
        cells: model.index.map((s) => {
          const p = s.points.find((pt) => pt.year === year);
          const base = findEntry(dataset, {
            indicator: 'offences',
            geography: s.geography,
            period: yearLabel(INDEX_BASE_YEAR),
          })?.headline;
          return p && p.value !== null
            ? {
                text: withMark(formatIndex(p.value), p.status),
                status: p.status,
                importedFrom: importedFrom(p.observation),
                figure:
                  p.observation && base
                    ? indexFigure(p.observation, base, p.value, p.status)
                    : undefined,
              }
            : { text: '—' };
        }),
      })),
    },
    {
      caption: "The region's share of England and Wales",
      rowHeader: 'Year',
      columns: ['West Midlands region', 'England and Wales', 'Region share'],
      rows: model.shares.map((s) => ({
        header: yearLabel(s.year),
        cells: [
          {
            text: countText(s.region),
            status: s.region.status,
            importedFrom: importedFrom(s.region),
            figure: figureOf(s.region),
          },
          {
            text: countText(s.national),
            status: s.national?.status,
            importedFrom: importedFrom(s.national),
            figure: figureOf(s.national),
          },
          s.share !== null && s.national
            ? {
                text: `${formatPercent(s.share, 1)}†`,
                status: 'derived',
                importedFrom: importedFrom(s.region, s.national),
                figure: shareFigure(
                  'offences_region_share',
                  s.region,
                  s.national,
                  s.share,
                  'derived',
                ),
              }
            : { text: '—' },
        ],
      })),
      emptyMeaning: 'no like-for-like national figure',
    },
    {
      caption:
        "The region's forces: recorded offences, and platform shares of 2017/18 and 2018/19 together",
      rowHeader: 'Force',
      columns: [
        ...model.forceYears.map(yearLabel),
        ...model.platforms.map((p) => `${platformLabel(p)} (share)`),
      ],
      rows: model.forces.map((f) => ({
        header: f.name,
        cells: [
          ...f.counts.map((o) => ({
            text: countText(o),
            status: o?.status,
            importedFrom: importedFrom(o),
            figure: figureOf(o),
          })),
          ...f.shares.map((o) => ({
            text: shareText(o),
            status: o?.status,
            importedFrom: importedFrom(o),
            figure: figureOf(o),
          })),
        ],
      })),
    },
  ];

  return (
    <PanelFrame
      id="west-midlands"
      title="West Midlands and national"
      takeaway={model.takeaway}
      caveats={model.caveats}
      chart={<WestMidlandsChart model={model} />}
      slideCharts={
        presenting
          ? [
              model.index.length > 0 && (
                <WestMidlandsChart key="index" model={model} part="index" />
              ),
              hasForceShares(model) && (
                <WestMidlandsChart key="forces" model={model} part="forces" />
              ),
            ].filter((c) => c !== false)
          : undefined
      }
      tables={tables}
      sources={model.sources}
      notes={model.notes}
    />
  );
}
