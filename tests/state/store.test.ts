import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeFragment } from '../../src/state/deck';
import { defaultFilters } from '../../src/state/filters';
import {
  useAuto,
  useFilterActions,
  useLinkedDeck,
  useMeasure,
  usePresent,
  useUrlNotices,
  useUrlSync,
} from '../../src/state/store';

describe('presenter mode in the view state', () => {
  it('leaving presenter mode stops auto-advance, so no auto= is left in the address', () => {
    const { result } = renderHook(() => ({
      actions: useFilterActions(),
      auto: useAuto(),
      present: usePresent(),
    }));
    act(() => {
      result.current.actions.setPresent(true);
      result.current.actions.setAuto(10);
    });
    expect(result.current.auto).toBe(10);
    act(() => result.current.actions.setPresent(false));
    expect(result.current.present).toBe(false);
    expect(result.current.auto).toBeNull();
  });
});

describe('a deck link in the address', () => {
  it('opens its deck, read by the deck reader that loads for it, with the view and no notice', async () => {
    const ctx = {
      geographies: new Set(['england-wales', 'uk', 'wales', 'west-midlands-region']),
      places: new Set(['west-midlands-region', 'wales']),
      platforms: new Set(['instagram', 'snapchat']),
      firstYear: 2017,
      lastYear: 2024,
    };
    const slide = {
      ...defaultFilters(2017, 2024),
      id: 's1',
      panel: 'trend' as const,
      geos: ['wales'],
      title: 'Wales',
      note: 'Say: Wales.',
    };
    const deck = { deck: [slide] };
    window.history.replaceState(null, '', `/?measure=index#${encodeFragment(deck)}`);
    const { result, unmount } = renderHook(() => {
      useUrlSync(ctx);
      return { deck: useLinkedDeck(), measure: useMeasure(), notices: useUrlNotices() };
    });
    await waitFor(() => expect(result.current.deck).toHaveLength(1));
    expect(result.current.deck![0]).toMatchObject({ title: 'Wales', geos: ['wales'] });
    expect(result.current.measure).toBe('index');
    expect(result.current.notices).toEqual([]);
    // The address keeps the deck in its fragment.
    expect(window.location.hash).toBe(`#${encodeFragment(deck)}`);
    unmount();
  });
});
