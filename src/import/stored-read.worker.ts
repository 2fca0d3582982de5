import { createStore, get } from 'idb-keyval';
import { checkStored, type StoredRead } from './stored-check';
import { packedBuffers } from '../data/packed-rows';
import type { ImportBatch } from '../data/dataset';

export interface StoredReadRequest {
  /** Which read this is: the page may ask for the same import twice at once. */
  ask: number;
  database: string;
  store: string;
  id: string;
}

export type StoredReadMessage = { ask: number; read: StoredRead } | { ask: number; error: string };

// Typed by hand: the project's lib is the DOM's, whose postMessage is the window's.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<StoredReadRequest>) => void) | null;
  postMessage: (message: StoredReadMessage, transfer?: Transferable[]) => void;
};

/**
 * Reads a stored import and checks it off the page's thread: turning 200,000 stored rows back
 * into arrays takes the browser about 150 ms, and checking them as long again. The page is handed
 * the checked rows' arrays, not copies of them.
 */
scope.onmessage = async ({ data: { ask, database, store, id } }) => {
  let value: unknown;
  try {
    value = await get<unknown>(id, createStore(database, store));
  } catch (e) {
    scope.postMessage({ ask, error: e instanceof Error ? e.name : 'unknown' });
    return;
  }
  const read = checkStored(value, id);
  const buffers = read.problem === null ? packedBuffers((value as ImportBatch).packed) : [];
  // An array shared by two columns may be listed once only.
  scope.postMessage({ ask, read }, [...new Set(buffers)]);
};
