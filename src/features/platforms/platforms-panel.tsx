import { useMemo } from 'react';
import { PanelFrame } from '../../components/panel-frame';
import type { Dataset } from '../../data/dataset';
import { useFrom, useGeos, useMeasure, usePlatformFilter, useTo } from '../../state/store';
import { PlatformsChart } from './platforms-chart';
import { platformsModel } from './series';

export function PlatformsPanel({ dataset }: { dataset: Dataset }) {
  const geos = useGeos();
  const platforms = usePlatformFilter();
  const from = useFrom();
  const to = useTo();
  const measure = useMeasure();
  const model = useMemo(
    () => platformsModel(dataset, { geos, platforms, from, to, measure }),
    [dataset, geos, platforms, from, to, measure],
  );
  const unit = model.measure === 'share' ? 'share of offences with the method known' : 'offences';
  return (
    <PanelFrame
      id="platforms"
      title="Platforms by year"
      headline={model.headline}
      takeaway={model.takeaway}
      caveats={model.caveats}
      chart={model.columns.length ? <PlatformsChart model={model} /> : null}
      tables={[
        {
          caption: `Platforms used, by year (${unit})`,
          rowHeader: 'Platform',
          columns: model.columns.map((c) => c.label),
          rows: [
            ...model.series.map((s) => ({
              header: s.label,
              cells: s.cells.map((c) => ({
                text: c.text,
                status: c.status,
                remark: c.remark ?? undefined,
                importedFrom: c.importedFrom,
                confidence: c.confidence,
                figure: c.figure,
              })),
            })),
            // The base of every share, year by year: it changes from about two thirds of
            // offences to about a quarter.
            {
              header: 'Base: offences with the method known, of all recorded',
              cells: model.columns.map((c) => ({ text: c.base })),
            },
          ],
          emptyMeaning: 'not published for that year',
        },
      ]}
      sources={model.sources}
      notes={model.notes}
    />
  );
}
