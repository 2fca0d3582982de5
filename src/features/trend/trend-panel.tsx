import { useMemo } from 'react';
import type { Dataset } from '../../data/dataset';
import { PanelFrame } from '../../components/panel-frame';
import { useFrom, useGeos, useMeasure, useTo } from '../../state/store';
import { trendModel } from './series';
import { TrendChart } from './trend-chart';
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
  return (
    <PanelFrame
      id="trend"
      title="Offences over time"
      takeaway={model.takeaway}
      caveats={model.caveats}
      chart={<TrendChart model={model} sources={dataset.sources} />}
      tables={[trendTable(model, dataset.sources)]}
      sources={model.sources}
      notes={model.notes}
    />
  );
}
