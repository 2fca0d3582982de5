import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import copy from 'virtual:bundled-copy';
import { fromCopy } from '../../src/data/bundled-copy';
import { DATA_FILES, type DataFile } from '../../src/data/dataset';
import { parseDataset } from '../../src/data/parse-dataset';

const bytes = Object.fromEntries(
  DATA_FILES.map((f) => [f, new Uint8Array(readFileSync(`public/data/${f}`))]),
) as Record<DataFile, Uint8Array<ArrayBuffer>>;
const texts = Object.fromEntries(
  DATA_FILES.map((f) => [f, new TextDecoder().decode(bytes[f])]),
) as Record<DataFile, string>;

describe('the bundled copy of the data files', () => {
  it('stands for the bundled files: the data set they read as, to the last field', async () => {
    expect(await fromCopy(bytes, Promise.resolve(copy))).toStrictEqual(parseDataset(texts));
  });

  it('does not stand for a file changed by one byte, nor when it could not be downloaded', async () => {
    const changed = new Uint8Array(bytes['sources.csv']);
    const last = changed.length - 2;
    changed[last] = changed[last]! ^ 1;
    expect(await fromCopy({ ...bytes, 'sources.csv': changed }, Promise.resolve(copy))).toBeNull();
    expect(await fromCopy(bytes, Promise.resolve(null))).toBeNull();
  });
});
