import { create } from 'zustand';
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { ImportBatch } from './dataset';

/** Where imports are kept between visits. One key per import, so two tabs never overwrite. */
export interface ImportStorage {
  /** Whatever is stored: entries written by another version may have another shape. */
  load: () => Promise<unknown[]>;
  save: (batch: ImportBatch) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

const DATABASE = 'online-grooming-dashboard';

function indexedDbStorage(): ImportStorage {
  let store: UseStore | null = null;
  // Opened on first use: in some private modes merely opening IndexedDB throws.
  const open = () => (store ??= createStore(DATABASE, 'imports'));
  return {
    load: async () => {
      // Most visitors never import: creating the database for them would delay the first chart.
      if (!store && 'databases' in indexedDB) {
        const existing = await indexedDB.databases();
        if (!existing.some((d) => d.name === DATABASE)) return [];
      }
      const s = open();
      const ids = await keys<string>(s);
      const entries = await Promise.all(ids.map((id) => get<unknown>(id, s)));
      return entries.filter((e) => e !== undefined);
    },
    save: (batch) => set(batch.tag.id, batch, open()),
    remove: (id) => del(id, open()),
  };
}

const CHANNEL = 'online-grooming-imports';

/**
 * Whether imports are stored, kept where a script can read it before the first paint
 * (public/baked-check.js): the view baked into the page shows the bundled figures only.
 */
const STORED_FLAG = `${DATABASE}:imports`;

interface ImportState {
  batches: ImportBatch[];
  /** False until the stored imports have been read (or failed to be). */
  ready: boolean;
  /** Why imports cannot be kept after this tab closes; null while storage works. */
  storageProblem: string | null;
  /** The last removed import, until it is restored or another change is made. */
  removed: ImportBatch | null;
}

const byTime = (a: ImportBatch, b: ImportBatch) => a.tag.importedAt.localeCompare(b.tag.importedAt);

function reason(e: unknown): string {
  if (e instanceof DOMException && e.name === 'QuotaExceededError')
    return 'the browser has no storage space left for it';
  return e instanceof Error && e.message ? e.message : 'the browser refused to store it';
}

const useImportStore = create<ImportState>()(() => ({
  batches: [],
  ready: false,
  storageProblem: null,
  removed: null,
}));

let storage: ImportStorage = indexedDbStorage();
/** Imports this tab could not store: kept for the session whatever other tabs do. */
const sessionOnly = new Set<string>();
let channel: BroadcastChannel | null = null;

function problem(e: unknown) {
  useImportStore.setState({
    storageProblem: `Imported data cannot be saved in this browser (${reason(e)}), so it is kept only until this tab is closed. Download the whole data set to keep a copy.`,
  });
}

/** A blocked database (another tab upgrading it) never answers; the app must not wait forever. */
const STORAGE_TIMEOUT_MS = 5000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`no answer from storage within ${STORAGE_TIMEOUT_MS / 1000} s`)),
        STORAGE_TIMEOUT_MS,
      ),
    ),
  ]);
}

/** Storage outlives versions of the app: an entry of another shape is left alone, not read. */
function isBatch(x: unknown): x is ImportBatch {
  const b = x as Partial<ImportBatch> | null;
  const p = b?.packed;
  return (
    typeof b?.tag?.id === 'string' &&
    typeof b.tag.fileName === 'string' &&
    typeof b.tag.importedAt === 'string' &&
    typeof p?.count === 'number' &&
    p.values instanceof Float64Array &&
    p.rowNumbers instanceof Uint32Array &&
    p.values.length === p.count &&
    typeof p.text === 'object'
  );
}

function flagStored() {
  const stored = useImportStore.getState().batches.some((b) => !sessionOnly.has(b.tag.id));
  try {
    if (stored) localStorage.setItem(STORED_FLAG, 'yes');
    else localStorage.removeItem(STORED_FLAG);
  } catch {
    // Storage refused: the baked view then shows until the imports are merged in.
  }
}

async function reload() {
  try {
    const stored = await withTimeout(storage.load());
    const readable = stored.filter(isBatch);
    const kept = useImportStore.getState().batches.filter((b) => sessionOnly.has(b.tag.id));
    useImportStore.setState({ batches: [...readable, ...kept].sort(byTime), ready: true });
    flagStored();
    const unreadable = stored.length - readable.length;
    if (unreadable > 0)
      useImportStore.setState({
        storageProblem: `${unreadable} stored ${unreadable === 1 ? 'import' : 'imports'} could not be read (saved by another version of this dashboard?) and ${unreadable === 1 ? 'is' : 'are'} left out; ${unreadable === 1 ? 'it stays' : 'they stay'} in the browser's storage.`,
      });
  } catch (e) {
    problem(e);
    useImportStore.setState({ ready: true });
  }
}

function announce() {
  channel?.postMessage('changed');
}

let started: Promise<void> | null = null;

/**
 * Reads the stored imports once and follows changes made in other tabs. Called as the page
 * starts, so that reading storage overlaps loading the data files.
 */
export function startImports(): Promise<void> {
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
    await storage.save(batch);
    flagStored();
    announce();
  } catch (e) {
    sessionOnly.add(batch.tag.id);
    problem(e);
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
    await storage.remove(id);
    flagStored();
    announce();
  } catch (e) {
    problem(e);
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

/** For tests: forget every import and start again with another storage. */
export function resetImports(custom: ImportStorage): void {
  storage = custom;
  started = null;
  sessionOnly.clear();
  channel?.close();
  channel = null;
  useImportStore.setState({ batches: [], ready: false, storageProblem: null, removed: null });
}
