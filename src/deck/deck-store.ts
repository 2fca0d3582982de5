import { create } from 'zustand';
import { del, get, keys, set } from 'idb-keyval';
import { MEASURES, PANEL_IDS, VIEWS } from '../state/filters';
import { MAX_HEADLINE, MAX_NOTE, MAX_TITLE, type DeckSlide } from '../state/deck';
import { ID_LIMIT } from '../data/limits';
import { DECK_CHANNEL, DECK_DATABASE } from './deck-names';
import { mayHaveDatabase } from '../lib/database-kept';
import { keptStore, storageReason, withStorageTimeout } from '../lib/kept-storage';

/** A slide as stored: its place in the deck is a number of its own, so that two tabs editing
 * different slides never overwrite each other's. */
export interface StoredSlide extends DeckSlide {
  order: number;
}

/** Where the deck is kept between visits. One key per slide, as for imports. */
export interface DeckStorage {
  /** Whatever is stored: entries written by another version may have another shape. */
  load: () => Promise<unknown[]>;
  save: (slide: StoredSlide) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

function indexedDbStorage(): DeckStorage {
  // Opened on first use: in some private modes merely opening IndexedDB throws.
  const open = keptStore(DECK_DATABASE, 'slides');
  let opened = false;
  const store = () => ((opened = true), open());
  return {
    load: async () => {
      if (!opened && !(await mayHaveDatabase(DECK_DATABASE))) return [];
      const s = store();
      const ids = await keys<string>(s);
      const entries = await Promise.all(ids.map((id) => get<unknown>(id, s)));
      return entries.filter((e) => e !== undefined);
    },
    save: (slide) => set(slide.id, slide, store()),
    remove: (id) => del(id, store()),
  };
}

interface DeckState {
  slides: StoredSlide[];
  /** Why the deck cannot be kept after this tab closes; null while storage works. */
  storageProblem: string | null;
  /** The last removed slide, until it is restored or another change is made. */
  removed: StoredSlide | null;
}

const useDeckStore = create<DeckState>()(() => ({
  slides: [],
  storageProblem: null,
  removed: null,
}));

let storage: DeckStorage = indexedDbStorage();
/** Slides this tab could not store: kept for the session whatever other tabs do. */
const sessionOnly = new Map<string, StoredSlide>();
let channel: BroadcastChannel | null = null;

const byOrder = (a: StoredSlide, b: StoredSlide) => a.order - b.order || a.id.localeCompare(b.id);

function problem(e: unknown) {
  useDeckStore.setState({
    storageProblem: `The deck cannot be saved in this browser (${storageReason(e)}), so it is kept only until this tab is closed. Copy the deck link to keep it.`,
  });
}

/** The most places or platforms a slide is drawn for: as many as a link may name. */
const MAX_IDS = 30;

const isStrings = (x: unknown) =>
  Array.isArray(x) &&
  x.length <= MAX_IDS &&
  x.every((s) => typeof s === 'string' && s.length <= ID_LIMIT);

const isText = (x: unknown, limit: number) => typeof x === 'string' && x.length <= limit;

/**
 * Storage outlives versions of the app, and may be edited by hand: an entry of another shape, or
 * over the limits a deck link has (as imports are checked on load), is left alone, not read.
 */
function isStoredSlide(x: unknown): x is StoredSlide {
  const s = x as Partial<StoredSlide> | null;
  return (
    typeof s?.id === 'string' &&
    typeof s.order === 'number' &&
    (PANEL_IDS as readonly unknown[]).includes(s.panel) &&
    isStrings(s.geos) &&
    (s.platforms === null || isStrings(s.platforms)) &&
    typeof s.from === 'number' &&
    typeof s.to === 'number' &&
    (MEASURES as readonly unknown[]).includes(s.measure) &&
    (VIEWS as readonly unknown[]).includes(s.view) &&
    isText(s.title, MAX_TITLE) &&
    isText(s.note, MAX_NOTE) &&
    // Slides stored before headlines could be edited have none: the panel's own.
    (s.headline === undefined || isText(s.headline, MAX_HEADLINE))
  );
}

async function reload() {
  try {
    const stored = (await withStorageTimeout(() => storage.load())).filter(isStoredSlide);
    const ids = new Set(stored.map((s) => s.id));
    const kept = [...sessionOnly.values()].filter((s) => !ids.has(s.id));
    useDeckStore.setState({ slides: [...stored, ...kept].sort(byOrder) });
  } catch (e) {
    problem(e);
  }
}

let started: Promise<void> | null = null;

/** Reads the stored deck once and follows changes made in other tabs. */
export function startDeck(): Promise<void> {
  if (typeof BroadcastChannel !== 'undefined' && !channel) {
    channel = new BroadcastChannel(DECK_CHANNEL);
    channel.onmessage = () => void reload();
  }
  return (started ??= reload());
}

async function write(slides: readonly StoredSlide[]) {
  try {
    await withStorageTimeout(() => Promise.all(slides.map((s) => storage.save(s))));
    channel?.postMessage('changed');
  } catch (e) {
    for (const s of slides) sessionOnly.set(s.id, s);
    problem(e);
  }
}

function update(id: string, change: Partial<StoredSlide>): StoredSlide | null {
  const slide = useDeckStore.getState().slides.find((s) => s.id === id);
  if (!slide) return null;
  const next = { ...slide, ...change };
  useDeckStore.setState((s) => ({
    slides: s.slides.map((x) => (x.id === id ? next : x)).sort(byOrder),
    removed: null,
  }));
  if (sessionOnly.has(id)) sessionOnly.set(id, next);
  return next;
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Adds slides at the end of the deck; returns the slides as stored. */
export async function addSlides(slides: readonly Omit<DeckSlide, 'id'>[]): Promise<StoredSlide[]> {
  const last = useDeckStore.getState().slides.at(-1)?.order ?? 0;
  const added = slides.map((s, i) => ({ ...s, id: newId(), order: last + i + 1 }));
  useDeckStore.setState((s) => ({ slides: [...s.slides, ...added].sort(byOrder), removed: null }));
  await write(added);
  return added;
}

export async function renameSlide(id: string, title: string): Promise<void> {
  const next = update(id, { title });
  if (next) await write([next]);
}

export async function setSlideNote(id: string, note: string): Promise<void> {
  const next = update(id, { note });
  if (next) await write([next]);
}

/** Sets the slide's headline; empty goes back to the panel's own. */
export async function setSlideHeadline(id: string, headline: string): Promise<void> {
  const next = update(id, { headline });
  if (next) await write([next]);
}

/**
 * Moves a slide to position `to` (from 0) in the deck, as a drag drops it: the slides from there
 * on are numbered again after it, and only those whose place changed are written.
 */
export async function moveSlideTo(id: string, to: number): Promise<void> {
  const slides = useDeckStore.getState().slides;
  const from = slides.findIndex((s) => s.id === id);
  if (from < 0 || to < 0 || to >= slides.length || to === from) return;
  const order = slides.filter((s) => s.id !== id);
  order.splice(to, 0, slides[from]!);
  const changed = order.flatMap((s, i) =>
    s.order === i + 1 ? [] : [update(s.id, { order: i + 1 })].filter((x) => x !== null),
  );
  await write(changed);
}

/** Moves a slide one place up (-1) or down (+1): it swaps places with its neighbour. */
export async function moveSlide(id: string, by: -1 | 1): Promise<void> {
  const slides = useDeckStore.getState().slides;
  const i = slides.findIndex((s) => s.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= slides.length) return;
  const a = slides[i]!;
  const b = slides[j]!;
  // Equal orders (two tabs adding at once) would not swap: give them distinct ones.
  const [oa, ob] = a.order === b.order ? [b.order + by, a.order] : [b.order, a.order];
  const na = update(a.id, { order: oa });
  const nb = update(b.id, { order: ob });
  await write([na, nb].filter((s) => s !== null));
}

export async function removeSlide(id: string): Promise<void> {
  const slide = useDeckStore.getState().slides.find((s) => s.id === id);
  if (!slide) return;
  useDeckStore.setState((s) => ({ slides: s.slides.filter((x) => x !== slide), removed: slide }));
  sessionOnly.delete(id);
  try {
    await withStorageTimeout(() => storage.remove(id));
    channel?.postMessage('changed');
  } catch (e) {
    problem(e);
  }
}

/** Puts the last removed slide back where it was. */
export async function undoRemoveSlide(): Promise<void> {
  const slide = useDeckStore.getState().removed;
  if (!slide) return;
  useDeckStore.setState((s) => ({ slides: [...s.slides, slide].sort(byOrder), removed: null }));
  await write([slide]);
}

export function dismissRemovedSlide(): void {
  useDeckStore.setState({ removed: null });
}

export const useDeckSlides = () => useDeckStore((s) => s.slides);
export const useDeckStorageProblem = () => useDeckStore((s) => s.storageProblem);
export const useRemovedSlide = () => useDeckStore((s) => s.removed);
/** The slides now, outside React. */
export const deckSlides = () => useDeckStore.getState().slides;

/** For tests: forget the deck and start again with another storage. */
export function resetDeck(custom: DeckStorage): void {
  storage = custom;
  started = null;
  sessionOnly.clear();
  channel?.close();
  channel = null;
  useDeckStore.setState({ slides: [], storageProblem: null, removed: null });
}
