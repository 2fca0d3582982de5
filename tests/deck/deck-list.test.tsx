import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

// Each list item's thumbnail, counted as it is drawn (the real one draws a whole slide).
const drawn = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/deck/slide-thumbnail', () => ({
  SlideThumbnail: () => {
    drawn.count++;
    return null;
  },
}));

afterEach(() => vi.unstubAllGlobals());

/** A deck link of the first form (base64url JSON), as old links and the bench carry it. */
function deckLink(slides: number): string {
  const kinds = [
    ['trend', 'england-wales', 0, 2017, 2024, 'count', 'chart'],
    ['platforms', 'england-wales', 'instagram,snapchat', 2017, 2024, 'share', 'chart'],
    ['west-midlands', 'west-midlands-region', 0, 2017, 2024, 'index', 'chart'],
  ];
  const deck = Array.from({ length: slides }, (_, i) => [
    ...kinds[i % kinds.length]!,
    `Slide ${i + 1}`,
    `Note ${i + 1}`,
  ]);
  return `/?deck=1.${Buffer.from(JSON.stringify(deck)).toString('base64url')}`;
}

describe('the deck list', () => {
  it('does not draw its slides again when only its status changes (a PowerPoint download)', async () => {
    renderApp(deckLink(6));
    const deck = await screen.findByRole(
      'region',
      { name: 'Deck from the link' },
      { timeout: 10_000 },
    );
    const slides = within(deck).getByRole('list', { name: 'Deck slides' });
    await waitFor(() => expect(within(slides).getAllByRole('listitem')).toHaveLength(6));
    const before = drawn.count;
    expect(before).toBeGreaterThanOrEqual(6);
    fireEvent.click(within(deck).getByRole('button', { name: 'Download as PowerPoint (.pptx)' }));
    await within(deck).findByText(/^Making the PowerPoint file…/);
    expect(drawn.count).toBe(before);
  });
});
