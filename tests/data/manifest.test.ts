import { describe, expect, it } from 'vitest';
import { manifestProblem, sha256Of } from '../../src/data/manifest';
import { differsFromManifest } from '../../src/data/queries';
import type { DataTexts } from '../../src/data/dataset';

const bytesOf = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
const FILE = 'id,name\na,A\nb,B\n';

async function factsOf(text: string) {
  return { rows: 2, sha256: (await sha256Of(bytesOf(text)))! };
}

describe('manifestProblem', () => {
  it('takes the file the manifest was written from without reading its rows again', async () => {
    // The text is not these bytes' (nothing else would hand it over so): were the rows counted,
    // its one row would be named.
    expect(await manifestProblem(bytesOf(FILE), 'id,name\na,A\n', await factsOf(FILE))).toBeNull();
  });

  it('names a cut file by its rows, and a changed one by its contents', async () => {
    const facts = await factsOf(FILE);
    const cut = 'id,name\na,A\n';
    expect(await manifestProblem(bytesOf(cut), cut, facts)).toBe(
      'has 1 row; the manifest says 2: the file was cut or replaced',
    );
    const changed = 'id,name\na,A\nb,C\n';
    expect(await manifestProblem(bytesOf(changed), changed, facts)).toMatch(
      /^has the 2 rows the manifest says, but not the same contents \(SHA-256 [0-9a-f]{12}…, the manifest says [0-9a-f]{12}…\): the file was changed or replaced$/,
    );
  });

  it('names the first file that differs, in the files’ order', async () => {
    const facts = await factsOf(FILE);
    const texts = {
      'observations.csv': FILE,
      'sources.csv': 'id,name\n',
      'geographies.csv': 'id,name\n',
    } as DataTexts;
    const bytes = Object.fromEntries(
      Object.entries(texts).map(([f, t]) => [f, bytesOf(t)]),
    ) as Record<keyof DataTexts, Uint8Array<ArrayBuffer>>;
    const manifest = {
      release: null,
      files: { 'observations.csv': facts, 'sources.csv': facts, 'geographies.csv': facts },
    };
    expect(await differsFromManifest(bytes, texts, manifest)).toEqual({
      file: 'sources.csv',
      message: 'has 0 rows; the manifest says 2: the file was cut or replaced',
    });
  });
});
