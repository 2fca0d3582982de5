import { AUTO_MAX, AUTO_MIN, PANEL_IDS, defaultFilters, type Filters } from './filters';
import { decodeEnum, decodeView, echo, encodeView, queryOf, type UrlContext } from './view';

export type { UrlContext };

export interface Decoded {
  filters: Filters;
  /** One sentence per dropped or corrected value, for the notice the user sees. */
  notices: string[];
  /**
   * The link's `deck=` value, not yet read: its reader (state/deck.ts, readLinkedDeck) and the
   * inflater it needs load only for a deck link, not for every visitor's first view.
   */
  deck?: string;
}

/**
 * `safe=1` opens the dashboard without the imports stored in this browser, so that one which
 * breaks the page can always be reached and removed. Read once as the page starts, and kept in
 * the address bar so that a reload stays safe.
 */
export function isSafeLink(search: string): boolean {
  return new URLSearchParams(search).get('safe') === '1';
}

/**
 * Reads filters from a query string and the address's fragment, where a deck travels
 * (`#deck=`; a `?deck=` of older links is still read). Never throws: anything invalid is dropped
 * with a notice.
 */
export function decodeFilters(search: string, ctx: UrlContext, hash = ''): Decoded {
  const params = new URLSearchParams(search);
  const filters = defaultFilters(ctx.firstYear, ctx.lastYear);
  const notices: string[] = [];
  const get = (key: string) => {
    const value = params.get(key);
    return value === null || value.trim() === '' ? null : value;
  };

  decodeView(params, ctx, filters, notices);
  const panel = get('panel');
  if (panel !== null) filters.panel = decodeEnum('panel', panel, PANEL_IDS, notices);
  const present = get('present');
  if (present !== null)
    filters.present = decodeEnum('present', present, ['1', '0'], notices) === '1';

  const embed = get('embed');
  if (embed !== null) filters.embed = decodeEnum('embed', embed, PANEL_IDS, notices);
  const auto = get('auto');
  if (auto !== null) filters.auto = decodeAuto(auto, notices);

  const deck = deckInFragment(hash) ?? get('deck');
  return deck === null ? { filters, notices } : { filters, notices, deck: deck.trim() };
}

const DECK_FRAGMENT = /^#?deck=/;

/** The `deck=` value of a fragment, or null when the fragment is not a deck's. */
export function deckInFragment(hash: string): string | null {
  return DECK_FRAGMENT.test(hash) ? hash.replace(DECK_FRAGMENT, '') : null;
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
 * (without "?"); commas are left readable. The deck is not in it: see encodeFragment in
 * state/deck.ts. */
export function encodeFilters(filters: Filters, ctx: UrlContext): string {
  const parts = encodeView(filters, ctx);
  if (filters.panel) parts.push(['panel', filters.panel]);
  if (filters.present) parts.push(['present', '1']);
  if (filters.embed) parts.push(['embed', filters.embed]);
  if (filters.auto !== null) parts.push(['auto', String(filters.auto)]);
  return queryOf(parts);
}
