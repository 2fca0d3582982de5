import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { fakeFetch } from '../fixtures/bundled';
import { DATA_FILES } from '../../src/data/dataset';

// A link view's data files are asked for by build/baked-skip.js before the page's scripts run,
// and the page takes those answers on its first ask (src/data/queries.ts).

const hrefOf = (file: string) => new URL(`/data/${file}`, window.location.href).href;

/** What baked-skip.js leaves for the page: each file's answer and, read from it, its bytes. */
function early(answers: Record<string, Promise<Response>>) {
  window.earlyDataFiles = Object.fromEntries(
    Object.entries(answers).map(([file, response]) => {
      const body = response.then((r) => r.arrayBuffer());
      body.catch(() => {});
      return [hrefOf(file), { response, body }];
    }),
  );
}

const served = (file: string) => fakeFetch()(`/data/${file}`);

/** The data set as the page loads it, with a module state of its own (files asked for once). */
async function loadDataset() {
  vi.resetModules();
  const { datasetQuery } = await import('../../src/data/queries');
  return new QueryClient().fetchQuery(datasetQuery());
}

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fetchMock = vi.fn(fakeFetch());
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  delete window.earlyDataFiles;
  vi.unstubAllGlobals();
});

const askedFor = () => fetchMock.mock.calls.map(([input]) => String(input));

describe("a link view's early requests", () => {
  it('are taken up: the files are not asked for again, and the figures are the files’', async () => {
    early(Object.fromEntries(DATA_FILES.map((f) => [f, served(f)])));
    const dataset = await loadDataset();
    expect(askedFor().filter((url) => url.endsWith('.csv'))).toEqual([]);
    expect(
      dataset.observations.find(
        (o) =>
          o.indicator === 'offences' &&
          o.geography === 'england-wales' &&
          o.periodText === '2018/19' &&
          o.platform === null,
      )?.value,
    ).toBe(4373);
    expect(window.earlyDataFiles).toEqual({});
  });

  it('are taken once: a file without one is asked for as before', async () => {
    early({ 'observations.csv': served('observations.csv') });
    await loadDataset();
    expect(askedFor()).toEqual(
      expect.arrayContaining([expect.stringMatching(/data\/sources\.csv$/)]),
    );
    expect(askedFor().some((url) => url.includes('observations.csv'))).toBe(false);
  });

  it('that failed are asked again, as a failed request of the page’s own is', async () => {
    early({
      'observations.csv': served('observations.csv'),
      'sources.csv': Promise.reject(new TypeError('Failed to fetch')),
      'geographies.csv': Promise.resolve(
        new Response(new ReadableStream({ start: (c) => c.error(new TypeError('network error')) })),
      ),
    });
    const dataset = await loadDataset();
    expect(dataset.observations.length).toBeGreaterThan(0);
    // The retries bypass the early answers and the browser's copies.
    expect(askedFor()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/data\/sources\.csv\?retry=\d+$/),
        expect.stringMatching(/data\/geographies\.csv\?retry=\d+$/),
      ]),
    );
  });

  it('that the host refused are reported with its answer', async () => {
    early({
      'sources.csv': Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' })),
    });
    await expect(loadDataset()).rejects.toThrow(
      'sources.csv: could not be loaded: the server answered 404 Not Found',
    );
  });

  it('give the manifest, whose checks then apply', async () => {
    const manifest = {
      release: null,
      files: Object.fromEntries(DATA_FILES.map((f) => [f, { rows: 1, sha256: '0'.repeat(64) }])),
    };
    early({ 'manifest.json': Promise.resolve(new Response(JSON.stringify(manifest))) });
    // No copy was kept from an earlier visit: the files that differ from the manifest are said.
    await expect(loadDataset()).rejects.toThrow(
      /^observations\.csv: has [\d,]+ rows; the manifest says 1: the file was cut or replaced$/,
    );
  });
});
