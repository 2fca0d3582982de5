import { useMemo, useState } from 'react';
import { observationsFor, platformsOf, type Dataset } from '../data/dataset';
import type { Geography } from '../data/schema';
import { yearLabel } from '../lib/period';
import { PLATFORMS, platformLabel } from '../data/vocabularies';
import { PlaceSearch } from './place-search';
import { useFirstPaint } from '../lib/use-first-paint';
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
  // From the data set's indexes: a scan of 200,000 imported rows would hold the page.
  const ids = new Set(observationsFor(dataset, 'offences').map((o) => o.geography));
  return [...dataset.geographies.values()]
    .filter((g) => ids.has(g.id))
    .sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type]);
}

function platformsWithData(dataset: Dataset): string[] {
  const ids = platformsOf(dataset);
  // Vocabulary order first, then ids a newer file introduced.
  return [
    ...Object.keys(PLATFORMS).filter((p) => ids.has(p)),
    ...[...ids].filter((p) => !Object.hasOwn(PLATFORMS, p)).sort(),
  ];
}

/** A choice with an "only" button beside it: one click keeps just this one. */
function Choice({
  label,
  checked,
  onChange,
  onOnly,
}: {
  label: string;
  checked: boolean;
  onChange: () => void;
  onOnly: () => void;
}) {
  return (
    <div className="flex min-h-6 items-center gap-1">
      <label className="flex min-h-6 cursor-pointer items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={checked}
          onChange={onChange}
          className="size-4 accent-brand"
        />
        {label}
      </label>
      <button
        type="button"
        onClick={onOnly}
        aria-label={`Only ${label}`}
        className="min-h-6 min-w-8 shrink-0 rounded px-1 text-xs font-medium text-brand underline hover:bg-slate-100"
      >
        only
      </button>
    </div>
  );
}

/**
 * "All" and "Clear" for one group of choices. The store always keeps one place and one platform
 * (an empty chart answers no question), so when clearing would leave nothing, "Clear" only empties
 * the boxes here: the charts keep the last selection until a box is ticked, which then becomes the
 * whole selection.
 */
function GroupActions({
  name,
  allSelected,
  onAll,
  onClear,
}: {
  name: string;
  allSelected: boolean;
  onAll: () => void;
  onClear: () => void;
}) {
  const button =
    'min-h-6 rounded border border-brand px-2 text-xs font-semibold text-brand hover:bg-slate-100 disabled:border-slate-300 disabled:text-slate-500';
  return (
    <div className="mb-2 flex gap-2" role="group" aria-label={`Select ${name}`}>
      <button
        type="button"
        onClick={onAll}
        disabled={allSelected}
        aria-label={`All ${name}`}
        className={button}
      >
        All
      </button>
      <button type="button" onClick={onClear} aria-label={`Clear ${name}`} className={button}>
        Clear
      </button>
    </div>
  );
}

