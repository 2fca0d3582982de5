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

async function fetchDataFile(file: DataFile, signal: AbortSignal): Promise<string> {
  const again = asked.has(file);
  asked.add(file);
  let response: Response;
  try {
    // The first request takes the page's preload. A retry must not: a preload that hung is
    // handed out again to a request like it, and a bad copy in the browser's cache would be
    // served again. The query string makes it a request of its own; `reload` skips the cache.
    response = await fetch(again ? `${urlOf(file)}?retry=${Date.now()}` : urlOf(file), {
      signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
      ...(again && { cache: 'reload' as const }),
    });
  } catch (e) {
    const timedOut = e instanceof DOMException && e.name === 'TimeoutError';
    const message = timedOut
      ? `could not be loaded: no answer within ${TIMEOUT_MS / 1000} seconds`
      : 'could not be loaded: the network request failed (are you offline?)';
    throw fileError(file, message, 'unreachable');
  }
  if (!response.ok) {
    const message = `could not be loaded: the server answered ${response.status} ${response.statusText}`;
    throw fileError(file, message.trim(), 'http');
  }
  return response.text();
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
      const texts = Object.fromEntries(
        await Promise.all(
          DATA_FILES.map(async (f) => [f, await fetchDataFile(f, signal)] as const),
        ),
      ) as DataTexts;
      const dataset = parseDataset(texts);
      shown = texts;
      void keepValidCopies(texts);
      return dataset;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    // A missing or invalid file fails the same way again; a dropped connection may not.
    retry: (failures, error) =>
      error instanceof DataFileError && error.kind === 'unreachable' && failures < 2,
  });
