import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slideIndex, slideList, step, type PanelShape } from '../../src/present/slides';
import { PANEL_IDS, type PanelId } from '../../src/state/filters';

describe('slideList', () => {
  it('gives one slide per panel until told otherwise', () => {
    expect(slideList(['headline', 'trend'], new Map())).toEqual([
      { panel: 'headline', part: 0, page: 0 },
      { panel: 'trend', part: 0, page: 0 },
    ]);
  });

  it('gives a two-chart panel two slides and a long table its pages', () => {
    const shapes = new Map<PanelId, PanelShape>([
      ['west-midlands', [1, 1]],
      ['age', [3]],
    ]);
    expect(slideList(['age', 'west-midlands', 'coverage'], shapes)).toEqual([
      { panel: 'age', part: 0, page: 0 },
      { panel: 'age', part: 0, page: 1 },
      { panel: 'age', part: 0, page: 2 },
      { panel: 'west-midlands', part: 0, page: 0 },
      { panel: 'west-midlands', part: 1, page: 0 },
      { panel: 'coverage', part: 0, page: 0 },
    ]);
  });

  it('ends with the closing notes slide, its pages after the last panel, found apart from it', () => {
    const slides = slideList(['headline', 'coverage'], new Map(), 2);
    expect(slides).toEqual([
      { panel: 'headline', part: 0, page: 0 },
      { panel: 'coverage', part: 0, page: 0 },
      { panel: 'coverage', part: 0, page: 0, closing: true },
      { panel: 'coverage', part: 0, page: 1, closing: true },
    ]);
    expect(slideIndex(slides, { panel: 'coverage', part: 0, page: 0 })).toBe(1);
    expect(slideIndex(slides, { panel: 'coverage', part: 0, page: 1, closing: true })).toBe(3);
    // A closing page that no longer exists (a larger screen) is the closing slide's last.
    expect(slideIndex(slides, { panel: 'coverage', part: 0, page: 4, closing: true })).toBe(3);
  });

  it('has as many slides as pages, in panel order, never none for a panel', () => {
    const shape = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(shape, { minLength: 7, maxLength: 7 }), (raw) => {
        const shapes = new Map(PANEL_IDS.map((id, i) => [id, raw[i]!] as const));
        const slides = slideList(PANEL_IDS, shapes);
        const pages = raw.flat().reduce((n, p) => n + Math.max(1, p), 0);
        expect(slides).toHaveLength(pages);
        expect([...new Set(slides.map((s) => s.panel))]).toEqual([...PANEL_IDS]);
        slides.forEach((s, i) => expect(slideIndex(slides, s)).toBe(i));
      }),
    );
  });
});

describe('slideIndex and step', () => {
  const slides = slideList(
    ['headline', 'age', 'coverage'],
    new Map<PanelId, PanelShape>([['age', [2, 1]]]),
  );

  it('finds a page that no longer exists on the nearest earlier slide of its panel', () => {
    expect(slideIndex(slides, { panel: 'age', part: 0, page: 5 })).toBe(2);
    expect(slideIndex(slides, { panel: 'coverage', part: 1, page: 0 })).toBe(4);
    expect(slideIndex(slides, { panel: 'age', part: 3, page: 0 })).toBe(3);
  });

  it('stops at the ends by hand and loops when advancing by itself', () => {
    expect(step(slides, 4, 1)).toBe(4);
    expect(step(slides, 0, -1)).toBe(0);
    expect(step(slides, 4, 1, true)).toBe(0);
    expect(step(slides, 0, -1, true)).toBe(4);
  });
});
