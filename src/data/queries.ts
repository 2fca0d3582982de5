import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES, DataFileError, parseDataset, type DataFile, type DataTexts } from './dataset';
import { DATA_CACHE } from './data-cache-name';

export const TIMEOUT_MS = 15_000;

function fileError(file: DataFile, message: string, kind: DataFileError['kind']): DataFileError {
  return new DataFileError(file, [{ row: 0, column: null, message }], kind);
}

export const urlOf = (file: DataFile) => `${import.meta.env.BASE_URL}data/${file}`;

/** Files asked for once already: asked for again, they bypass every copy on the way. */
const asked = new Set<DataFile>();

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

async function fetchOnce(file: DataFile, signal: AbortSignal): Promise<string> {
  const again = asked.has(file);
  asked.add(file);
  let response: Response;
  try {
    // The first request takes the page's preload. A retry must not: a preload that hung is
    // handed out again to a request like it, and a bad copy in the browser's cache would be
    // served again. The query string makes it a request of its own; `reload` skips the cache.
    response = await fetch(again ? `${urlOf(file)}?retry=${Date.now()}` : urlOf(file), {
      signal,
      ...(again && { cache: 'reload' as const }),
    });
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
    return await response.text();
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
): Promise<string> {
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
          new URL(urlOf(f), window.location.href).href,
          new Response(texts[f], { headers: { 'Content-Type': 'text/csv; charset=utf-8' } }),
        ),
      ),
    );
  } catch {
    // No offline copy this time (storage full or refused); the page itself is unaffected.
  }
}

/** The texts of the data files the page shows; a check for a newer release compares with them. */
let shown: DataTexts | null = null;
export const shownTexts = () => shown;

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
      const texts = Object.fromEntries(
        await Promise.all(
          DATA_FILES.map(async (f) => [f, await fetchDataFile(f, signal, deadline)] as const),
        ),
      ) as DataTexts;
      const dataset = parseDataset(texts);
      shown = texts;
      void keepValidCopies(texts);
      return dataset;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    // A dropped connection is asked again by fetchDataFile, within the one deadline; a missing
    // or invalid file fails the same way again.
    retry: false,
  });
