import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import {
  decodeDeck,
  encodeDeck,
  MAX_HEADLINE,
  MAX_SLIDES,
  type DeckSlide,
} from '../../src/state/deck';
import { slideArb } from './deck-arbitraries';

const ctx = {
  geographies: new Set(['england-wales', 'uk', 'west-midlands-region', 'staffordshire']),
  places: new Set(['west-midlands-region', 'staffordshire']),
  platforms: new Set(['instagram', 'facebook', 'snapchat', 'other']),
  firstYear: 2017,
  lastYear: 2024,
};

const slide = (over: Partial<DeckSlide> = {}): DeckSlide => ({
  id: 'a',
  panel: 'trend',
  geos: ['england-wales'],
  platforms: null,
  from: 2017,
  to: 2024,
  measure: 'count',
  view: 'chart',
  place: 'west-midlands-region',
  compare: null,
  title: 'The national trend',
  note: 'Say: more than doubled.',
  ...over,
});

const linked = (slides: DeckSlide[]) => slides.map((s, i) => ({ ...s, id: `link-${i + 1}` }));

describe('deck links', () => {
  it('round-trips every slide, in order, with titles and notes in any script', () => {
    const deck = [
      slide(),
      slide({
        panel: 'platforms',
        platforms: ['instagram', 'snapchat'],
        measure: 'share',
        title: 'Plateformes — « parts »',
        note: '',
      }),
      slide({
        panel: 'west-midlands',
        geos: ['west-midlands-region', 'england-wales'],
        measure: 'index',
        view: 'table',
        from: 2018,
        to: 2020,
        title: '',
        note: 'Index 2017/18 = 100 🙂',
      }),
    ];
    const value = encodeDeck(deck);
    expect(value).toMatch(/^2\.[A-Za-z0-9_-]+$/);
    expect(decodeDeck(value, ctx)).toEqual({ slides: linked(deck), notices: [] });
  });

  it('carries an edited headline, cut to its limit, and opens links made before headlines', () => {
    const edited = [slide({ headline: 'Offences more than doubled in seven years.' }), slide()];
    expect(decodeDeck(encodeDeck(edited), ctx).slides).toEqual(linked(edited));
    const long = decodeDeck(encodeDeck([slide({ headline: 'h'.repeat(400) })]), ctx);
    expect(long.slides[0]!.headline).toHaveLength(MAX_HEADLINE);
    // A version 2 link of four entries a slide, as written before headlines could be edited.
    const before = encodeDeck([slide()]);
    expect(decodeDeck(before, ctx).slides[0]).not.toHaveProperty('headline');
    const json = JSON.stringify([['trend', 'geo=england-wales', 'T', '', 5]]);
    const bad = `2.${Buffer.from(deflateRawSync(json)).toString('base64url')}`;
    expect(decodeDeck(bad, ctx).notices).toEqual([
      'Deck slide 1 ("T") was left out: its headline is not text.',
    ]);
  });

  it('still opens a version 1 link written by the first release of decks', () => {
    // Frozen: a later version must keep reading exactly this.
    const v1 =
      '1.W1sidHJlbmQiLCJlbmdsYW5kLXdhbGVzLHVrIiwwLDIwMTcsMjAyNCwiY291bnQiLCJjaGFydCIsIk5hdGlvbmFsIHRyZW5kIiwiRG91YmxlZCJdLFsicGxhdGZvcm1zIiwiZW5nbGFuZC13YWxlcyIsImluc3RhZ3JhbSxzbmFwY2hhdCIsMjAxNywyMDIyLCJzaGFyZSIsInRhYmxlIiwiIiwiIl1d';
    expect(decodeDeck(v1, ctx)).toEqual({
      slides: [
        slide({
          id: 'link-1',
          geos: ['england-wales', 'uk'],
          title: 'National trend',
          note: 'Doubled',
        }),
        slide({
          id: 'link-2',
          panel: 'platforms',
          platforms: ['instagram', 'snapchat'],
          to: 2022,
          measure: 'share',
          view: 'table',
          title: '',
          note: '',
        }),
      ],
      notices: [],
    });
  });

  it('opens the valid slides of a link and names each one left out, and why', () => {
    const json = JSON.stringify([
      ['trend', 'england-wales', 0, 2017, 2024, 'count', 'chart', 'Kept', ''],
      ['maps', 'england-wales', 0, 2017, 2024, 'count', 'chart', 'A map', ''],
      ['age', 'atlantis', 0, 2017, 2024, 'count', 'chart', '', ''],
      ['platforms', 'uk', 'tiktok', 2017, 2024, 'share', 'chart', 'Platforms', ''],
      ['trend', 'uk', 0, 2010, 2024, 'count', 'chart', 'Too early', ''],
      'nonsense',
    ]);
    const value = `1.${Buffer.from(json).toString('base64url')}`;
    const { slides, notices } = decodeDeck(value, ctx);
    expect(slides.map((s) => s.title)).toEqual(['Kept']);
    expect(notices).toEqual([
      'Deck slide 2 ("A map") was left out: "maps" is not a panel.',
      'Deck slide 3 ("age") was left out: "atlantis" is not a known geography.',
      'Deck slide 4 ("Platforms") was left out: "tiktok" is not a known platform.',
      'Deck slide 5 ("Too early") was left out: 2010/11 is outside the data (2017/18 to 2024/25).',
      'Deck slide 6 was left out: it is not a slide.',
    ]);
  });

  it('says so when the whole link is damaged or from a newer version', () => {
    const good = encodeDeck([slide()]);
    expect(decodeDeck(good.slice(0, -5), ctx).notices[0]).toMatch(/damaged or cut short/);
    expect(decodeDeck(`9.${good.slice(2)}`, ctx)).toEqual({
      slides: [],
      notices: [
        "deck: this link's deck could not be read (it was made by a newer version of this dashboard (deck version 9); reload the page to update), so no deck was opened.",
      ],
    });
    expect(decodeDeck('hello', ctx).notices[0]).toMatch(/it has no version/);
  });

  it(`reads at most ${MAX_SLIDES} slides`, () => {
    const many = Array.from({ length: MAX_SLIDES + 5 }, () => slide());
    const { slides, notices } = decodeDeck(encodeDeck(many), ctx);
    expect(slides).toHaveLength(MAX_SLIDES);
    expect(notices).toEqual([
      `deck: only the first ${MAX_SLIDES} of ${MAX_SLIDES + 5} slides were read.`,
    ]);
  });

  it('decodes any string to slides or a notice, never throwing', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string().map((s) => `1.${s}`),
      fc.jsonValue().map((v) => `1.${Buffer.from(JSON.stringify(v) ?? '').toString('base64url')}`),
      fc
        .array(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(0), fc.constant(null))))
        .map((v) => `1.${Buffer.from(JSON.stringify(v) ?? '').toString('base64url')}`),
    );
    fc.assert(
      fc.property(anyValue, (value) => {
        const { slides, notices } = decodeDeck(value, ctx);
        for (const s of slides) {
          expect(s.geos.every((g) => ctx.geographies.has(g))).toBe(true);
          expect(s.from).toBeLessThanOrEqual(s.to);
        }
        for (const n of notices) expect(n.length).toBeLessThan(260);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any deck', () => {
    fc.assert(
      fc.property(fc.array(slideArb(ctx), { maxLength: 6 }), (deck) => {
        expect(decodeDeck(encodeDeck(deck), ctx)).toEqual({ slides: linked(deck), notices: [] });
      }),
    );
  });
});
