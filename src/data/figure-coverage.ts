import { observationsOfIn, type Dataset } from './dataset';
import type { Period } from '../lib/period';
import type { Observation } from './schema';
import { SERIES } from './vocabularies';

/** Which police forces stand behind a figure, as far as its release said. */
export interface FigureCoverage {
  /** Forces that supplied figures; null where the release did not say. */
  forces: number | null;
  /** Forces there are in the figure's place; null where not known. */
  of: number | null;
  /** "all 43 forces", "42 of 43 forces", "44 forces: all but Lincolnshire", "forces not stated". */
  text: string;
  /** Fewer forces than the place has, or not stated: not like-for-like with a full year. */
  partial: boolean;
}

function within(outer: Period, year: number): boolean {
  if (outer.kind === 'year') return outer.year === year;
  if (outer.kind === 'span') return outer.from <= year && year <= outer.to;
  return false;
}

/**
 * The forces a place has: the territorial forces of England and Wales under it, and one each for
 * Scotland and Northern Ireland (a single police service each).
 */
export function forcesIn(dataset: Dataset, geography: string): number | null {
  const geo = dataset.geographies.get(geography);
  if (!geo) return null;
  if (geo.type === 'force') return 1;
  if (geography === 'scotland' || geography === 'northern-ireland') return 1;
  let n = 0;
  for (const g of dataset.geographies.values()) {
    if (g.type !== 'force') continue;
    let parent = g.parent;
    while (parent && parent !== geography) parent = dataset.geographies.get(parent)?.parent ?? null;
    if (parent === geography) n++;
  }
  if (geography === 'uk') n += 2;
  return n > 0 ? n : null;
}

/**
 * The forces_responding figure behind a yearly figure: same place, same source, a period that
 * covers the figure's year. Null where the release gave none.
 */
export function forcesBehind(dataset: Dataset, o: Observation): Observation | null {
  const year = o.period.kind === 'year' ? o.period.year : null;
  if (year === null || !o.source) return null;
  return (
    observationsOfIn(dataset, o.geography, 'forces_responding').find(
      (f) => f.source === o.source && within(f.period, year),
    ) ?? null
  );
}

/**
 * The forces behind one yearly figure: the forces_responding figure of the same place and the same
 * source whose period covers the figure's year. A figure of another release (a revised series, a
 * derived total) is not credited with a release's force count it did not come with.
 */
export function coverageOf(dataset: Dataset, o: Observation): FigureCoverage {
  const of = forcesIn(dataset, o.geography);
  if (of === 1) return { forces: 1, of: 1, text: 'one police service', partial: false };
  const match = forcesBehind(dataset, o);
  if (!match) {
    const series = o.series && Object.hasOwn(SERIES, o.series) ? ` (${SERIES[o.series]})` : '';
    return { forces: null, of, text: `forces not stated${series}`, partial: true };
  }
  const n = match.value;
  const note = match.note.replace(/\.$/, '');
  const text = note
    ? `${n} forces: ${note}`
    : of !== null && n >= of
      ? `all ${of} forces`
      : `${n}${of !== null ? ` of ${of}` : ''} forces`;
  return { forces: n, of, text, partial: of === null || n < of };
}

/**
 * The national total a place is set against: England and Wales for a place inside it (the same
 * offence, the same forces' returns), else the UK series, the only one that includes it.
 */
export function nationalComparatorOf(dataset: Dataset, place: string): 'england-wales' | 'uk' {
  const seen = new Set<string>();
  for (let g = dataset.geographies.get(place); g && !seen.has(g.id);) {
    seen.add(g.id);
    if (g.id === 'england-wales') return 'england-wales';
    g = g.parent ? dataset.geographies.get(g.parent) : undefined;
  }
  return 'uk';
}
