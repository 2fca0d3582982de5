import { deflateSync, Inflate } from 'fflate';
import { yearLabel } from '../lib/period';
import { cutText } from '../lib/xml-text';
import {
  DEFAULT_PLACE,
  defaultFilters,
  viewOf,
  MEASURES,
  PANEL_IDS,
  VIEWS,
  type Measure,
  type DeckSlide,
  type PanelId,
  type View,
} from './filters';
import { decodeView, encodeView, queryOf, type UrlContext } from './view';
import type { Decoded } from './url';

export type { DeckSlide };

/** What a deck link is checked against: the ids, places and years the loaded data set has. */
export type DeckContext = UrlContext;

export interface DecodedDeck {
  slides: DeckSlide[];
  /** One sentence per slide left out (or the whole link, when unreadable), naming it and why. */
  notices: string[];
}

/** The version this build writes; every earlier one is still read. */
export const DECK_VERSION = 2;
/** Most slides a link may carry: more is not a briefing someone made by hand. */
export const MAX_SLIDES = 60;
export const MAX_TITLE = 200;
export const MAX_NOTE = 2000;
/** An edited headline is one or two lines on a slide: the computed ones keep to 110 characters. */
export const MAX_HEADLINE = 300;
/**
 * Longest `deck=` value read, and most bytes one may inflate to: 60 slides of the longest title
 * and note fit in either many times over. Both are checked before anything is parsed, so a
 * hostile value is refused at once, not after seconds of work.
 */
export const MAX_DECK_CHARS = 1_000_000;
const MAX_INFLATED = 2_000_000;
/** A deck is a list of slides, each a list of values: nothing nests deeper. */
const MAX_NESTING = 2;
const MAX_QUERY = 4000;
/** Longest text echoed back in a notice, so a hostile link cannot flood the page. */
const MAX_ECHO = 40;

function echo(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const clean = [...text].filter((c) => c >= ' ' && c !== '\u007f').join('');
  return clean.length > MAX_ECHO ? `${clean.slice(0, MAX_ECHO)}…` : clean;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null when `text` is not base64url. */
function fromBase64Url(text: string): Uint8Array | null {
  // Plain base64 is read too: a hand-edited or re-encoded link may have it.
  const bare = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_\-+/]*$/.test(bare) || bare.length % 4 === 1) return null;
  try {
    const binary = atob(bare.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** Null when `bytes` are not UTF-8. */
function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The raw-deflated `bytes` inflated; null when damaged or when they would pass `max` bytes. */
function inflateAtMost(bytes: Uint8Array, max: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > max) throw new RangeError('too large');
    chunks.push(chunk);
    ended = final;
  });
  try {
    // In pieces of 1 KB, which inflate to at most about 1 MB: a bomb is stopped soon past the limit.
    const PIECE = 1024;
    for (let at = 0; at < bytes.length; at += PIECE)
      inflate.push(bytes.subarray(at, at + PIECE), at + PIECE >= bytes.length);
    if (bytes.length === 0) return null;
  } catch {
    return null;
  }
  if (!ended) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Whether JSON text nests arrays or objects deeper than `max`: checked before parsing, which
 * would otherwise spend its time (and stack) on a hostile value. */
