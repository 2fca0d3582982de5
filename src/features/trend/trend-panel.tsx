import { useMemo } from 'react';
import type { Dataset } from '../../data/dataset';
import { PanelFrame } from '../../components/panel-frame';
import { useFilterActions, useFrom, useGeos, useMeasure, useTo } from '../../state/store';
import { squashedSeries, trendModel } from './series';
import { TrendCharts } from './trend-charts';
import { trendTable } from './trend-table';

export function TrendPanel({ dataset }: { dataset: Dataset }) {
  const geos = useGeos();
  const from = useFrom();
  const to = useTo();
  const measure = useMeasure();
  const model = useMemo(
    () => trendModel(dataset, { geos, from, to, measure }),
    [dataset, geos, from, to, measure],
  );
  const { setMeasure } = useFilterActions();
  const squashed = squashedSeries(model);
  return (
    <PanelFrame
      id="trend"
      title="Offences over time"
      headline={model.headline}
      takeaway={model.takeaway}
      caveats={model.caveats}
      extra={
        squashed && (
          <p className="mt-2 text-sm">
            {squashed.small.join(', ')} {squashed.small.length > 1 ? 'record' : 'records'} under a
            tenth of {squashed.large}'s offences, so in counts{' '}
            {squashed.small.length > 1 ? 'their lines lie' : 'its line lies'} near zero.{' '}
            <button
              type="button"
              onClick={() => setMeasure('index')}
              className="min-h-6 font-semibold text-brand underline"
            >
              Compare growth: show the index (2017/18 = 100)
            </button>
          </p>
        )
      }
      chart={<TrendCharts model={model} sources={dataset.sources} />}
      tables={[trendTable(model, dataset.sources)]}
      sources={model.sources}
      notes={model.notes}
    />
  );
}
