import { describe, expect, it } from 'vitest';
import { parseMessage, slideFilters, type SlideState } from '../../src/present/console-channel';
import type { DeckSlide, SlideFilters } from '../../src/state/filters';

const page: SlideFilters = {
  geos: ['england-wales'],
  platforms: null,
  from: 2017,
  to: 2024,
  measure: 'count',
  view: 'chart',
  place: 'west-midlands-region',
  compare: null,
};

const deckSlide: DeckSlide = {
  ...page,
  id: 'a',
  panel: 'platforms',
  geos: ['uk'],
  title: 'Platforms',
  note: 'Say: Snapchat leads.',
  headline: 'Snapchat leads.',
};

const deckState: SlideState = {
  slides: [
    { deck: 0, panel: 'platforms', part: 0, page: 0 },
    { deck: 0, panel: 'platforms', part: 0, page: 1 },
  ],
  index: 1,
  deck: [deckSlide],
  page,
  flipped: true,
};

const pageState: SlideState = {
  slides: [
    { panel: 'headline', part: 0, page: 0 },
    { panel: 'trend', part: 0, page: 0 },
  ],
  index: 0,
  deck: null,
  page,
  flipped: false,
};

describe('presenter view channel', () => {
  it('reads every message of the protocol, whole', () => {
    expect(parseMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseMessage({ type: 'go', index: 3 })).toEqual({ type: 'go', index: 3 });
    expect(parseMessage({ type: 'bye', from: 'audience', reason: 'closed' })).toEqual({
      type: 'bye',
      from: 'audience',
      reason: 'closed',
    });
    expect(parseMessage({ type: 'state', ...deckState })).toEqual({ type: 'state', ...deckState });
    expect(parseMessage({ type: 'state', ...pageState })).toEqual({ type: 'state', ...pageState });
    // A deck ends with its "Notes and sources" slide, which is no one deck slide's.
    const closing = {
      ...deckState,
      slides: [...deckState.slides, { panel: 'platforms', part: 0, page: 0, closing: true }],
    };
    expect(parseMessage({ type: 'state', ...closing })).toEqual({ type: 'state', ...closing });
  });

  it('ignores a malformed message, or one of another kind', () => {
    const bad: unknown[] = [
      null,
      'go',
      42,
      [],
      { type: 'launch' },
      { type: 'go' },
      { type: 'go', index: -1 },
      { type: 'go', index: 1.5 },
      { type: 'go', index: '2' },
      { type: 'bye', from: 'someone', reason: 'closed' },
      { type: 'bye', from: 'console' },
      { type: 'state' },
      { type: 'state', ...pageState, index: 2 },
      { type: 'state', ...pageState, slides: [] },
      { type: 'state', ...pageState, slides: [{ panel: 'maps', part: 0, page: 0 }] },
      { type: 'state', ...pageState, page: { ...page, measure: 'rate' } },
      { type: 'state', ...pageState, flipped: 'no' },
      { type: 'state', ...pageState, slides: [{ panel: 'trend', part: 0, page: 0, closing: 1 }] },
      // A page slide cannot point into a deck, nor a deck slide past the deck's end.
      { type: 'state', ...pageState, slides: [{ deck: 0, panel: 'trend', part: 0, page: 0 }] },
      { type: 'state', ...deckState, deck: [] },
      { type: 'state', ...deckState, deck: [{ ...deckSlide, note: 7 }] },
      { type: 'state', ...deckState, deck: [{ ...deckSlide, headline: null }] },
    ];
    for (const data of bad) expect(parseMessage(data), JSON.stringify(data)).toBeNull();
  });

  it('draws a deck slide under its own filters, turned by t, and a page slide under the page’s', () => {
    expect(slideFilters(deckState, deckState.slides[0]!)).toMatchObject({
      geos: ['uk'],
      view: 'table',
    });
    expect(slideFilters(pageState, pageState.slides[1]!)).toBe(page);
  });
});
