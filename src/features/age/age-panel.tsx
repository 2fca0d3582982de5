import { useMemo } from 'react';
import { PanelFrame } from '../../components/panel-frame';
import { figureOf } from '../../data/cell-figure';
import { importedFrom, type Dataset } from '../../data/dataset';
import { useFrom, useGeos, useMeasure, useTo } from '../../state/store';
import { AgeChart } from './age-chart';
import { ageModel } from './series';

export function AgePanel({ dataset }: { dataset: Dataset }) {
  const geos = useGeos();
  const from = useFrom();
  const to = useTo();
  const measure = useMeasure();
  const model = useMemo(
    () => ageModel(dataset, { geos, from, to, measure }),
    [dataset, geos, from, to, measure],
  );
  return (
    <PanelFrame
      id="age"
      title="Victims' age"
      headline={model.headline}
      takeaway={model.takeaway}
      caveats={model.caveats}
      chart={model.items.length ? <AgeChart model={model} /> : null}
      tables={[
        {
          caption: `Age and sex of victims, as published (${model.measure === 'share' ? 'share of victims, on the base each release gave' : 'offences'})`,
          rowHeader: 'Figure',
          columns: ['Period and place', 'Value'],
          rows: model.items.map((i) => ({
            header: i.label,
            cells: [
              { text: i.context },
              {
                text: i.text,
                status: i.status,
                remark: i.base || undefined,
                importedFrom: importedFrom(i.observation),
                figure: figureOf(i.observation),
                confidence: i.confidence,
              },
            ],
          })),
        },
      ]}
      sources={model.sources}
      notes={model.notes}
    />
  );
}
