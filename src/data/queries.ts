import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES, DataFileError, parseDataset, type DataFile, type DataTexts } from './dataset';

const TIMEOUT_MS = 15_000;

function fileError(file: DataFile, message: string, kind: DataFileError['kind']): DataFileError {
  return new DataFileError(file, [{ row: 0, column: null, message }], kind);
}

async function fetchDataFile(file: DataFile, signal: AbortSignal): Promise<string> {
  const url = `${import.meta.env.BASE_URL}data/${file}`;
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
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

/** The bundled data set: three CSV files, parsed and validated together. Static, so never stale. */
export const datasetQuery = () =>
  queryOptions({
    queryKey: ['dataset', 'bundled'],
    queryFn: async ({ signal }) => {
      const texts = await Promise.all(DATA_FILES.map((f) => fetchDataFile(f, signal)));
      return parseDataset(
        Object.fromEntries(DATA_FILES.map((f, i) => [f, texts[i]!])) as DataTexts,
      );
    },
    staleTime: Infinity,
    gcTime: Infinity,
    // A missing or invalid file fails the same way again; a dropped connection may not.
    retry: (failures, error) =>
      error instanceof DataFileError && error.kind === 'unreachable' && failures < 2,
  });
