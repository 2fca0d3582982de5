// The one way imports and decks talk to the browser's storage: the same waits, the same words.
import { createStore, type UseStore } from 'idb-keyval';

/** A blocked database (another tab upgrading it) never answers; the page must not wait forever. */
export const STORAGE_TIMEOUT_MS = 5000;

export class StorageTimeout extends Error {
  constructor(readonly ms: number) {
    super(`no answer from storage within ${ms / 1000} seconds`);
    this.name = 'StorageTimeout';
  }
}

/**
 * The storage call `run` makes, ended after `ms`: a call that throws at once (some private modes
 * throw on merely opening IndexedDB) fails like one that fails later.
 */
export function withStorageTimeout<T>(run: () => Promise<T>, ms = STORAGE_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    Promise.resolve().then(run),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StorageTimeout(ms)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Why storage failed, in plain words: a browser's own error text ("Illegal invocation", "The
 * operation is insecure.") means nothing to a user.
 */
export function storageReason(e: unknown): string {
  if (e instanceof StorageTimeout)
    return `the browser's storage did not answer within ${e.ms / 1000} seconds`;
  if (e instanceof DOMException && e.name === 'QuotaExceededError')
    return 'the browser has no storage space left for it';
  return 'the browser refused to store it';
}

/** A key-value store in its own database, opened on first use, since opening creates it. */
export function keptStore(database: string, name: string): () => UseStore {
  let store: UseStore | null = null;
  return () => (store ??= createStore(database, name));
}
