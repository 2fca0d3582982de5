import { useMemo } from 'react';
import { PanelFrame } from '../../components/panel-frame';
import { figureOf } from '../../data/cell-figure';
import { importedFrom, type Dataset } from '../../data/dataset';
import { useFilterActions, useFrom, useGeos, useMeasure, useTo } from '../../state/store';
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
  // Shares and counts were published for different groups: say which the other measure adds.
  const other = model.measure === 'share' ? 'count' : 'share';
  const otherModel = useMemo(
    () => ageModel(dataset, { geos, from, to, measure: other }),
    [dataset, geos, from, to, other],
  );
  const shown = new Set(model.items.map((i) => i.label));
  const more = [...new Set(otherModel.items.map((i) => i.label))].filter((l) => !shown.has(l));
  const { setMeasure } = useFilterActions();
  return (
    <PanelFrame
      id="age"
      title="Victims' age"
      headline={model.headline}
      takeaway={model.takeaway}
      caveats={model.caveats}
      chart={model.items.length ? <AgeChart model={model} /> : null}
      extra={
        more.length > 0 && (
          <p className="mt-2 text-sm">
            {other === 'share' ? 'Shares show' : 'Counts show'} {more.length}{' '}
            {more.length === 1 ? 'group' : 'groups'} not shown here:{' '}
            {more.map((l) => l.charAt(0).toLowerCase() + l.slice(1)).join('; ')}.{' '}
            <button
              type="button"
              onClick={() => setMeasure(other)}
              className="min-h-6 font-semibold text-brand underline"
            >
              {other === 'share' ? 'Show shares' : 'Show counts'}
            </button>
          </p>
        )
      }
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