function nestsDeeperThan(json: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * Version 1, compact: base64url of a JSON array with one array per slide,
 * [panel, "geo,geo", "platform,platform" or 0 for all, from, to, measure, view, title, note].
 * Read, never written: it could not carry a slide's place.
 */

/**
 * Version 2: base64url of the raw-deflated JSON array of slides, each
 * [panel, view as a query string (the address's own fields and format), title, note], and then
 * the edited headline when there is one (links made before headlines could be edited have four
 * entries, and are read as the panel's own headline). A field added to the view state travels in
 * the query with no change here.
 */
type SlideV2 = [string, string, string, string] | [string, string, string, string, string];

/** The deck as the value of `deck=`: `2.` then the slides, compressed. */
export function encodeDeck(slides: readonly DeckSlide[]): string {
  const compact: SlideV2[] = slides.map((s) => {
    const slide: SlideV2 = [s.panel, queryOf(encodeView(s, null)), s.title, s.note];
    return s.headline ? [...slide, s.headline] : slide;
  });
  const json = new TextEncoder().encode(JSON.stringify(compact));
  return `${DECK_VERSION}.${toBase64Url(deflateSync(json, { level: 9 }))}`;
}

/** The ids of a list, or why the slide cannot be shown with it. */
function checkIds(
  field: string,
  raw: unknown,
  known: ReadonlySet<string>,
  kind: string,
): { ids: string[] } | { problem: string } {
  if (typeof raw !== 'string') return { problem: `its ${field} are not a list` };
  const ids = raw.split(',').filter(Boolean);
  if (ids.length === 0) return { problem: `it has no ${field}` };
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) return { problem: `"${echo(unknown)}" is not a known ${kind}` };
  return { ids: [...new Set(ids)] };
}

function readSlideV1(raw: unknown, i: number, ctx: DeckContext): DeckSlide | string {
  if (!Array.isArray(raw)) return 'it is not a slide';
  const [panel, geos, platforms, from, to, measure, view, title, note] = raw as unknown[];
  if (typeof panel !== 'string' || !(PANEL_IDS as readonly string[]).includes(panel))
    return `"${echo(panel)}" is not a panel`;
  const g = checkIds('places', geos, ctx.geographies, 'geography');
  if ('problem' in g) return g.problem;
  let p: string[] | null = null;
  if (platforms !== 0) {
    const checked = checkIds('platforms', platforms, ctx.platforms, 'platform');
    if ('problem' in checked) return checked.problem;
    p = checked.ids;
  }
  for (const [name, year] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (typeof year !== 'number' || !Number.isInteger(year))
      return `its ${name} year is not a year`;
    if (year < ctx.firstYear || year > ctx.lastYear)
      return `${yearLabel(year)} is outside the data (${yearLabel(ctx.firstYear)} to ${yearLabel(ctx.lastYear)})`;
  }
  if (typeof measure !== 'string' || !(MEASURES as readonly string[]).includes(measure))
    return `"${echo(measure)}" is not a measure`;
  if (typeof view !== 'string' || !(VIEWS as readonly string[]).includes(view))
    return `"${echo(view)}" is not a view`;
  if (typeof title !== 'string' || typeof note !== 'string') return 'its title or note is not text';
  return {
    id: `link-${i + 1}`,
    panel: panel as PanelId,
    geos: g.ids,
    platforms: p,
    from: Math.min(from as number, to as number),
    to: Math.max(from as number, to as number),
    measure: measure as Measure,
    view: view as View,
    // Version 1 had no place: every slide showed the default one.
    place: DEFAULT_PLACE,
    compare: null,
    title: cutText(title, MAX_TITLE),
    note: cutText(note, MAX_NOTE),
  };
}

/** A slide of version 2; a value the address would correct is corrected the same way, and said
 * in `notices`. */
function readSlideV2(
  raw: unknown,
  i: number,
  ctx: DeckContext,
  notices: string[],
): DeckSlide | string {
  if (!Array.isArray(raw)) return 'it is not a slide';
  const [panel, query, title, note, headline = ''] = raw as unknown[];
  if (typeof panel !== 'string' || !(PANEL_IDS as readonly string[]).includes(panel))
    return `"${echo(panel)}" is not a panel`;
  if (typeof query !== 'string' || query.length > MAX_QUERY) return 'its view is not readable';
  if (typeof title !== 'string' || typeof note !== 'string') return 'its title or note is not text';
  if (typeof headline !== 'string') return 'its headline is not text';
  const view = viewOf(defaultFilters(ctx.firstYear, ctx.lastYear));
  const corrected: string[] = [];
  decodeView(new URLSearchParams(query), ctx, view, corrected);
  for (const n of corrected) notices.push(`${slideName(raw, i, 2)}: ${n}`);
  return {
    id: `link-${i + 1}`,
    panel: panel as PanelId,
    ...view,
    title: cutText(title, MAX_TITLE),
    note: cutText(note, MAX_NOTE),
    ...(headline ? { headline: cutText(headline, MAX_HEADLINE) } : {}),
  };
}