function ChoiceList({
  items,
  selected,
  onToggle,
  onOnly,
}: {
  items: readonly { id: string; label: string }[];
  selected: (id: string) => boolean;
  onToggle: (id: string) => void;
  onOnly: (id: string) => void;
}) {
  return (
    <div className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
      {items.map((g) => (
        <Choice
          key={g.id}
          label={g.label}
          checked={selected(g.id)}
          onChange={() => onToggle(g.id)}
          onOnly={() => onOnly(g.id)}
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

type PlaceGroup = 'places' | 'forces';
type Group = PlaceGroup | 'platforms';

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
  const painted = useFirstPaint();
  const [forcesOpen, setForcesOpen] = useState(false);
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
  // Groups cleared down to nothing: their boxes show empty until one is ticked (see GroupActions).
  const [cleared, setCleared] = useState<ReadonlySet<Group>>(new Set());
  const clear = (group: Group, on: boolean) =>
    setCleared((c) => {
      const next = new Set(c);
      if (on) next.add(group);
      else next.delete(group);
      return next;
    });
  const groups: Record<PlaceGroup, readonly Geography[]> = { places: main, forces };
  const placeSelected = (group: PlaceGroup) => (id: string) =>
    !cleared.has(group) && geos.includes(id);
  // After "Clear" left no place, nothing shows as selected: the first box ticked is the selection.
  const placesPending = cleared.has('places') || cleared.has('forces');
  const togglePlace = (id: string) => {
    if (placesPending) actions.onlyGeo(id);
    else actions.toggleGeo(id);
    clear('places', false);
    clear('forces', false);
  };
  const onlyPlace = (id: string) => {
    actions.onlyGeo(id);
    setCleared(new Set());
  };
  const allPlaces = (group: PlaceGroup) => () => {
    actions.setGeos([...new Set([...geos, ...groups[group].map((g) => g.id)])]);
    clear(group, false);
  };
  const clearPlaces = (group: PlaceGroup) => () => {
    const ids = new Set(groups[group].map((g) => g.id));
    const rest = geos.filter((g) => !ids.has(g));
    if (rest.length > 0) actions.setGeos(rest);
    else clear(group, true);
  };
  /** A group of places' "All" and "Clear", then a box for each place. */
  const placeChoices = (group: PlaceGroup, name: string) => (
    <>
      <GroupActions
        name={name}
        allSelected={!cleared.has(group) && groups[group].every((g) => geos.includes(g.id))}
        onAll={allPlaces(group)}
        onClear={clearPlaces(group)}
      />
      <ChoiceList
        items={groups[group].map((g) => ({ id: g.id, label: g.name }))}
        selected={placeSelected(group)}
        onToggle={togglePlace}
        onOnly={onlyPlace}
      />
    </>
  );
  const platformCleared = cleared.has('platforms');
  const togglePlatform = (id: string) => {
    if (platformCleared) actions.onlyPlatform(id, platformOptions);
    else actions.togglePlatform(id, platformOptions);
    clear('platforms', false);
  };
  // The filters fold away behind a one-line summary so the charts are on the first screen.
  const [open, setOpen] = useState(false);
  const placeNames = geos.map((id) => dataset.geographies.get(id)?.name ?? id);
  const summary = [
    placeNames.length <= 3 ? placeNames.join(', ') : `${placeNames.length} places`,
    platforms === null
      ? 'all platforms'
      : platforms.length <= 2
        ? platforms.map(platformLabel).join(', ')
        : `${platforms.length} platforms`,
    from === to ? yearLabel(from) : `${yearLabel(from)} to ${yearLabel(to)}`,
    MEASURE_LABELS[measure].toLowerCase(),
  ].join(' · ');
  const pending = [...cleared].map((g) =>
    g === 'platforms'
      ? 'Platforms cleared: tick one or more; the charts keep the last selection until you do.'
      : `${g === 'places' ? 'Places' : 'Police forces'} cleared: tick one or more; the charts keep the last selection until you do.`,
  );

  return (
    <section aria-labelledby="filters-heading" className="border-b border-slate-300 bg-slate-100">
      <div className="mx-auto max-w-7xl px-4 py-2">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="filter-controls"
          onClick={() => setOpen(!open)}
          className="flex w-full items-start justify-between gap-2 rounded border border-slate-400 bg-white px-3 py-1.5 text-left text-sm md:w-auto md:max-w-full"
        >
          <span className="min-w-0 break-words">
            <span className="font-semibold">Filters:</span> {summary}
          </span>
          <span aria-hidden="true">{open ? '▲' : '▼'}</span>
        </button>
        {/* After the summary, so that the skip link's next Tab is the first filter; landing here
            opens the filters, as the link promises. */}
        <h2
          id="filters-heading"
          tabIndex={-1}
          onFocus={() => setOpen(true)}
          className="sr-only focus:outline-none"
        >
          Filters
        </h2>
        <p role="status" className="text-sm text-amber-950 empty:hidden">
          {pending.join(' ')}
        </p>
        <div
          id="filter-controls"
          className={`${open ? 'mt-3 grid' : 'hidden'} gap-3 md:grid-cols-2 xl:grid-cols-[2fr_2fr_1fr_1fr]`}
        >
          {/* Folded, drawn once the page has painted or at once when opened: about a third of a
              link view's first elements, none of them seen, were drawn before its first chart. */}
          {(painted || open) && (
            <>
              <fieldset className={fieldset}>
                <legend className={legend}>Places</legend>
                <PlaceSearch
                  places={geoOptions}
                  action="Enter shows only that place."
                  onChoose={onlyPlace}
                />
                {placeChoices('places', 'places')}
                <details className="mt-2" onToggle={(e) => setForcesOpen(e.currentTarget.open)}>
                  <summary className="cursor-pointer text-sm font-medium text-brand underline">
                    Police forces ({forces.length} with figures
                    {selectedForces ? `, ${selectedForces} selected` : ''})
                  </summary>
                  {/* Folded, drawn once the page has painted (see PanelFrame's notes). */}
                  {(painted || forcesOpen) && (
                    <div className="mt-2">{placeChoices('forces', 'police forces')}</div>
                  )}
                </details>
              </fieldset>
              <fieldset className={fieldset}>
                <legend className={legend}>Platforms</legend>
                <GroupActions
                  name="platforms"
                  allSelected={!platformCleared && platforms === null}
                  onAll={() => {
                    actions.setAllPlatforms();
                    clear('platforms', false);
                  }}
                  onClear={() => clear('platforms', true)}
                />
                <ChoiceList
                  items={platformOptions.map((p) => ({ id: p, label: platformLabel(p) }))}
                  selected={(p) =>
                    !platformCleared && (platforms === null || platforms.includes(p))
                  }
                  onToggle={togglePlatform}
                  onOnly={(p) => {
                    actions.onlyPlatform(p, platformOptions);
                    clear('platforms', false);
                  }}
                />
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
                    <label
                      key={m}
                      className="flex min-h-6 cursor-pointer items-center gap-2 text-sm"
                    >
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
            </>
          )}
        </div>
      </div>
    </section>
  );
}
