import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES, DataFileError, type DataFile, type DataTexts, type Dataset } from './dataset';
import { DATA_CACHE } from './data-cache-name';
import { whenIdle } from '../lib/when-idle';
import { fromCopy } from './bundled-copy';
import {
  MANIFEST_FILE,
  decodeText,
  manifestProblem,
  readManifest,
  type DataManifest,
} from './manifest';

export const TIMEOUT_MS = 15_000;

function fileError(file: DataFile, message: string, kind: DataFileError['kind']): DataFileError {
  return new DataFileError(file, [{ row: 0, column: null, message }], kind);
}

export const urlOf = (file: DataFile | typeof MANIFEST_FILE) =>
  `${import.meta.env.BASE_URL}data/${file}`;

/** The file's whole address, as the page's links and caches name it. */
const hrefOf = (file: DataFile | typeof MANIFEST_FILE) =>
  new URL(urlOf(file), window.location.href).href;

/** Files asked for once already: asked for again, they bypass every copy on the way. */
const asked = new Set<DataFile | typeof MANIFEST_FILE>();

type Bytes = Uint8Array<ArrayBuffer>;

/** A dropped connection is asked again this many times, within the one deadline. */
const ATTEMPTS = 3;
const PAUSE_MS = 1_000;
/** The most of the page's start-up counted against the first load's deadline. */
const STARTUP_MS = 5_000;

const NO_ANSWER = `could not be loaded: no answer within ${TIMEOUT_MS / 1000} seconds`;

/** Waits `ms`, or less if `signal` ends the wait first. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

function timedOut(deadline: AbortSignal, e: unknown): boolean {
  return deadline.aborted || (e instanceof DOMException && e.name === 'TimeoutError');
}

/** What the page's data requests are read for. */
type Answer = Pick<Response, 'ok' | 'status' | 'statusText' | 'arrayBuffer' | 'json'>;

/** A data file asked for by build/baked-skip.js, before the page's scripts ran: its answer and bytes. */
interface EarlyFile {
  response: Promise<Response>;
  body: Promise<ArrayBuffer>;
}

declare global {
  interface Window {
    earlyDataFiles?: Record<string, EarlyFile>;
  }
}

/** `promise`, or the signal's reason once it aborts first (as `fetch` rejects). */
function until<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** The request baked-skip.js made for this file, if any; taken once. */
async function early(file: DataFile | typeof MANIFEST_FILE, signal: AbortSignal) {
  const files = typeof window === 'undefined' ? undefined : window.earlyDataFiles;
  if (!files) return null;
  const href = hrefOf(file);
  const made = files[href];
  if (!made) return null;
  delete files[href];
  const response = await until(made.response, signal);
  const bytes = () => until(made.body, signal);
  const answer: Answer = {
    ok: response.ok,
    status: response.status,
    statusText: response.statusText,
    arrayBuffer: bytes,
    json: async () => JSON.parse(decodeText(new Uint8Array(await bytes()))),
  };
  return answer;
}

/**
 * The first request takes the one a link view made before its scripts ran, or the page's
 * preload. A retry must not: a preload that hung is handed out again to a request like it, and a
 * bad copy in the browser's cache would be served again. The query string makes it a request of
 * its own; `reload` skips the cache.
 */
async function request(
  file: DataFile | typeof MANIFEST_FILE,
  signal: AbortSignal,
): Promise<Answer> {
  const again = asked.has(file);
  asked.add(file);
  if (!again) {
    const made = await early(file, signal);
    if (made) return made;
  }
  return fetch(again ? `${urlOf(file)}?retry=${Date.now()}` : urlOf(file), {
    signal,
    ...(again && { cache: 'reload' as const }),
  });
}

async function fetchOnce(file: DataFile, signal: AbortSignal): Promise<Bytes> {
  let response: Answer;
  try {
    response = await request(file, signal);
  } catch (e) {
    if (signal.aborted) throw e;
    throw fileError(
      file,
      'could not be loaded: the network request failed (are you offline?)',
      'unreachable',
    );
  }
  if (!response.ok) {
    const message = `could not be loaded: the server answered ${response.status} ${response.statusText}`;
    throw fileError(file, message.trim(), 'http');
  }
  try {
    // The bytes, not the text: the manifest's SHA-256 is of the file as stored.
    return new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    if (signal.aborted) throw e;
    throw fileError(
      file,
      'could not be loaded: the connection was cut off before the whole file arrived',
      'unreachable',
    );
  }
}

/**
 * One file, asked again after a dropped connection, all within one deadline: a file that does
 * not answer is reported after TIMEOUT_MS, however many times it was asked.
 */
async function fetchDataFile(
  file: DataFile,
  signal: AbortSignal,
  deadline: AbortSignal,
): Promise<Bytes> {
  const both = AbortSignal.any([signal, deadline]);
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchOnce(file, both);
    } catch (e) {
      if (timedOut(deadline, e)) throw fileError(file, NO_ANSWER, 'unreachable');
      const again = e instanceof DataFileError && e.kind === 'unreachable' && attempt < ATTEMPTS;
      if (!again || signal.aborted) throw e;
    }
    await pause(PAUSE_MS * attempt, both);
    if (deadline.aborted) throw fileError(file, NO_ANSWER, 'unreachable');
  }
}

/**
 * Keeps the files that passed validation for offline use. The service worker never caches a
 * data file itself, so a corrupt or cut-off response is never kept, and a healthy one replaces
 * it on the next load.
 */
async function keepValidCopies(texts: DataTexts): Promise<void> {
  if (typeof caches === 'undefined') return;
  try {
    const cache = await caches.open(DATA_CACHE);
    await Promise.all(
      DATA_FILES.map((f) =>
        cache.put(
          hrefOf(f),
          new Response(texts[f], { headers: { 'Content-Type': 'text/csv; charset=utf-8' } }),
        ),
      ),
    );
  } catch {
    // No offline copy this time (storage full or refused); the page itself is unaffected.
  }
}