interface Reader {
  /** The JSON text a value's payload holds, or null when it is damaged or too large. */
  text: (payload: Uint8Array) => string | null;
  slide: (raw: unknown, i: number, ctx: DeckContext, notices: string[]) => DeckSlide | string;
  /** Where a slide keeps its title, to name it in a notice. */
  titleAt: number;
}

/** Each version's reader; a later version adds its own here and keeps these. */
const READERS: Record<number, Reader> = {
  1: { text: utf8, slide: readSlideV1, titleAt: 7 },
  2: {
    text: (payload) => {
      const bytes = inflateAtMost(payload, MAX_INFLATED);
      return bytes && utf8(bytes);
    },
    slide: readSlideV2,
    titleAt: 2,
  },
};

function slideName(raw: unknown, i: number, titleAt: number): string {
  const title =
    Array.isArray(raw) && typeof raw[titleAt] === 'string' && raw[titleAt] ? raw[titleAt] : null;
  const panel = Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : null;
  const name = title ?? panel;
  return `Deck slide ${i + 1}${name ? ` ("${echo(name)}")` : ''}`;
}

/** A decoded link with its deck read into its filters, and what was left out said. */
export function readLinkedDeck(decoded: Decoded, ctx: DeckContext): Decoded {
  if (decoded.deck === undefined) return decoded;
  const { slides, notices } = decodeDeck(decoded.deck, ctx);
  return {
    filters: slides.length > 0 ? { ...decoded.filters, deck: slides } : decoded.filters,
    notices: [...decoded.notices, ...notices],
  };
}

/**
 * The address's fragment for these filters (without "#"): the deck, when a link opened one. A
 * fragment is never sent to a server, so a long deck reaches any host and no access log.
 */
export function encodeFragment(filters: { deck: readonly DeckSlide[] | null }): string {
  return filters.deck ? `deck=${encodeDeck(filters.deck)}` : '';
}

/**
 * Reads a `deck=` value. Never throws: a slide that cannot be shown is left out with a notice
 * that names it and says why; an unreadable link gives no slides and says so.
 */
export function decodeDeck(value: string, ctx: DeckContext): DecodedDeck {
  const unreadable = (why: string): DecodedDeck => ({
    slides: [],
    notices: [`deck: this link's deck could not be read (${why}), so no deck was opened.`],
  });
  const dot = value.indexOf('.');
  const version = dot > 0 ? Number(value.slice(0, dot)) : NaN;
  if (!Number.isInteger(version) || version < 1) return unreadable('it has no version');
  const read = READERS[version];
  if (!read)
    return unreadable(
      `it was made by a newer version of this dashboard (deck version ${version}); reload the page to update`,
    );
  if (value.length > MAX_DECK_CHARS)
    return unreadable(
      `it is ${value.length.toLocaleString('en-GB')} characters long, more than any deck needs`,
    );
  const payload = fromBase64Url(value.slice(dot + 1));
  const json = payload && read.text(payload);
  if (json === null) return unreadable('it is damaged or cut short');
  if (nestsDeeperThan(json, MAX_NESTING)) return unreadable('it is damaged');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return unreadable('it is damaged or cut short');
  }
  if (!Array.isArray(raw)) return unreadable('it is damaged');
  const notices: string[] = [];
  if (raw.length > MAX_SLIDES)
    notices.push(`deck: only the first ${MAX_SLIDES} of ${raw.length} slides were read.`);
  const slides: DeckSlide[] = [];
  for (let i = 0; i < Math.min(raw.length, MAX_SLIDES); i++) {
    const slide = read.slide(raw[i], i, ctx, notices);
    if (typeof slide === 'string')
      notices.push(`${slideName(raw[i], i, read.titleAt)} was left out: ${slide}.`);
    else slides.push(slide);
  }
  return { slides, notices };
}
