import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DeckSlide } from '../../src/state/deck';
import {
  addSlides,
  moveSlide,
  moveSlideTo,
  removeSlide,
  renameSlide,
  resetDeck,
  setSlideHeadline,
  setSlideNote,
  startDeck,
  undoRemoveSlide,
  useDeckSlides,
  useDeckStorageProblem,
  useRemovedSlide,
  type DeckStorage,
  type StoredSlide,
} from '../../src/deck/deck-store';

/** A storage shared by "tabs": one map, as IndexedDB is shared by a browser's tabs. */
function memoryStorage(entries = new Map<string, unknown>()): DeckStorage & {
  entries: Map<string, unknown>;
} {
  return {
    entries,
    load: () => Promise.resolve([...entries.values()].map((e) => structuredClone(e))),
    save: (s) => {
      entries.set(s.id, structuredClone(s));
      return Promise.resolve();
    },
    remove: (id) => {
      entries.delete(id);
      return Promise.resolve();
    },
  };
}

const slide = (title: string): Omit<DeckSlide, 'id'> => ({
  panel: 'trend',
  geos: ['england-wales'],
  platforms: null,
  from: 2017,
  to: 2024,
  measure: 'count',
  view: 'chart',
  place: 'west-midlands-region',
  compare: null,
  title,
  note: '',
});

const titles = (slides: readonly DeckSlide[]) => slides.map((s) => s.title);

describe('deck store', () => {
  let storage: ReturnType<typeof memoryStorage>;
  beforeEach(() => {
    storage = memoryStorage();
    resetDeck(storage);
  });

  it('adds, renames, notes, reorders and removes with undo, keeping storage in step', async () => {
    const { result } = renderHook(() => ({
      slides: useDeckSlides(),
      removed: useRemovedSlide(),
    }));
    await act(() => addSlides([slide('A'), slide('B')]));
    await act(() => addSlides([slide('C')]));
    expect(titles(result.current.slides)).toEqual(['A', 'B', 'C']);

    const [a, b, c] = result.current.slides as [StoredSlide, StoredSlide, StoredSlide];
    await act(() => renameSlide(b.id, 'Platforms'));
    await act(() => setSlideNote(b.id, 'Instagram leads.'));
    await act(() => moveSlide(c.id, -1));
    await act(() => moveSlide(a.id, -1)); // already first: nothing moves
    expect(titles(result.current.slides)).toEqual(['A', 'C', 'Platforms']);
    expect(result.current.slides[2]!.note).toBe('Instagram leads.');

    await act(() => removeSlide(c.id));
    expect(titles(result.current.slides)).toEqual(['A', 'Platforms']);
    expect(result.current.removed?.title).toBe('C');
    expect(storage.entries.has(c.id)).toBe(false);
    await act(() => undoRemoveSlide());
    expect(titles(result.current.slides)).toEqual(['A', 'C', 'Platforms']);
    expect(result.current.removed).toBeNull();

    // Reopened (a reload): the same deck, from storage alone.
    resetDeck(storage);
    await act(() => startDeck());
    expect(titles(result.current.slides)).toEqual(['A', 'C', 'Platforms']);
    expect(result.current.slides[2]!.note).toBe('Instagram leads.');
  });

  it('moves a slide to any position, as a drag drops it, and keeps the order on reload', async () => {
    const { result } = renderHook(() => useDeckSlides());
    await act(() => addSlides([slide('A'), slide('B'), slide('C'), slide('D')]));
    const [a, , , d] = result.current as StoredSlide[];
    await act(() => moveSlideTo(d!.id, 0));
    expect(titles(result.current)).toEqual(['D', 'A', 'B', 'C']);
    await act(() => moveSlideTo(a!.id, 3));
    expect(titles(result.current)).toEqual(['D', 'B', 'C', 'A']);
    await act(() => moveSlideTo(a!.id, 9)); // past the end: nothing moves
    resetDeck(storage);
    await act(() => startDeck());
    expect(titles(result.current)).toEqual(['D', 'B', 'C', 'A']);
  });

  it('keeps an edited headline, and an empty one goes back to the panel’s own', async () => {
    const { result } = renderHook(() => useDeckSlides());
    await act(() => addSlides([slide('A')]));
    const id = result.current[0]!.id;
    await act(() => setSlideHeadline(id, 'Three in four offences were on Snapchat.'));
    resetDeck(storage);
    await act(() => startDeck());
    expect(result.current[0]!.headline).toBe('Three in four offences were on Snapchat.');
    await act(() => setSlideHeadline(id, ''));
    expect(result.current[0]!.headline).toBe('');
  });

  it("keeps two tabs' slides: each slide is its own entry", async () => {
    const { result } = renderHook(() => useDeckSlides());
    await act(() => addSlides([slide('Mine')]));
    // Another tab, sharing the storage, adds a slide: it does not overwrite this one.
    const other: StoredSlide = { ...slide('Theirs'), id: 'other-tab', order: 1 };
    await storage.save(other);
    resetDeck(storage);
    await act(() => startDeck());
    expect(titles(result.current).sort()).toEqual(['Mine', 'Theirs']);
    // Same order (added at once in two tabs): moving still moves.
    await act(() => moveSlide(result.current[1]!.id, -1));
    expect(result.current[0]!.order).toBeLessThan(result.current[1]!.order);
  });

  it('leaves stored entries of another shape alone', async () => {
    storage.entries.set('old', { id: 'old', kind: 'something else' });
    await storage.save({ ...slide('Good'), id: 'good', order: 1 });
    const { result } = renderHook(() => useDeckSlides());
    await act(() => startDeck());
    expect(titles(result.current)).toEqual(['Good']);
    expect(storage.entries.has('old')).toBe(true);
  });

  it('checks stored slides against the limits a deck link has, as stored imports are', async () => {
    await storage.save({ ...slide('Good'), id: 'good', order: 1 });
    await storage.save({
      ...slide('Long note'),
      note: 'x'.repeat(5 * 1024 * 1024),
      id: 'n',
      order: 2,
    });
    await storage.save({ ...slide('t'.repeat(201)), id: 't', order: 3 });
    await storage.save({ ...slide('Long headline'), headline: 'h'.repeat(301), id: 'h', order: 5 });
    await storage.save({ ...slide('Headline not text'), headline: 7 as never, id: 'h7', order: 6 });
    const many = Array.from({ length: 501 }, (_, i) => `g${i}`);
    await storage.save({ ...slide('Many places'), geos: many, id: 'g', order: 4 });
    const { result } = renderHook(() => useDeckSlides());
    await act(() => startDeck());
    expect(titles(result.current)).toEqual(['Good']);
  });

  it('keeps the deck for the session and says so when storage refuses it', async () => {
    resetDeck({
      load: () => Promise.resolve([]),
      save: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      remove: () => Promise.resolve(),
    });
    const { result } = renderHook(() => ({
      slides: useDeckSlides(),
      problem: useDeckStorageProblem(),
    }));
    await act(() => addSlides([slide('Kept anyway')]));
    await act(() => startDeck());
    expect(titles(result.current.slides)).toEqual(['Kept anyway']);
    expect(result.current.problem).toMatch(/no storage space left.*Copy the deck link/);
  });
});