/**
 * What the host says its data files hold; null where it has no manifest (an older deployment, or
 * offline: the manifest is never kept), so there is nothing to check against.
 */
export async function fetchManifest(
  signal: AbortSignal,
  fetchIt: (s: AbortSignal) => Promise<Answer> = (s) => request(MANIFEST_FILE, s),
): Promise<DataManifest | null> {
  try {
    const response = await fetchIt(signal);
    return response.ok ? readManifest(await response.json()) : null;
  } catch {
    return null;
  }
}

/** The first file that is not what the manifest says, and how it differs. */
export async function differsFromManifest(
  bytes: Record<DataFile, Bytes>,
  texts: DataTexts,
  manifest: DataManifest | null,
): Promise<{ file: DataFile; message: string } | null> {
  if (!manifest) return null;
  // The files' digests are worked out side by side, off the page's thread.
  const messages = await Promise.all(
    DATA_FILES.map((f) => manifestProblem(bytes[f], texts[f], manifest.files[f])),
  );
  const i = messages.findIndex((m) => m !== null);
  return i === -1 ? null : { file: DATA_FILES[i]!, message: messages[i]! };
}

/** The copies kept by keepValidCopies, if all are there. */
async function keptCopies(): Promise<DataTexts | null> {
  if (typeof caches === 'undefined') return null;
  try {
    const cache = await caches.open(DATA_CACHE);
    const texts = {} as DataTexts;
    for (const f of DATA_FILES) {
      const response = await cache.match(hrefOf(f));
      if (!response) return null;
      texts[f] = await response.text();
    }
    return texts;
  } catch {
    return null;
  }
}

/** Why the page shows its kept copy of the data files rather than the host's; null when it does not. */
let keptNotice: string | null = null;
const noticeListeners = new Set<() => void>();
function setKeptNotice(notice: string | null) {
  keptNotice = notice;
  for (const listener of noticeListeners) listener();
}
/** For useSyncExternalStore: the notice shown while the page shows the kept copy. */
export const keptCopyNotice = {
  get: () => keptNotice,
  subscribe: (listener: () => void) => {
    noticeListeners.add(listener);
    return () => void noticeListeners.delete(listener);
  },
};

/** The texts of the data files the page shows; a check for a newer release compares with them. */
let shown: DataTexts | null = null;
export const shownTexts = () => shown;

function parsedOrNull(texts: DataTexts, parseDataset: (texts: DataTexts) => Dataset) {
  try {
    return parseDataset(texts);
  } catch {
    return null;
  }
}

/** The bundled data set: three CSV files, parsed and validated together. */
export const datasetQuery = () =>
  queryOptions({
    queryKey: ['dataset', 'bundled'],
    queryFn: async ({ signal }) => {
      // The first load counts from the page's start, as its preloads of these files do; the
      // README's 15 seconds are the user's wait, not the script's. At most STARTUP_MS is counted
      // so: outside a page (tests) the clock starts with the process. A whole number of ms, as
      // AbortSignal.timeout requires.
      const first = !DATA_FILES.some((f) => asked.has(f));
      const deadline = AbortSignal.timeout(
        Math.round(first ? TIMEOUT_MS - Math.min(performance.now(), STARTUP_MS) : TIMEOUT_MS),
      );
      // The reader's code, and the copy that stands for the files as bundled, download beside
      // the files, not before them.
      const reader = import('./parse-dataset');
      // Awaited only where the files are read: a reader that failed to download is then said.
      reader.catch(() => {});
      // A copy that could not be downloaded leaves the files to be read.
      const copy = import('virtual:bundled-copy').then(
        (m) => m.default,
        () => null,
      );
      const [bytes, manifest] = await Promise.all([
        Promise.all(
          DATA_FILES.map(async (f) => [f, await fetchDataFile(f, signal, deadline)] as const),
        ).then((pairs) => Object.fromEntries(pairs) as Record<DataFile, Bytes>),
        fetchManifest(AbortSignal.any([signal, deadline])),
      ]);
      const texts = Object.fromEntries(
        DATA_FILES.map((f) => [f, decodeText(bytes[f])]),
      ) as DataTexts;
      // A file that fails its checks is named with its errors; a valid one must still be the
      // whole file the host published (a cut file is valid CSV), else the last valid copy is better.
      const dataset = (await fromCopy(bytes, copy)) ?? (await reader).parseDataset(texts);
      const differs = await differsFromManifest(bytes, texts, manifest);
      if (differs) {
        const { parseDataset } = await reader;
        const kept = await keptCopies();
        const keptDataset = kept && parsedOrNull(kept, parseDataset);
        if (!kept || !keptDataset)
          throw new DataFileError(
            differs.file,
            [{ row: 0, column: null, message: differs.message }],
            'invalid',
          );
        shown = kept;
        setKeptNotice(
          `${differs.file} ${differs.message}. Showing the copy kept from your last visit.`,
        );
        return keptDataset;
      }
      shown = texts;
      setKeptNotice(null);
      // Once the page is idle, having drawn them: putting the copies in the cache took 10–13 ms
      // of the main thread, which a link view's first chart waited behind.
      whenIdle(() => void keepValidCopies(texts), 2000);
      return dataset;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    // A dropped connection is asked again by fetchDataFile, within the one deadline; a missing
    // or invalid file fails the same way again.
    retry: false,
    // The page asks for the files before it first renders (src/main.tsx): a failed load is shown
    // with its Retry button, not asked for again by the first component to read it.
    retryOnMount: false,
  });
