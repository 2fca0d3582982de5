import { findEntry, observationsOf, type Dataset } from './dataset';
import { yearLabel } from './period';
import type { Observation } from './schema';
import type { Status } from './vocabularies';
import { computedStatus, sharePercent } from '../lib/derive';

/** The index measure's base year, 2017/18, the first full year of the offence. */
export const INDEX_BASE_YEAR = 2017;

export interface YearPoint {
  year: number;
  /** Recorded offences, or the index base year = 100; null where no figure exists. */
  value: number | null;
  status: Status;
  observation: Observation | null;
  revisions: readonly Observation[];
}

export interface OffenceSeries {
  points: YearPoint[];
  /** For an indexed series, the base-year figure everything is divided by. */
  base: Observation | null;
}

/**
 * Yearly recorded offences of one geography, headline figures only, optionally indexed to its own
 * 2017/18 figure. Null when indexing is asked for and there is no base-year figure.
 */
export function offenceSeries(
  dataset: Dataset,
  geography: string,
  from: number,
  to: number,
  indexed: boolean,
): OffenceSeries | null {
  const entryFor = (year: number) =>
    findEntry(dataset, { indicator: 'offences', geography, period: yearLabel(year) });
  const base = indexed ? (entryFor(INDEX_BASE_YEAR)?.headline ?? null) : null;
  // A base of 0 cannot be indexed against.
  if (indexed && (!base || base.value <= 0)) return null;
  const points: YearPoint[] = [];
  for (let year = from; year <= to; year++) {
    const entry = entryFor(year);
    if (!entry) {
      points.push({ year, value: null, status: 'published', observation: null, revisions: [] });
      continue;
    }
    const o = entry.headline;
    points.push({
      year,
      value: base ? (sharePercent(o.value, base.value) ?? NaN) : o.value,
      // An index is computed, so derived; approximate if either figure is.
      status: base ? computedStatus(o.status, base.status) : o.status,
      observation: o,
      revisions: entry.revisions,
    });
  }
  return { points, base };
}

/** A change the publisher gave itself, between the two years of its span. */
export interface PublishedChange {
  from: number;
  to: number;
  observation: Observation;
}

/** The published changes in recorded offences of one place, latest end year first. */
export function publishedChanges(dataset: Dataset, geography: string): PublishedChange[] {
  return observationsOf(dataset, geography)
    .filter((o) => o.indicator === 'offences_change' && o.period.kind === 'span')
    .map((o) => {
      const p = o.period as { kind: 'span'; from: number; to: number };
      return { from: p.from, to: p.to, observation: o };
    })
    .sort((a, b) => b.to - a.to || a.from - b.from);
}
