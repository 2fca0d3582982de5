import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

describe("a slide's filter line", () => {
  it('names the Place panel’s own place against its comparator, not the filter bar’s places (#25)', async () => {
    renderApp('/?present=1&panel=west-midlands&place=scotland');
    const slide = await screen.findByRole(
      'region',
      { name: 'Presenter mode' },
      { timeout: 10_000 },
    );
    expect(
      await screen.findByText('Scotland against United Kingdom · 2017/18–2024/25', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(slide).not.toHaveTextContent('West Midlands region · all platforms');
  });
});
