import { useMemo } from 'react';
import { PanelFrame } from '../../components/panel-frame';
import { figureOf } from '../../data/cell-figure';
import { importedFrom, type Dataset } from '../../data/dataset';
import { useFilterActions, useFrom, useGeos, useMeasure, useTo } from '../../state/store';
import { AgeChart } from './age-chart';
import { ageModel, type AgeItem } from './series';

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
  // A group is its band and sex: a count and a share of under 12s are one group, though the
  // count's label also names what it counted ("Instances with a child under 12").
  const group = (i: AgeItem) =>
    `${i.observation.indicator === 'offences_age_known' ? 'age given' : ''}|${i.observation.ageBand ?? ''}|${i.observation.sex ?? ''}`;
  const shown = new Set(model.items.map(group));
  const more = [
    ...new Map(
      otherModel.items.filter((i) => !shown.has(group(i))).map((i) => [group(i), i.label]),
    ).values(),
  ];
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
          caption: `Age and sex of victims, as published (${model.measure === 'share' ? 'share of victims, on the base each release gave' : 'counts of offences, victims or instances, as each release counted'})`,
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
