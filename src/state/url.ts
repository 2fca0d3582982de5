import { yearLabel, yearParam } from '../lib/period';
import { suggest } from '../data/schema';
import { clip } from '../lib/clip';
import { decodeDeck, encodeDeck } from './deck';
import {
  AUTO_MAX,
  AUTO_MIN,
  DEFAULT_PLACE,
  MEASURES,
  PANEL_IDS,
  VIEWS,
  defaultFilters,
  type Filters,
} from './filters';

/** What a URL can be checked against: the ids and years the loaded data set has. */
export interface UrlContext {
  geographies: ReadonlySet<string>;
  /** Geographies the place-against-nation panel can show: nations, regions and forces. */
  places: ReadonlySet<string>;
  platforms: ReadonlySet<string>;
  firstYear: number;
  lastYear: number;
}

export interface Decoded {
  filters: Filters;
  /** One sentence per dropped or corrected value, for the notice the user sees. */
  notices: string[];
}

/** Longest list a link may carry; more is certainly not a hand-made link. */
const MAX_LIST = 30;
/** Longest value echoed back in a notice, so a hostile URL cannot flood the page. */
const MAX_ECHO = 40;

const echo = (value: string) => clip(value, MAX_ECHO);

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

function decodeEnum<T extends string>(
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
 * `safe=1` opens the dashboard without the imports stored in this browser, so that one which
 * breaks the page can always be reached and removed. Read once as the page starts, and kept in
 * the address bar so that a reload stays safe.
 */
export function isSafeLink(search: string): boolean {
  return new URLSearchParams(search).get('safe') === '1';
}

/** Reads filters from a query string. Never throws: anything invalid is dropped with a notice. */
export function decodeFilters(search: string, ctx: UrlContext): Decoded {
  const params = new URLSearchParams(search);
  const filters = defaultFilters(ctx.firstYear, ctx.lastYear);
  const notices: string[] = [];
  const get = (key: string) => {
    const value = params.get(key);
    return value === null || value.trim() === '' ? null : value;
  };

  const geo = get('geo');
  if (geo !== null)
    filters.geos = decodeList('geo', geo, ctx.geographies, 'geography', notices) ?? filters.geos;
  const platforms = get('platforms');
  if (platforms !== null)
    filters.platforms = decodeList('platforms', platforms, ctx.platforms, 'platform', notices);

  const from = get('from');
  const to = get('to');
  if (from !== null) filters.from = decodeYear('from', from, ctx, notices) ?? filters.from;
  if (to !== null) filters.to = decodeYear('to', to, ctx, notices) ?? filters.to;
  if (filters.from > filters.to) {
    notices.push(
      `from ${yearLabel(filters.from)} is after to ${yearLabel(filters.to)}, so the two were swapped.`,
    );
    [filters.from, filters.to] = [filters.to, filters.from];
  }

  const measure = get('measure');
  if (measure !== null)
    filters.measure = decodeEnum('measure', measure, MEASURES, notices) ?? filters.measure;
  const view = get('view');
  if (view !== null) filters.view = decodeEnum('view', view, VIEWS, notices) ?? filters.view;
  const panel = get('panel');
  if (panel !== null) filters.panel = decodeEnum('panel', panel, PANEL_IDS, notices);
  const place = get('place');
  if (place !== null) {
    if (ctx.places.has(place.trim())) filters.place = place.trim();
    else {
      const s = suggest(place.trim().toLowerCase(), ctx.places);
      notices.push(
        `place: "${echo(place)}" is not a nation, region or force in the data${s ? ` (did you mean "${s}"?)` : ''}, so the default (${DEFAULT_PLACE}) is shown.`,
      );
    }
  }
  const present = get('present');
  if (present !== null)
    filters.present = decodeEnum('present', present, ['1', '0'], notices) === '1';

  const embed = get('embed');
  if (embed !== null) filters.embed = decodeEnum('embed', embed, PANEL_IDS, notices);
  const auto = get('auto');
  if (auto !== null) filters.auto = decodeAuto(auto, notices);

  const compare = get('compare');
  if (compare !== null) filters.compare = decodeCompare(compare, ctx, notices);

  const deck = get('deck');
  if (deck !== null) {
    const decoded = decodeDeck(deck.trim(), ctx);
    notices.push(...decoded.notices);
    if (decoded.slides.length > 0) filters.deck = decoded.slides;
  }

  return { filters, notices };
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

function decodeAuto(raw: string, notices: string[]): number | null {
  const seconds = /^\d{1,4}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (seconds >= AUTO_MIN && seconds <= AUTO_MAX) return seconds;
  notices.push(
    `auto: "${echo(raw)}" is not a number of seconds from ${AUTO_MIN} to ${AUTO_MAX}, so slides are not moved on by themselves.`,
  );
  return null;
}

/** Writes the filters that differ from the defaults, in a fixed order, as a query string
 * (without "?"); commas are left readable. */
export function encodeFilters(filters: Filters, ctx: UrlContext): string {
  const d = defaultFilters(ctx.firstYear, ctx.lastYear);
  const parts: [string, string][] = [];
  if (filters.geos.join(',') !== d.geos.join(',')) parts.push(['geo', filters.geos.join(',')]);
  if (filters.platforms) parts.push(['platforms', filters.platforms.join(',')]);
  if (filters.from !== d.from) parts.push(['from', yearParam(filters.from)]);
  if (filters.to !== d.to) parts.push(['to', yearParam(filters.to)]);
  if (filters.measure !== d.measure) parts.push(['measure', filters.measure]);
  if (filters.view !== d.view) parts.push(['view', filters.view]);
  if (filters.panel) parts.push(['panel', filters.panel]);
  if (filters.present) parts.push(['present', '1']);
  if (filters.place !== d.place) parts.push(['place', filters.place]);
  if (filters.embed) parts.push(['embed', filters.embed]);
  if (filters.auto !== null) parts.push(['auto', String(filters.auto)]);
  if (filters.compare) parts.push(['compare', filters.compare.map(yearParam).join(',')]);
  if (filters.deck) parts.push(['deck', encodeDeck(filters.deck)]);
  return parts.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
}
