import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { embedLink } from '../../src/lib/view-link';
import { viewArb } from './deck-arbitraries';
import { decodeDeck, encodeDeck, encodeFragment, readLinkedDeck } from '../../src/state/deck';
import {
  VIEW_FIELDS,
  defaultFilters,
  viewOf,
  type DeckSlide,
  type SlideFilters,
} from '../../src/state/filters';
import { decodeFilters, encodeFilters, type UrlContext } from '../../src/state/url';

const ctx: UrlContext = {
  geographies: new Set(['england-wales', 'uk', 'west-midlands-region', 'wales', 'scotland']),
  places: new Set(['west-midlands-region', 'wales', 'scotland']),
  platforms: new Set(['instagram', 'facebook', 'snapchat']),
  firstYear: 2017,
  lastYear: 2024,
};

const ORIGIN = 'https://example.org/';

/** The page's address for a view, as the address bar keeps it. */
const pageUrl = (view: SlideFilters, deck: DeckSlide[] | null = null) => {
  const filters = { ...defaultFilters(2017, 2024), ...view, deck };
  const fragment = encodeFragment(filters);
  return `${ORIGIN}?${encodeFilters(filters, ctx)}${fragment ? `#${fragment}` : ''}`;
};
const read = (href: string) => {
  const url = new URL(href);
  return readLinkedDeck(decodeFilters(url.search, ctx, url.hash), ctx);
};

describe('the one view state', () => {
  it('every field travels URL → deck slide → deck link → slide → URL → embed, unchanged', () => {
    fc.assert(
      fc.property(viewArb(ctx), fc.string({ maxLength: 30 }), (view, note) => {
        // The page opened from a link: every field read.
        const page = read(pageUrl(view));
        expect(page.notices).toEqual([]);
        expect(viewOf(page.filters)).toEqual(view);
        // Add to deck keeps the page's view; the deck travels by its link.
        const slide: DeckSlide = {
          id: 'a',
          panel: 'west-midlands',
          ...viewOf(page.filters),
          title: 'T',
          note,
        };
        const opened = read(pageUrl(viewOf(defaultFilters(2017, 2024)), [slide]));
        expect(opened.notices).toEqual([]);
        const [linked] = opened.filters.deck!;
        expect(viewOf(linked!)).toEqual(view);
        // The slide's own address (its PowerPoint link), and that address embedded.
        const own = read(pageUrl(viewOf(linked!)));
        expect(viewOf(own.filters)).toEqual(view);
        const embedded = read(embedLink('west-midlands', pageUrl(viewOf(linked!))));
        expect(embedded.filters.embed).toBe('west-midlands');
        expect(viewOf(embedded.filters)).toEqual(view);
      }),
      { numRuns: 300 },
    );
  });

  it('lists every field of a slide, so a new one cannot be left out of the schema', () => {
    const slide: DeckSlide = {
      id: 'a',
      panel: 'trend',
      ...viewOf(defaultFilters(2017, 2024)),
      title: '',
      note: '',
    };
    expect(Object.keys(slide).sort()).toEqual(
      [...VIEW_FIELDS, 'id', 'panel', 'title', 'note'].sort(),
    );
  });

  it('keeps a slide added from ?place=scotland on Scotland', () => {
    const page = read(`${ORIGIN}?place=scotland`);
    const slide: DeckSlide = {
      id: 'a',
      panel: 'west-midlands',
      ...viewOf(page.filters),
      title: '',
      note: '',
    };
    expect(decodeDeck(encodeDeck([slide]), ctx).slides[0]!.place).toBe('scotland');
  });
});

describe('deck links that travel', () => {
  const slide: DeckSlide = {
    id: 'a',
    panel: 'trend',
    ...viewOf(defaultFilters(2017, 2024)),
    title: 'Offences over time',
    note: 'Say: it rose every year. '.repeat(70),
  };

  it('carries the deck in the fragment, compressed, and never in the query', () => {
    const href = pageUrl(viewOf(defaultFilters(2017, 2024)), Array(20).fill(slide));
    const url = new URL(href);
    expect(url.search).not.toMatch(/deck/);
    expect(url.hash).toMatch(/^#deck=2\.[A-Za-z0-9_-]+$/);
    // 20 slides with 1,750-character notes: far under a server's 8 KB request line even if sent.
    expect(href.length).toBeLessThan(4000);
    expect(read(href).filters.deck).toHaveLength(20);
  });

  it('still opens an old ?deck= link, and the page moves it to the fragment', () => {
    const v1 = `1.${Buffer.from(
      JSON.stringify([['trend', 'uk', 0, 2017, 2024, 'count', 'chart', 'Old', 'n']]),
    ).toString('base64url')}`;
    const { filters, notices } = readLinkedDeck(decodeFilters(`?deck=${v1}`, ctx), ctx);
    expect(notices).toEqual([]);
    expect(filters.deck).toMatchObject([
      { title: 'Old', geos: ['uk'], place: 'west-midlands-region' },
    ]);
    expect(encodeFilters(filters, ctx)).toBe('');
    expect(encodeFragment(filters)).toMatch(/^deck=2\./);
  });

  it('refuses a 1.6 MB deeply nested value fast, before parsing it', () => {
    const nested = `1.${Buffer.from('['.repeat(800_000) + ']'.repeat(800_000)).toString('base64url')}`;
    const inside = `1.${Buffer.from('['.repeat(300_000) + ']'.repeat(300_000)).toString('base64url')}`;
    for (const value of [nested, inside]) {
      const started = performance.now();
      const { slides, notices } = decodeDeck(value, ctx);
      // Parsing it, as before these bounds, took about a second; a loaded test machine is slow.
      expect(performance.now() - started).toBeLessThan(300);
      expect(slides).toEqual([]);
      expect(notices[0]).toMatch(
        /^deck: this link's deck could not be read \((it is damaged|it is [\d,]+ characters long)/,
      );
    }
  });

  it('refuses a value that would inflate past any deck (a zip bomb) without inflating it all', () => {
    const bomb = `2.${Buffer.from(deflateSync(new Uint8Array(50_000_000).fill(0x20))).toString('base64url')}`;
    const started = performance.now();
    const { slides, notices } = decodeDeck(bomb, ctx);
    expect(performance.now() - started).toBeLessThan(500);
    expect(slides).toEqual([]);
    expect(notices[0]).toMatch(/damaged or cut short/);
  });

  it('corrects a slide value as the address would, and says so, keeping the slide', () => {
    const json = JSON.stringify([['trend', 'geo=uk,atlantis&place=mordor', 'Kept', '']]);
    const value = `2.${Buffer.from(deflateSync(new TextEncoder().encode(json))).toString('base64url')}`;
    const { slides, notices } = decodeDeck(value, ctx);
    expect(slides).toMatchObject([{ title: 'Kept', geos: ['uk'], place: 'west-midlands-region' }]);
    expect(notices).toEqual([
      'Deck slide 1 ("Kept"): geo: "atlantis" is not a known geography, so it was left out.',
      'Deck slide 1 ("Kept"): place: "mordor" is not a nation, region or force in the data, so the default (west-midlands-region) is shown.',
    ]);
  });
});
