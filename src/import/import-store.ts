import { create } from 'zustand';
import { delMany, getMany, keys, setMany } from 'idb-keyval';
import type { ImportBatch } from '../data/dataset';
import { TEXT_LIMIT } from '../data/limits';
import type { StoredRead } from './stored-check';
import { readStoredImport } from './stored-read-client';
import { clip } from '../lib/clip';
import { mayHaveDatabase } from '../lib/database-kept';
import {
  STORAGE_TIMEOUT_MS,
  StorageTimeout,
  keptStore,
  storageReason,
  withStorageTimeout,
} from '../lib/kept-storage';

/** What is known of a stored import without reading its figures. */
export interface StoredImport {
  id: string;
  fileName: string | null;
  importedAt: string | null;
  count: number | null;
}

/** Where imports are kept between visits. One key per import, so two tabs never overwrite. */
export interface ImportStorage {
  /** The stored imports, described without reading their figures. */
  list: () => Promise<StoredImport[]>;
  /** One import as stored, checked: an entry written by another version may have another shape. */
  read: (id: string) => Promise<StoredRead>;
  save: (batch: ImportBatch) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

const DATABASE = 'online-grooming-dashboard';
const STORE = 'imports';
/** Beside each import, a small entry describing it, so that the list of imports (and Remove)
 * never needs the figures themselves: those may be what makes the page fail. */
const ABOUT = 'about:';

/** A stored time, if it is one: an entry of another version or a corrupt one may hold anything. */
const knownTime = (x: unknown): string | null =>
  typeof x === 'string' && Number.isFinite(Date.parse(x)) ? clip(x, 40) : null;

export function describeStored(id: string, about: unknown): StoredImport {
  const a = about as Partial<StoredImport> | null | undefined;
  return {
    id,
    fileName: typeof a?.fileName === 'string' ? clip(a.fileName, TEXT_LIMIT) : null,
    importedAt: knownTime(a?.importedAt),
    count: typeof a?.count === 'number' && Number.isFinite(a.count) ? a.count : null,
  };
}

export function aboutBatch(batch: ImportBatch): StoredImport {
  const { id, fileName, importedAt } = batch.tag;
  return { id, fileName, importedAt, count: batch.packed.count };
}

function indexedDbStorage(): ImportStorage {
  // Opened on first use: in some private modes merely opening IndexedDB throws.
  const store = keptStore(DATABASE, STORE);
  let opened = false;
  const open = () => ((opened = true), store());
  return {
    list: async () => {
      if (!opened && !(await mayHaveDatabase(DATABASE))) return [];
      const s = open();
      const ids = (await keys(s)).filter(
        (k): k is string => typeof k === 'string' && !k.startsWith(ABOUT),
      );
      const about = await getMany<unknown>(
        ids.map((id) => ABOUT + id),
        s,
      );
      return ids.map((id, i) => describeStored(id, about[i]));
    },
    read: (id) => readStoredImport(DATABASE, STORE, id),
    save: (batch) =>
      setMany(
        [
          [batch.tag.id, batch],
          [ABOUT + batch.tag.id, aboutBatch(batch)],
        ],
        open(),
      ),
    remove: (id) => delMany([id, ABOUT + id], open()),
  };
}

const CHANNEL = 'online-grooming-imports';

/** A stored import that was not loaded, and why; it can be removed. */
export interface SkippedImport extends StoredImport {
  reason: string;
}

/**
 * Whether imports are stored, kept where a script can read it before the first paint
 * (build/baked-check.js): the view baked into the page, which shows the bundled figures only,
 * then says that the imports are being added.
 */
const STORED_FLAG = `${DATABASE}:imports`;

interface ImportState {
  batches: ImportBatch[];
  /** False until the stored imports have been read (or failed to be, or are slow to be). */
  ready: boolean;
  /** Why imports cannot be kept after this tab closes, or were not loaded; null while storage
   * works. */
  storageProblem: string | null;
  /** The last removed import, until it is restored or another change is made. */
  removed: ImportBatch | null;
  /** Stored imports left out of the page: unreadable, too slow, or not loaded in safe mode. */
  skipped: SkippedImport[];
  /** Opened with safe=1: stored imports are listed, never loaded. */
  safe: boolean;
  /** The rows of the stored imports being read, as their list says; 0 once they are in. */
  reading: number;
}

const byTime = (a: ImportBatch, b: ImportBatch) => a.tag.importedAt.localeCompare(b.tag.importedAt);

const initial = (): ImportState => ({
  batches: [],
  ready: false,
  storageProblem: null,
  removed: null,
  skipped: [],
  safe: false,
  reading: 0,
});

const useImportStore = create<ImportState>()(initial);

let storage: ImportStorage = indexedDbStorage();
/** Imports this tab could not store: kept for the session whatever other tabs do. */
const sessionOnly = new Set<string>();
let channel: BroadcastChannel | null = null;

/** How long the page waits for the list of stored imports before showing the bundled figures;
 * they are added if the list comes later. */
const LIST_WAIT_MS = 1500;
/** The waits in use; tests shorten them. */
let waits = { list: LIST_WAIT_MS, timeout: STORAGE_TIMEOUT_MS };

const withTimeout = <T>(run: () => Promise<T>, ms = waits.timeout) => withStorageTimeout(run, ms);

function saveProblem(e: unknown) {
  useImportStore.setState({
    storageProblem: `Imported data cannot be saved in this browser (${storageReason(e)}), so it is kept only until this tab is closed. Download the whole data set to keep a copy.`,
  });
}

function loadProblem(e: unknown) {
  const why =
    e instanceof StorageTimeout ? storageReason(e) : 'the browser refused to open its storage';
  useImportStore.setState({
    storageProblem: `Imports saved in this browser earlier could not be loaded (${why}); the figures shown are the bundled ones. New imports may be kept only until this tab is closed.`,
  });
}

function named(stored: StoredImport, value: unknown): StoredImport {
  const tag = (value as Partial<ImportBatch> | null | undefined)?.tag;
  return stored.fileName !== null || typeof tag?.fileName !== 'string'
    ? stored
    : {
        ...stored,
        fileName: clip(tag.fileName, TEXT_LIMIT),
        importedAt: knownTime(tag.importedAt),
      };
}

/** One stored import, read and checked; what it is, or why it was skipped. */
async function readStored(
  stored: StoredImport,
  deadline: number,
): Promise<ImportBatch | SkippedImport> {
  let read: StoredRead;
  try {
    read = await withTimeout(() => storage.read(stored.id), Math.max(0, deadline - Date.now()));
  } catch (e) {
    const why = e instanceof StorageTimeout ? 'it took too long to load' : 'it could not be read';
    return { ...stored, reason: why };
  }
  const { value, problem } = read;
  return problem ? { ...named(stored, value), reason: problem } : (value as ImportBatch);
}

const isBatch = (x: ImportBatch | SkippedImport): x is ImportBatch => 'packed' in x;

function delay(ms: number): Promise<'slow'> {
  return new Promise((resolve) => setTimeout(() => resolve('slow'), ms));
}

function flagStored() {
  const stored = useImportStore.getState().batches.some((b) => !sessionOnly.has(b.tag.id));
  try {
    if (stored) localStorage.setItem(STORED_FLAG, 'yes');
    else localStorage.removeItem(STORED_FLAG);
  } catch {
    // Storage refused: the baked view then does not say that imports are coming; the live page
    // says so once it reads them.
  }
}

async function reload() {
  const { safe } = useImportStore.getState();
  const kept = () => useImportStore.getState().batches.filter((b) => sessionOnly.has(b.tag.id));
  let stored: StoredImport[];
  try {
    const listing = Promise.resolve().then(() => storage.list());
    if ((await Promise.race([listing, delay(waits.list)])) === 'slow')
      useImportStore.setState({
        ready: true,
        storageProblem:
          'Imports saved in this browser earlier are still loading (the browser’s storage is slow to answer); they are added to the panels when they arrive.',
      });
    stored = await withTimeout(() => listing);
  } catch (e) {
    loadProblem(e);
    useImportStore.setState({ ready: true });
    return;
  }
  if (safe) {
    useImportStore.setState({
      batches: kept(),
      skipped: stored.map((s) => ({ ...s, reason: 'not loaded in safe mode' })),
      ...(sessionOnly.size === 0 && { storageProblem: null }),
      ready: true,
    });
    return;
  }
  useImportStore.setState({ reading: stored.reduce((sum, s) => sum + (s.count ?? 0), 0) });
  // One budget for them all: a page opened with the bundled figures beats a page waiting.
  const deadline = Date.now() + waits.timeout;
  const results = await Promise.all(stored.map((s) => readStored(s, deadline)));
  const readable = results.filter(isBatch);
  useImportStore.setState({
    batches: [...readable, ...kept()].sort(byTime),
    skipped: results.filter((r): r is SkippedImport => !isBatch(r)),
    ...(sessionOnly.size === 0 && { storageProblem: null }),
    ready: true,
    reading: 0,
  });
  flagStored();
}

function announce() {
  channel?.postMessage('changed');
}

let started: Promise<void> | null = null;

/**
 * Reads the stored imports once and follows changes made in other tabs. Called as the page
 * starts, so that reading storage overlaps loading the data files. In safe mode (a `safe=1`
 * link) stored imports are only listed, so that any of them can be removed.
 */
export function startImports(options: { safe?: boolean } = {}): Promise<void> {
  if (!started && options.safe) useImportStore.setState({ safe: true });
  if (typeof BroadcastChannel !== 'undefined' && !channel) {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => void reload();
  }
  return (started ??= reload());
}

/** Adds an import; it is in use at once, and kept for later visits when storage allows. */
export async function addImport(batch: ImportBatch): Promise<void> {
  useImportStore.setState((s) => ({ batches: [...s.batches, batch].sort(byTime), removed: null }));
  try {
    await withTimeout(() => storage.save(batch));
    flagStored();
    announce();
  } catch (e) {
    sessionOnly.add(batch.tag.id);
    saveProblem(e);
  }
}

export async function removeImport(id: string): Promise<void> {
  const batch = useImportStore.getState().batches.find((b) => b.tag.id === id);
  if (!batch) return;
  useImportStore.setState((s) => ({
    batches: s.batches.filter((b) => b !== batch),
    removed: batch,
  }));
  sessionOnly.delete(id);
  try {
    await withTimeout(() => storage.remove(id));
    flagStored();
    announce();
  } catch (e) {
    saveProblem(e);
  }
}

/** Deletes a stored import that was not loaded; there is no undo, its figures were never read. */
export async function removeSkipped(id: string): Promise<void> {
  try {
    await withTimeout(() => storage.remove(id));
    useImportStore.setState((s) => ({ skipped: s.skipped.filter((x) => x.id !== id) }));
    announce();
  } catch (e) {
    useImportStore.setState({
      storageProblem: `The stored import could not be removed (${storageReason(e)}). Clearing this site's data in the browser's settings removes every import.`,
    });
  }
}

export async function undoRemove(): Promise<void> {
  const batch = useImportStore.getState().removed;
  if (batch) await addImport(batch);
}

export function dismissRemoved(): void {
  useImportStore.setState({ removed: null });
}

export const useImportBatches = () => useImportStore((s) => s.batches);
export const useImportsReady = () => useImportStore((s) => s.ready);
export const useStorageProblem = () => useImportStore((s) => s.storageProblem);
export const useRemovedImport = () => useImportStore((s) => s.removed);
export const useSkippedImports = () => useImportStore((s) => s.skipped);
export const useSafeMode = () => useImportStore((s) => s.safe);
export const useReadingRows = () => useImportStore((s) => s.reading);

/** For tests: forget every import and start again with another storage (and shorter waits). */
export function resetImports(
  custom: ImportStorage,
  testWaits = { list: LIST_WAIT_MS, timeout: STORAGE_TIMEOUT_MS },
): void {
  storage = custom;
  waits = testWaits;
  started = null;
  sessionOnly.clear();
  channel?.close();
  channel = null;
  useImportStore.setState(initial());
}
