import fc from 'fast-check';
import type { DeckContext, DeckSlide } from '../../src/state/deck';
import { MEASURES, PANEL_IDS, VIEWS, type SlideFilters } from '../../src/state/filters';

/** Any view (the fields of the one view-state schema) with the ids, places and years of `ctx`. */
export function viewArb(ctx: DeckContext): fc.Arbitrary<SlideFilters> {
  return fc
    .record({
      geos: fc.uniqueArray(fc.constantFrom(...ctx.geographies), { minLength: 1 }),
      platforms: fc.option(fc.uniqueArray(fc.constantFrom(...ctx.platforms), { minLength: 1 }), {
        nil: null,
      }),
      years: fc.tuple(
        fc.integer({ min: ctx.firstYear, max: ctx.lastYear }),
        fc.integer({ min: ctx.firstYear, max: ctx.lastYear }),
      ),
      measure: fc.constantFrom(...MEASURES),
      view: fc.constantFrom(...VIEWS),
      place: fc.constantFrom(...ctx.places),
      compare: fc.option(
        fc.uniqueArray(fc.integer({ min: ctx.firstYear, max: ctx.lastYear }), {
          minLength: 2,
          maxLength: 2,
        }),
        { nil: null },
      ),
    })
    .map(({ years: [a, b], compare, ...rest }) => ({
      ...rest,
      from: Math.min(a, b),
      to: Math.max(a, b),
      compare: compare && ([Math.min(...compare), Math.max(...compare)] as [number, number]),
    }));
}

/** Any slide a user could make with the ids and years of `ctx`. */
export function slideArb(ctx: DeckContext): fc.Arbitrary<DeckSlide> {
  return (
    fc
      .record({
        id: fc.uuid(),
        panel: fc.constantFrom(...PANEL_IDS),
        view: viewArb(ctx),
        title: fc.string({ maxLength: 40, unit: 'grapheme' }),
        note: fc.string({ maxLength: 80, unit: 'grapheme' }),
        headline: fc.string({ maxLength: 80, unit: 'grapheme' }),
      })
      // An empty headline is the panel's own, and is not kept.
      .map(({ view, headline, ...rest }) => ({
        ...rest,
        ...view,
        ...(headline ? { headline } : {}),
      }))
  );
}
