import { yearLabel } from '../lib/period';
import {
  MEASURES,
  PANEL_IDS,
  VIEWS,
  type Measure,
  type DeckSlide,
  type PanelId,
  type View,
} from './filters';

export type { DeckSlide };

/** What a deck link is checked against: the ids and years the loaded data set has. */
export interface DeckContext {
  geographies: ReadonlySet<string>;
  platforms: ReadonlySet<string>;
  firstYear: number;
  lastYear: number;
}

export interface DecodedDeck {
  slides: DeckSlide[];
  /** One sentence per slide left out (or the whole link, when unreadable), naming it and why. */
  notices: string[];
}

/** The version this build writes; every earlier one is still read. */
export const DECK_VERSION = 1;
/** Most slides a link may carry: more is not a briefing someone made by hand. */
export const MAX_SLIDES = 60;
export const MAX_TITLE = 200;
export const MAX_NOTE = 2000;
/** Longest text echoed back in a notice, so a hostile link cannot flood the page. */
const MAX_ECHO = 40;

function echo(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const clean = [...text].filter((c) => c >= ' ' && c !== '\u007f').join('');
  return clean.length > MAX_ECHO ? `${clean.slice(0, MAX_ECHO)}…` : clean;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null when `text` is not base64url of UTF-8. */
function fromBase64Url(text: string): string | null {
  // Plain base64 is read too: a hand-edited or re-encoded link may have it.
  const bare = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_\-+/]*$/.test(bare) || bare.length % 4 === 1) return null;
  try {
    const binary = atob(bare.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Version 1, compact: base64url of a JSON array with one array per slide,
 * [panel, "geo,geo", "platform,platform" or 0 for all, from, to, measure, view, title, note].
 */
type SlideV1 = [string, string, string | 0, number, number, string, string, string, string];

/** The deck as the value of `deck=`: `1.` then the slides. */
export function encodeDeck(slides: readonly DeckSlide[]): string {
  const compact: SlideV1[] = slides.map((s) => [
    s.panel,
    s.geos.join(','),
    s.platforms ? s.platforms.join(',') : 0,
    s.from,
    s.to,
    s.measure,
    s.view,
    s.title,
    s.note,
  ]);
  return `${DECK_VERSION}.${toBase64Url(JSON.stringify(compact))}`;
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
    title: title.slice(0, MAX_TITLE),
    note: note.slice(0, MAX_NOTE),
  };
}

/** Reads version 1; a later version adds its reader here and keeps this one. */
const READERS: Record<number, (raw: unknown[], i: number, ctx: DeckContext) => DeckSlide | string> =
  {
    1: (raw, i, ctx) => readSlideV1(raw[i], i, ctx),
  };

function slideName(raw: unknown, i: number): string {
  const title = Array.isArray(raw) && typeof raw[7] === 'string' && raw[7] ? raw[7] : null;
  const panel = Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : null;
  const name = title ?? panel;
  return `Deck slide ${i + 1}${name ? ` ("${echo(name)}")` : ''}`;
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
  const json = fromBase64Url(value.slice(dot + 1));
  if (json === null) return unreadable('it is damaged or cut short');
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
    const slide = read(raw, i, ctx);
    if (typeof slide === 'string') notices.push(`${slideName(raw[i], i)} was left out: ${slide}.`);
    else slides.push(slide);
  }
  return { slides, notices };
}
