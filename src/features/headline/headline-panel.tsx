import { useMemo } from 'react';
import { PanelFrame } from '../../components/panel-frame';
import { LongText } from '../../components/long-text';
import { SourceLinks } from '../../components/source-links';
import type { Dataset } from '../../data/dataset';
import { useFrom, useGeos, useMeasure, usePlatformFilter, useTo } from '../../state/store';
import { headlineModel, type HeadlineModel } from './series';

function Cards({ model }: { model: HeadlineModel }) {
  return (
    <ul
      className="headline-cards grid gap-4 sm:grid-cols-2 xl:grid-cols-4"
      aria-label="Headline figures"
    >
      {model.figures.map((f) => (
        <li key={f.id} className="flex flex-col rounded border border-slate-300 bg-slate-50 p-4">
          <p className="text-sm font-medium text-slate-700">{f.label}</p>
          <p className="figure-value mt-1 text-3xl font-bold text-brand">{f.value}</p>
          <p className="mt-1 text-sm">
            <LongText text={f.detail} label={f.label} />
          </p>
          {f.confidence === 'M' && (
            <p className="mt-1 text-sm font-semibold text-slate-700">
              Medium confidence: from a single secondary outlet
            </p>
          )}
          {f.importedFrom && (
            <p className="mt-1 text-sm font-semibold text-amber-900">
              Imported from {f.importedFrom}
            </p>
          )}
          <p className="mt-auto pt-2 text-xs text-slate-700">
            <SourceLinks sources={f.sources} />
          </p>
        </li>
      ))}
    </ul>
  );
}

export function HeadlinePanel({ dataset }: { dataset: Dataset }) {
  const geos = useGeos();
  const platforms = usePlatformFilter();
  const from = useFrom();
  const to = useTo();
  const measure = useMeasure();
  const model = useMemo(
    () => headlineModel(dataset, { geos, platforms, from, to, measure }),
    [dataset, geos, platforms, from, to, measure],
  );
  return (
    <PanelFrame
      id="headline"
      title="Headline figures"
      takeaway={model.takeaway}
      caveats={model.caveats}
      chart={<Cards model={model} />}
      tables={[
        {
          caption: 'Headline figures',
          rowHeader: 'Figure',
          columns: ['Value', 'Detail'],
          rows: model.figures.map((f) => ({
            header: f.label,
            cells: [
              {
                text: f.value,
                status: f.status,
                importedFrom: f.importedFrom,
                confidence: f.confidence,
                figure: f.figure,
              },
              { text: f.detail },
            ],
          })),
        },
      ]}
      sources={model.sources}
      notes={model.notes}
    />
  );
}
