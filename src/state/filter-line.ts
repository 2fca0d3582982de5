import { useMemo } from 'react';
import type { Dataset } from '../data/dataset';
import { yearLabel } from '../lib/period';
import { platformLabel } from '../data/vocabularies';
import type { Measure, PanelId } from './filters';
import { nationalComparatorOf } from '../data/figure-coverage';
import { useFrom, useGeos, useMeasure, usePlace, usePlatformFilter, useTo } from './store';

export interface FilterLineInput {
  geos: readonly string[];
  /** null = every platform. */
  platforms: readonly string[] | null;
  from: number;
  to: number;
  measure: Measure;
  /** The place panel's place, and the panel the line is for: that panel shows one place. */
  place?: string;
  panel?: PanelId | null;
}

const MEASURE_WORDS: Record<Measure, string> = {
  count: 'counts',
  share: 'shares',
  index: 'index, 2017/18 = 100',
};

/**
 * The active filters in one line, for every place a view leaves the page (slides, images,
 * exports, citations): "England and Wales, United Kingdom · all platforms · 2017/18–2024/25 ·
 * counts".
 */
export function filterLine(dataset: Dataset, f: FilterLineInput): string {
  const name = (id: string) => dataset.geographies.get(id)?.name ?? id;
  const years = f.from === f.to ? yearLabel(f.from) : `${yearLabel(f.from)}–${yearLabel(f.to)}`;
  // The place panel draws its own place against its national comparator, whatever places the
  // filter bar holds, and neither platforms nor a measure (#25, item 12).
  if (f.panel === 'west-midlands' && f.place)
    return [`${name(f.place)} against ${name(nationalComparatorOf(dataset, f.place))}`, years].join(
      ' · ',
    );
  const places = f.geos.map(name);
  const platforms = f.platforms ? f.platforms.map(platformLabel).join(', ') : 'all platforms';
  return [places.join(', '), platforms, years, MEASURE_WORDS[f.measure]].join(' · ');
}

/** The filter line of the current view; empty while there is no data set. */
export function useFilterLine(dataset: Dataset | null, panel: PanelId | null = null): string {
  const geos = useGeos();
  const platforms = usePlatformFilter();
  const from = useFrom();
  const to = useTo();
  const measure = useMeasure();
  const place = usePlace();
  return useMemo(
    () =>
      dataset ? filterLine(dataset, { geos, platforms, from, to, measure, place, panel }) : '',
    [dataset, geos, platforms, from, to, measure, place, panel],
  );
}
