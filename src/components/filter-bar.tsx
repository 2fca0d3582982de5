import { useMemo, useState } from 'react';
import type { Dataset } from '../data/dataset';
import type { Geography } from '../data/schema';
import { yearLabel } from '../data/period';
import { PLATFORMS, platformLabel } from '../data/vocabularies';
import { MEASURES, type Measure } from '../state/filters';
import {
  useFilterActions,
  useFrom,
  useGeos,
  useMeasure,
  usePlatformFilter,
  useTo,
} from '../state/store';

const MEASURE_LABELS: Record<Measure, string> = {
  count: 'Count',
  share: 'Share (%)',
  index: 'Index (2017/18 = 100)',
};

const TYPE_ORDER = { group: 0, nation: 1, region: 2, force: 3 } as const;

/** Geographies that have yearly offence figures, the ones worth offering. */
function geographiesWithData(dataset: Dataset): Geography[] {
  const ids = new Set(
    dataset.observations.filter((o) => o.indicator === 'offences').map((o) => o.geography),
  );
  return [...dataset.geographies.values()]
    .filter((g) => ids.has(g.id))
    .sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type]);
}

function platformsWithData(dataset: Dataset): string[] {
  const ids = new Set(dataset.observations.flatMap((o) => (o.platform ? [o.platform] : [])));
  // Vocabulary order first, then ids a newer file introduced.
  return [
    ...Object.keys(PLATFORMS).filter((p) => ids.has(p)),
    ...[...ids].filter((p) => !Object.hasOwn(PLATFORMS, p)).sort(),
  ];
}

function Checkbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: () => void;
}) {
  return (
    <label className="flex min-h-6 cursor-pointer items-center gap-2 text-sm">
      <input
        type="checkbox"
        checked={checked}
        onChange={onChange}
        className="size-4 accent-brand"
      />
      {label}
    </label>
  );
}

function PlaceList({
  places,
  selected,
  onToggle,
}: {
  places: readonly Geography[];
  selected: readonly string[];
  onToggle: (id: string) => void;
}) {
  return (
    <div className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
      {places.map((g) => (
        <Checkbox
          key={g.id}
          label={g.name}
          checked={selected.includes(g.id)}
          onChange={() => onToggle(g.id)}
        />
      ))}
    </div>
  );
}

function YearSelect({
  label,
  value,
  years,
  onChange,
}: {
  label: string;
  value: number;
  years: readonly number[];
  onChange: (year: number) => void;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="w-10">{label}</span>
      <select
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className="rounded border border-slate-400 bg-white px-2 py-1"
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {yearLabel(y)}
          </option>
        ))}
      </select>
    </label>
  );
}

const fieldset = 'min-w-0 rounded border border-slate-300 bg-white p-3';
const legend = 'px-1 text-sm font-semibold';

export function FilterBar({
  dataset,
  firstYear,
  lastYear,
}: {
  dataset: Dataset;
  firstYear: number;
  lastYear: number;
}) {
  const geos = useGeos();
  const platforms = usePlatformFilter();
  const from = useFrom();
  const to = useTo();
  const measure = useMeasure();
  const actions = useFilterActions();
  const geoOptions = useMemo(() => geographiesWithData(dataset), [dataset]);
  const platformOptions = useMemo(() => platformsWithData(dataset), [dataset]);
  const years = useMemo(
    () => Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i),
    [firstYear, lastYear],
  );
  const main = geoOptions.filter((g) => g.type !== 'force');
  const forces = geoOptions.filter((g) => g.type === 'force');
  const selectedForces = forces.filter((g) => geos.includes(g.id)).length;
  // On phones the filters fold away behind a summary so the charts are on the first screen.
  const [open, setOpen] = useState(false);
  const summary = `${geos.length} ${geos.length === 1 ? 'place' : 'places'}, ${
    platforms ? `${platforms.length} platforms` : 'all platforms'
  }, ${yearLabel(from)} to ${yearLabel(to)}, ${MEASURE_LABELS[measure].toLowerCase()}`;

  return (
    <section aria-labelledby="filters-heading" className="border-b border-slate-300 bg-slate-100">
      <div className="mx-auto max-w-7xl px-4 py-4">
        <h2
          id="filters-heading"
          className="sr-only md:not-sr-only md:mb-2 md:text-sm md:font-semibold md:uppercase md:tracking-wide md:text-slate-700"
        >
          Filters
        </h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="filter-controls"
          onClick={() => setOpen(!open)}
          className="flex w-full items-center justify-between gap-2 rounded border border-slate-400 bg-white px-3 py-2 text-left text-sm md:hidden"
        >
          <span>
            <span className="font-semibold">Filters:</span> {summary}
          </span>
          <span aria-hidden="true">{open ? '▲' : '▼'}</span>
        </button>
        <div
          id="filter-controls"
          className={`${open ? 'mt-3 grid' : 'hidden'} gap-3 md:mt-0 md:grid md:grid-cols-2 xl:grid-cols-[2fr_2fr_1fr_1fr]`}
        >
          <fieldset className={fieldset}>
            <legend className={legend}>Places</legend>
            <PlaceList places={main} selected={geos} onToggle={actions.toggleGeo} />
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium text-brand underline">
                Police forces ({forces.length} with figures
                {selectedForces ? `, ${selectedForces} selected` : ''})
              </summary>
              <div className="mt-2">
                <PlaceList places={forces} selected={geos} onToggle={actions.toggleGeo} />
              </div>
            </details>
          </fieldset>
          <fieldset className={fieldset}>
            <legend className={legend}>Platforms</legend>
            <div className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
              {platformOptions.map((p) => (
                <Checkbox
                  key={p}
                  label={platformLabel(p)}
                  checked={platforms === null || platforms.includes(p)}
                  onChange={() => actions.togglePlatform(p, platformOptions)}
                />
              ))}
            </div>
            {platforms !== null && (
              <button
                type="button"
                onClick={actions.setAllPlatforms}
                className="mt-2 text-sm font-medium text-brand underline"
              >
                Show all platforms
              </button>
            )}
          </fieldset>
          <fieldset className={fieldset}>
            <legend className={legend}>Years</legend>
            <div className="flex flex-wrap gap-3 xl:flex-col">
              <YearSelect
                label="From"
                value={from}
                years={years}
                onChange={(y) => actions.setYears(y, to)}
              />
              <YearSelect
                label="To"
                value={to}
                years={years}
                onChange={(y) => actions.setYears(from, y)}
              />
            </div>
          </fieldset>
          <fieldset className={fieldset}>
            <legend className={legend}>Measure</legend>
            <div className="flex flex-col gap-1">
              {MEASURES.map((m) => (
                <label key={m} className="flex min-h-6 cursor-pointer items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="measure"
                    value={m}
                    checked={measure === m}
                    onChange={() => actions.setMeasure(m)}
                    className="size-4 accent-brand"
                  />
                  {MEASURE_LABELS[m]}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </div>
    </section>
  );
}
