import { useMemo } from 'react';
import type { Dataset } from '../data/dataset';
import { yearLabel } from '../lib/period';
import { platformLabel } from '../data/vocabularies';
import type { Measure } from './filters';
import { useFrom, useGeos, useMeasure, usePlatformFilter, useTo } from './store';

export interface FilterLineInput {
  geos: readonly string[];
  /** null = every platform. */
  platforms: readonly string[] | null;
  from: number;
  to: number;
  measure: Measure;
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
  const places = f.geos.map((id) => dataset.geographies.get(id)?.name ?? id);
  const platforms = f.platforms ? f.platforms.map(platformLabel).join(', ') : 'all platforms';
  const years = f.from === f.to ? yearLabel(f.from) : `${yearLabel(f.from)}–${yearLabel(f.to)}`;
  return [places.join(', '), platforms, years, MEASURE_WORDS[f.measure]].join(' · ');
}

/** The filter line of the current view; empty while there is no data set. */
export function useFilterLine(dataset: Dataset | null): string {
  const geos = useGeos();
  const platforms = usePlatformFilter();
  const from = useFrom();
  const to = useTo();
  const measure = useMeasure();
  return useMemo(
    () => (dataset ? filterLine(dataset, { geos, platforms, from, to, measure }) : ''),
    [dataset, geos, platforms, from, to, measure],
  );
}
