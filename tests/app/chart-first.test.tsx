import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { bundledDataset } from '../fixtures/bundled';
import { defaultFilters, type Filters } from '../../src/state/filters';
import { headlineModel } from '../../src/features/headline/series';
import { trendModel } from '../../src/features/trend/series';
import { platformsModel } from '../../src/features/platforms/series';
import { platformChangeModel } from '../../src/features/platform-change/series';
import { ageModel } from '../../src/features/age/series';
import { placeModel } from '../../src/features/place/series';
import { coverageModel } from '../../src/features/coverage/series';

afterEach(() => vi.unstubAllGlobals());

const dataset = bundledDataset();

/** Each panel's caveats as its model gives them: what the page said as paragraphs before. */
function caveatsOf(f: Filters): [string | RegExp, readonly string[]][] {
  return [
    ['Headline figures', headlineModel(dataset, f).caveats],
    ['Offences over time', trendModel(dataset, f).caveats],
    ['Platforms by year', platformsModel(dataset, f).caveats],
    ['Change in platform use', platformChangeModel(dataset, f).caveats],
    ["Victims' age", ageModel(dataset, f).caveats],
    [/and national$/, placeModel(dataset, f.place, f).caveats],
    ['Data coverage and notes', coverageModel(dataset, f).caveats],
  ];
}

describe('chart first keeps every caveat', () => {
  for (const [query, change] of [
    ['', {}],
    ['?place=scotland', { place: 'scotland' }],
    ['?measure=share', { measure: 'share' }],
    ['?measure=index', { measure: 'index' }],
  ] as const) {
    it(`as a numbered note of its panel (${query || 'default'})`, async () => {
      const filters = { ...defaultFilters(2017, 2024), ...change } as Filters;
      renderApp(`/${query}`);
      const panels = caveatsOf(filters);
      await waitFor(() => expect(screen.getAllByRole('region')).toHaveLength(9), {
        timeout: 15000,
      });
      let count = 0;
      for (const [name, caveats] of panels) {
        const panel = screen.getByRole('region', { name });
        if (caveats.length === 0) continue;
        const notes = within(panel).getByRole('list', { name: 'Notes' });
        const items = within(notes).getAllByRole('listitem');
        expect(items.map((i) => i.textContent)).toEqual(
          caveats.map((c, n) => `${n + 1}Note ${n + 1}: ${c}`),
        );
        // The headline cites them all by number.
        expect(within(panel).getByRole('link', { name: /^notes? 1/ })).toHaveTextContent(
          caveats.length === 1 ? '1' : `1–${caveats.length}`,
        );
        count += caveats.length;
      }
      expect(count).toBeGreaterThan(5);
    }, 40000);
  }
});
