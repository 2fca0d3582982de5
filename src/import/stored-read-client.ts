import { createStore, get } from 'idb-keyval';
import { checkStored, type StoredRead } from './stored-check';
import type { StoredReadMessage, StoredReadRequest } from './stored-read.worker';

let worker: Worker | null = null;
let asked = 0;
const pending = new Map<number, { resolve: (r: StoredRead) => void; reject: (e: Error) => void }>();

function settle(ask: number) {
  const p = pending.get(ask);
  pending.delete(ask);
  // The worker holds nothing between visits' reads: it goes when the last read is answered.
  if (pending.size === 0) {
    worker?.terminate();
    worker = null;
  }
  return p;
}

function startWorker(): Worker {
  const w = new Worker(new URL('./stored-read.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = ({ data }: MessageEvent<StoredReadMessage>) => {
    const p = settle(data.ask);
    if ('error' in data) p?.reject(new Error(`storage refused the read (${data.error})`));
    else p?.resolve(data.read);
  };
  w.onerror = (e) => {
    e.preventDefault();
    for (const ask of [...pending.keys()])
      settle(ask)?.reject(new Error(`the reader stopped${e.message ? ` (${e.message})` : ''}`));
  };
  return w;
}

/**
 * One stored import, read and checked in a Web Worker, so that a large one never holds the page;
 * on the page's thread where workers are missing.
 */
export function readStoredImport(database: string, store: string, id: string): Promise<StoredRead> {
  if (typeof Worker === 'undefined')
    return get<unknown>(id, createStore(database, store)).then((v) => checkStored(v, id));
  return new Promise((resolve, reject) => {
    const ask = ++asked;
    pending.set(ask, { resolve, reject });
    (worker ??= startWorker()).postMessage({
      ask,
      database,
      store,
      id,
    } satisfies StoredReadRequest);
  });
}
