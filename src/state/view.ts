// The view-state schema's one reader and writer (see VIEW_FIELDS in filters.ts): the address,
// a deck slide's link and an embed all go through these, so each field is read and written once.
import { yearLabel, yearParam } from '../lib/period';
import { suggest } from '../data/limits';
import { clip } from '../lib/clip';
import { DEFAULT_PLACE, MEASURES, VIEWS, defaultFilters, type SlideFilters } from './filters';

/** What a URL can be checked against: the ids and years the loaded data set has. */
export interface UrlContext {
  geographies: ReadonlySet<string>;
  /** Geographies the place-against-nation panel can show: nations, regions and forces. */
  places: ReadonlySet<string>;
  platforms: ReadonlySet<string>;
  firstYear: number;
  lastYear: number;
}

/** Longest list a link may carry; more is certainly not a hand-made link. */
const MAX_LIST = 30;
/** Longest value echoed back in a notice, so a hostile URL cannot flood the page. */
const MAX_ECHO = 40;

export const echo = (value: string) => clip(value, MAX_ECHO);

function decodeList(
  name: string,
  raw: string,
  known: ReadonlySet<string>,
  kind: string,
  notices: string[],
): string[] | null {
  const items = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (items.length > MAX_LIST)
    notices.push(`${name}: only the first ${MAX_LIST} of ${items.length} values were read.`);
  const valid: string[] = [];
  for (const item of items.slice(0, MAX_LIST)) {
    if (known.has(item)) valid.push(item);
    else {
      const s = suggest(item.toLowerCase(), known);
      notices.push(
        `${name}: "${echo(item)}" is not a known ${kind}${s ? ` (did you mean "${s}"?)` : ''}, so it was left out.`,
      );
    }
  }
  return valid.length > 0 ? valid : null;
}

const YEAR_PARAM = /^(\d{4})[-/](\d{2})$/;

function decodeYear(name: string, raw: string, ctx: UrlContext, notices: string[]): number | null {
  const m = YEAR_PARAM.exec(raw.trim());
  const year = m ? Number(m[1]) : NaN;
  if (!m || (year + 1) % 100 !== Number(m[2])) {
    notices.push(
      `${name}: "${echo(raw)}" is not a financial year like ${yearParam(ctx.firstYear)}, so it was ignored.`,
    );
    return null;
  }
  if (year < ctx.firstYear || year > ctx.lastYear) {
    notices.push(
      `${name}: ${yearLabel(year)} is outside the data (${yearLabel(ctx.firstYear)} to ${yearLabel(ctx.lastYear)}), so it was ignored.`,
    );
    return null;
  }
  return year;
}

export function decodeEnum<T extends string>(
  name: string,
  raw: string,
  allowed: readonly T[],
  notices: string[],
): T | null {
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  notices.push(`${name}: "${echo(raw)}" is not one of ${allowed.join(', ')}, so it was ignored.`);
  return null;
}

/**
 * Reads the view fields from `params` into `view`, in place. Never throws: anything invalid is
 * left at its default with a notice.
 */
export function decodeView(
  params: URLSearchParams,
  ctx: UrlContext,
  view: SlideFilters,
  notices: string[],
): void {
  const get = (key: string) => {
    const value = params.get(key);
    return value === null || value.trim() === '' ? null : value;
  };
  const geo = get('geo');
  if (geo !== null)
    view.geos = decodeList('geo', geo, ctx.geographies, 'geography', notices) ?? view.geos;
  const platforms = get('platforms');
  if (platforms !== null)
    view.platforms = decodeList('platforms', platforms, ctx.platforms, 'platform', notices);

  const from = get('from');
  const to = get('to');
  if (from !== null) view.from = decodeYear('from', from, ctx, notices) ?? view.from;
  if (to !== null) view.to = decodeYear('to', to, ctx, notices) ?? view.to;
  if (view.from > view.to) {
    notices.push(
      `from ${yearLabel(view.from)} is after to ${yearLabel(view.to)}, so the two were swapped.`,
    );
    [view.from, view.to] = [view.to, view.from];
  }

  const measure = get('measure');
  if (measure !== null)
    view.measure = decodeEnum('measure', measure, MEASURES, notices) ?? view.measure;
  const shown = get('view');
  if (shown !== null) view.view = decodeEnum('view', shown, VIEWS, notices) ?? view.view;
  const place = get('place');
  if (place !== null) {
    if (ctx.places.has(place.trim())) view.place = place.trim();
    else {
      const s = suggest(place.trim().toLowerCase(), ctx.places);
      notices.push(
        `place: "${echo(place)}" is not a nation, region or force in the data${s ? ` (did you mean "${s}"?)` : ''}, so the default (${DEFAULT_PLACE}) is shown.`,
      );
    }
  }
  const compare = get('compare');
  if (compare !== null) view.compare = decodeCompare(compare, ctx, notices);
}

/** `compare=2023-24,2024-25`: two different years, earlier first (swapped, with a notice). */
function decodeCompare(raw: string, ctx: UrlContext, notices: string[]): [number, number] | null {
  const parts = raw.split(',');
  if (parts.length !== 2) {
    notices.push(
      `compare: "${echo(raw)}" is not two years like ${yearParam(ctx.firstYear)},${yearParam(ctx.lastYear)}, so the change panel chooses its years.`,
    );
    return null;
  }
  const [a, b] = parts.map((p) => decodeYear('compare', p, ctx, notices));
  if (a == null || b == null) return null;
  if (a === b) {
    notices.push(
      `compare: ${yearLabel(a)} twice is no change, so the change panel chooses its years.`,
    );
    return null;
  }
  if (a > b)
    notices.push(`compare: ${yearLabel(a)} is after ${yearLabel(b)}, so the two were swapped.`);
  return a < b ? [a, b] : [b, a];
}

/**
 * The view fields as [key, value] pairs in a fixed order: those that differ from the defaults of
 * `ctx`, or, without a context, every one (a deck slide must not change meaning when later data
 * moves the default years).
 */
export function encodeView(view: SlideFilters, ctx: UrlContext | null): [string, string][] {
  const d = ctx && defaultFilters(ctx.firstYear, ctx.lastYear);
  const parts: [string, string][] = [];
  if (!d || view.geos.join(',') !== d.geos.join(',')) parts.push(['geo', view.geos.join(',')]);
  if (view.platforms) parts.push(['platforms', view.platforms.join(',')]);
  if (!d || view.from !== d.from) parts.push(['from', yearParam(view.from)]);
  if (!d || view.to !== d.to) parts.push(['to', yearParam(view.to)]);
  if (!d || view.measure !== d.measure) parts.push(['measure', view.measure]);
  if (!d || view.view !== d.view) parts.push(['view', view.view]);
  if (!d || view.place !== d.place) parts.push(['place', view.place]);
  if (view.compare) parts.push(['compare', view.compare.map(yearParam).join(',')]);
  return parts;
}

/** Pairs as a query string (without "?"); commas are left readable. */
export function queryOf(parts: readonly [string, string][]): string {
  return parts.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
}
