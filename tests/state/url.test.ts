import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUTO_MAX,
  AUTO_MIN,
  MEASURES,
  PANEL_IDS,
  defaultFilters,
  type Filters,
} from '../../src/state/filters';
import { decodeFilters, encodeFilters, isSafeLink, type UrlContext } from '../../src/state/url';
import { encodeFragment, readLinkedDeck } from '../../src/state/deck';
import { slideArb, viewArb } from './deck-arbitraries';

const ctx: UrlContext = {
  geographies: new Set(['england-wales', 'uk', 'west-midlands-region', 'wales', 'staffordshire']),
  places: new Set(['west-midlands-region', 'wales', 'staffordshire']),
  platforms: new Set(['instagram', 'facebook', 'whatsapp', 'snapchat', 'other']),
  firstYear: 2017,
  lastYear: 2024,
};

describe('decodeFilters', () => {
  it('opens exactly the view a shared link describes', () => {
    const { filters, notices } = decodeFilters(
      '?geo=west-midlands-region,england-wales&from=2017-18&to=2018-19&measure=index',
      ctx,
    );
    expect(notices).toEqual([]);
    expect(filters).toEqual({
      ...defaultFilters(2017, 2024),
      geos: ['west-midlands-region', 'england-wales'],
      from: 2017,
      to: 2018,
      measure: 'index',
    });
  });

  it('echoes a 3.6 MB value cut short, without a slow "did you mean"', () => {
    const started = performance.now();
    const { notices } = decodeFilters(`?geo=${'englandwales'.repeat(300_000)}`, ctx);
    expect(performance.now() - started).toBeLessThan(500);
    expect(notices).toEqual([
      `geo: "${'englandwales'.repeat(4).slice(0, 40)}…" is not a known geography, so it was left out.`,
    ]);
  });

  it('reads safe=1 as safe mode, and nothing else as it', () => {
    expect(isSafeLink('?geo=uk&safe=1')).toBe(true);
    expect(isSafeLink('?safe=true')).toBe(false);
    expect(isSafeLink('')).toBe(false);
  });

  it('gives the defaults for an empty query', () => {
    expect(decodeFilters('', ctx)).toEqual({ filters: defaultFilters(2017, 2024), notices: [] });
  });

  it('drops invalid values and says which, keeping the valid ones', () => {
    const { filters, notices } = decodeFilters(
      '?geo=england-wales,west-midland-region&platforms=instagram,tiktok&from=2030-31&to=2018/19&measure=rate&view=grid&panel=nope&present=yes&utm_source=x',
      ctx,
    );
    expect(filters.geos).toEqual(['england-wales']);
    expect(filters.platforms).toEqual(['instagram']);
    expect(filters.from).toBe(2017);
    expect(filters.to).toBe(2018);
    expect(filters.measure).toBe('count');
    expect(filters.view).toBe('chart');
    expect(filters.panel).toBeNull();
    expect(filters.present).toBe(false);
    expect(notices).toEqual([
      'geo: "west-midland-region" is not a known geography (did you mean "west-midlands-region"?), so it was left out.',
      'platforms: "tiktok" is not a known platform, so it was left out.',
      'from: 2030/31 is outside the data (2017/18 to 2024/25), so it was ignored.',
      'measure: "rate" is not one of count, share, index, so it was ignored.',
      'view: "grid" is not one of chart, table, so it was ignored.',
      'panel: "nope" is not one of headline, trend, platforms, platform-change, age, west-midlands, coverage, so it was ignored.',
      'present: "yes" is not one of 1, 0, so it was ignored.',
    ]);
  });

  it('reads seconds per slide from auto=N, 5 to 600, and drops anything else with a notice', () => {
    expect(decodeFilters('?auto=10', ctx)).toEqual({
      filters: { ...defaultFilters(2017, 2024), auto: 10 },
      notices: [],
    });
    expect(decodeFilters('?auto=600', ctx).filters.auto).toBe(600);
    for (const bad of ['4', '601', '1.5', '-10', 'ten', '1e2', '0x10']) {
      const { filters, notices } = decodeFilters(`?auto=${bad}`, ctx);
      expect(filters.auto, bad).toBeNull();
      expect(notices, bad).toEqual([
        `auto: "${bad}" is not a number of seconds from 5 to 600, so slides are not moved on by themselves.`,
      ]);
    }
    expect(encodeFilters({ ...defaultFilters(2017, 2024), present: true, auto: 30 }, ctx)).toBe(
      'present=1&auto=30',
    );
  });

  it('falls back to the default places when none is valid, and swaps reversed years', () => {
    const { filters, notices } = decodeFilters('?geo=atlantis&from=2020-21&to=2018-19', ctx);
    expect(filters.geos).toEqual(defaultFilters(2017, 2024).geos);
    expect([filters.from, filters.to]).toEqual([2018, 2020]);
    expect(notices[1]).toBe('from 2020/21 is after to 2018/19, so the two were swapped.');
  });

  it('reads the place of the place-against-nation panel, West Midlands region by default', () => {
    expect(decodeFilters('?place=wales', ctx)).toEqual({
      filters: { ...defaultFilters(2017, 2024), place: 'wales' },
      notices: [],
    });
    expect(defaultFilters(2017, 2024).place).toBe('west-midlands-region');
    for (const bad of ['uk', 'england-wales', 'wale', 'atlantis']) {
      const { filters, notices } = decodeFilters(`?place=${bad}`, ctx);
      expect(filters.place).toBe('west-midlands-region');
      expect(notices).toHaveLength(1);
    }
    expect(decodeFilters('?place=wale', ctx).notices[0]).toBe(
      'place: "wale" is not a nation, region or force in the data (did you mean "wales"?), so the default (west-midlands-region) is shown.',
    );
    expect(encodeFilters({ ...defaultFilters(2017, 2024), place: 'wales' }, ctx)).toBe(
      'place=wales',
    );
  });

  it('reads a panel to embed, and drops an unknown one with a notice', () => {
    expect(decodeFilters('?embed=trend', ctx).filters.embed).toBe('trend');
    const { filters, notices } = decodeFilters('?embed=nope', ctx);
    expect(filters.embed).toBeNull();
    expect(notices).toEqual([
      'embed: "nope" is not one of headline, trend, platforms, platform-change, age, west-midlands, coverage, so it was ignored.',
    ]);
  });

  it("keeps the change panel's two years, earlier first, and refuses what is not two years", () => {
    expect(decodeFilters('?compare=2023-24,2024-25', ctx).filters.compare).toEqual([2023, 2024]);
    expect(encodeFilters({ ...defaultFilters(2017, 2024), compare: [2023, 2024] }, ctx)).toBe(
      'compare=2023-24,2024-25',
    );
    const swapped = decodeFilters('?compare=2024-25,2021-22', ctx);
    expect(swapped.filters.compare).toEqual([2021, 2024]);
    expect(swapped.notices).toEqual([
      'compare: 2024/25 is after 2021/22, so the two were swapped.',
    ]);
    const one = decodeFilters('?compare=2023-24', ctx);
    expect(one.filters.compare).toBeNull();
    expect(one.notices).toEqual([
      'compare: "2023-24" is not two years like 2017-18,2024-25, so the change panel chooses its years.',
    ]);
    expect(decodeFilters('?compare=2023-24,2023-24', ctx).notices).toEqual([
      'compare: 2023/24 twice is no change, so the change panel chooses its years.',
    ]);
  });

  it('caps long lists and long echoed values', () => {
    const many = Array.from({ length: 100 }, (_, i) => `x${i}`).join(',');
    const { notices } = decodeFilters(`?geo=${many}&measure=${'a'.repeat(500)}`, ctx);
    expect(notices[0]).toBe('geo: only the first 30 of 100 values were read.');
    expect(notices.at(-1)!.length).toBeLessThan(120);
  });
});

