import { useMemo } from 'react';
import type { DataTableProps } from '../../components/data-table';
import { PanelFrame } from '../../components/panel-frame';
import { PlaceSearch } from '../../components/place-search';
import { usePresenting } from '../../components/presenting';
import { figureOf, indexFigure, shareFigure } from '../../data/cell-figure';
import { figureConfidence, importedFrom, type Dataset } from '../../data/dataset';
import { yearLabel } from '../../lib/period';
import type { Geography, Observation } from '../../data/schema';
import { platformLabel } from '../../data/vocabularies';
import { formatIndex, formatPercent, withMark } from '../../data/format';
import { useFilterActions, useFrom, usePlace, usePlatformFilter, useTo } from '../../state/store';
import { countText, placeModel, shareText, type PlaceModel } from './series';
import { PlaceChart, hasForceShares } from './place-chart';

const GROUPS = [
  ['nation', 'Nations'],
  ['region', 'Regions'],
  ['force', 'Police forces'],
] as const;

/** Nations, regions and forces with a yearly recorded-offence figure: the places worth offering. */
function placesWithFigures(dataset: Dataset): Geography[] {
  const ids = new Set(
    dataset.observations
      .filter((o) => o.indicator === 'offences' && o.period.kind === 'year')
      .map((o) => o.geography),
  );
  return [...dataset.geographies.values()].filter((g) => g.type !== 'group' && ids.has(g.id));
}

function PlaceControls({ dataset, model }: { dataset: Dataset; model: PlaceModel }) {
  const { setPlace } = useFilterActions();
  const places = useMemo(() => placesWithFigures(dataset), [dataset]);
  // A link may name a place without figures: it stays selectable so the panel can say so.
  const current = dataset.geographies.get(model.place);
  const options = current && !places.includes(current) ? [...places, current] : places;
  return (
    <div className="mt-3 space-y-2">
      <PlaceSearch
        places={places}
        action="Enter shows that place in this panel."
        onChoose={setPlace}
      />
      <label className="flex flex-wrap items-center gap-2 text-sm font-semibold">
        Place
        <select
          value={model.place}
          onChange={(e) => setPlace(e.target.value)}
          className="rounded border border-slate-400 bg-white px-2 py-1 font-normal"
        >
          {GROUPS.map(([type, label]) => (
            <optgroup key={type} label={label}>
              {options
                .filter((g) => g.type === type)
                .map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <p className="text-sm text-slate-800">
        <span className="font-semibold">Compared with {model.comparator.name}:</span>{' '}
        {model.comparator.likeForLike
          ? model.comparator.reason
          : 'not like-for-like (see the note below).'}
      </p>
    </div>
  );
}

export function PlacePanel({ dataset }: { dataset: Dataset }) {
  const presenting = usePresenting();
  const platforms = usePlatformFilter();
  const from = useFrom();
  const to = useTo();
  const place = usePlace();
  const model = useMemo(
    () => placeModel(dataset, place, { platforms, from, to }),
    [dataset, place, platforms, from, to],
  );
  // Each figure's own confidence: a single outlet's figure says so in its cell.
  const confidence = (o: Observation | null | undefined) =>
    o ? figureConfidence(dataset, o) : undefined;
  const tables: DataTableProps[] = [
    ...(model.index.length
      ? [
          {
            caption: 'Offences indexed to 2017/18 = 100',
            rowHeader: 'Year',
            columns: model.index.map((s) => s.name),
            rows: model.years.map((year) => ({
              header: yearLabel(year),
              cells: model.index.map((s) => {
                const p = s.points.find((pt) => pt.year === year);
                return p && p.value !== null
                  ? {
                      text: withMark(formatIndex(p.value), p.status),
                      status: p.status,
                      importedFrom: importedFrom(p.observation),
                      // An index is as sure as the less sure of its figure and its base.
                      confidence: confidence(s.base) === 'M' ? 'M' : confidence(p.observation),
                      figure: p.observation
                        ? indexFigure(p.observation, s.base, p.value, p.status)
                        : undefined,
                    }
                  : { text: '—' };
              }),
            })),
          },
        ]
      : []),
    {
      caption: `The ${model.kind}'s share of ${model.comparator.phrase}`,
      rowHeader: 'Year',
      columns: [model.name, model.comparator.name, `${model.name} share`],
      rows: model.shares.map((s) => ({
        header: yearLabel(s.year),
        cells: [
          {
            text: countText(s.place),
            status: s.place.status,
            importedFrom: importedFrom(s.place),
            confidence: confidence(s.place),
            figure: figureOf(s.place),
          },
          {
            text: countText(s.national),
            status: s.national?.status,
            importedFrom: importedFrom(s.national),
            confidence: confidence(s.national),
            figure: figureOf(s.national),
          },
          s.share !== null
            ? {
                text: `${formatPercent(s.share, 1)}†`,
                status: 'derived' as const,
                importedFrom: importedFrom(s.place, s.national),
                figure: s.national
                  ? shareFigure(
                      model.kind === 'region' ? 'offences_region_share' : 'offences_place_share',
                      s.place,
                      s.national,
                      s.share,
                      'derived',
                    )
                  : undefined,
              }
            : { text: '—' },
        ],
      })),
      emptyMeaning: `no ${model.comparator.name} figure`,
    },
    ...(model.forces.length
      ? [
          {
            caption: `The ${model.kind}'s forces: recorded offences${model.platforms.length ? ', and platform shares of 2017/18 and 2018/19 together' : ''}`,
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
                  confidence: confidence(o),
                  figure: figureOf(o),
                })),
                ...f.shares.map((o) => ({
                  text: shareText(o),
                  status: o?.status,
                  importedFrom: importedFrom(o),
                  confidence: confidence(o),
                  figure: figureOf(o),
                })),
              ],
            })),
          },
        ]
      : []),
  ];

  return (
    <PanelFrame
      id="west-midlands"
      title={model.title}
      headline={model.headline}
      takeaway={model.takeaway}
      caveats={model.caveats}
      controls={<PlaceControls dataset={dataset} model={model} />}
      chart={<PlaceChart model={model} />}
      slideCharts={
        presenting
          ? [
              !model.missing && <PlaceChart key="index" model={model} part="index" />,
              hasForceShares(model) && <PlaceChart key="forces" model={model} part="forces" />,
            ].filter((c) => c !== false)
          : undefined
      }
      tables={tables}
      sources={model.sources}
      notes={model.notes}
    />
  );
}