const filtersArb: fc.Arbitrary<Filters> = fc
  .record({
    view: viewArb(ctx),
    panel: fc.option(fc.constantFrom(...PANEL_IDS), { nil: null }),
    present: fc.boolean(),
    embed: fc.option(fc.constantFrom(...PANEL_IDS), { nil: null }),
    auto: fc.option(fc.integer({ min: AUTO_MIN, max: AUTO_MAX }), { nil: null }),
    deck: fc.option(fc.array(slideArb(ctx), { minLength: 1, maxLength: 4 }), { nil: null }),
  })
  .map(({ view, deck, ...rest }) => ({
    ...view,
    ...rest,
    deck: deck && deck.map((s, i) => ({ ...s, id: `link-${i + 1}` })),
  }));

describe('URL encoding properties', () => {
  it('decodes any query string without throwing, always to a valid state', () => {
    const key = fc.constantFrom(
      'geo',
      'platforms',
      'from',
      'to',
      'measure',
      'view',
      'panel',
      'present',
      'place',
      'embed',
      'auto',
      'compare',
      'x',
      '',
    );
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('2017-18', 'uk', '<script>alert(1)</script>', '%', '%E0%A4%A', ',,,'),
    );
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(fc.tuple(key, value), { maxLength: 12 })
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(query, (q) => {
        const { filters } = decodeFilters(q, ctx);
        expect(filters.geos.length).toBeGreaterThan(0);
        for (const g of filters.geos) expect(ctx.geographies.has(g)).toBe(true);
        expect(filters.from).toBeLessThanOrEqual(filters.to);
        expect(MEASURES).toContain(filters.measure);
        expect(ctx.places.has(filters.place)).toBe(true);
        if (filters.auto !== null) {
          expect(Number.isInteger(filters.auto)).toBe(true);
          expect(filters.auto).toBeGreaterThanOrEqual(AUTO_MIN);
          expect(filters.auto).toBeLessThanOrEqual(AUTO_MAX);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips every valid state: decode(encode(state)) = state, with no notices', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const url = `?${encodeFilters(filters, ctx)}`;
        expect(readLinkedDeck(decodeFilters(url, ctx, `#${encodeFragment(filters)}`), ctx)).toEqual(
          {
            filters,
            notices: [],
          },
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('writes nothing for the defaults and keeps commas readable', () => {
    expect(encodeFilters(defaultFilters(2017, 2024), ctx)).toBe('');
    expect(
      encodeFilters({ ...defaultFilters(2017, 2024), geos: ['uk', 'wales'], from: 2018 }, ctx),
    ).toBe('geo=uk,wales&from=2018-19');
  });
});
