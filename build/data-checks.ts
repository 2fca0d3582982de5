// The data manifest (src/data/manifest.ts) of a folder of data files, after the page's own checks,
// and the bundled copy of the files (src/data/bundled-copy.ts). Loaded through Vite's module runner
// (the page's modules import without file extensions) by the build's plugins (data-manifest.ts,
// bundled-copy.ts) and by `npm run data:manifest`.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DATA_FILES, DataFileError, type DataFile, type Dataset } from '../src/data/dataset.ts';
import { parseDataset } from '../src/data/parse-dataset.ts';
import { formatIssue } from '../src/data/csv.ts';
import { decodeText, manifestOf, sha256Of } from '../src/data/manifest.ts';
import { copyOf, datasetOf } from '../src/data/bundled-copy.ts';

type Bytes = Uint8Array<ArrayBuffer>;

async function readAll(dir: string): Promise<Record<DataFile, Bytes>> {
  const pairs = await Promise.all(
    DATA_FILES.map(async (f) => [f, new Uint8Array(await readFile(resolve(dir, f)))] as const),
  );
  return Object.fromEntries(pairs) as Record<DataFile, Bytes>;
}

/**
 * The data set the files read as, after every check the page makes of them (each row's schema,
 * then the files against each other); throws naming every problem by file, row and column.
 */
function checkedDataset(bytes: Record<DataFile, Bytes>): Dataset {
  const texts = Object.fromEntries(DATA_FILES.map((f) => [f, decodeText(bytes[f])]));
  try {
    return parseDataset(texts as Record<DataFile, string>);
  } catch (e) {
    if (!(e instanceof DataFileError)) throw e;
    const problems = e.issues.map((issue) => `${e.file}, ${formatIssue(issue)}`);
    throw new Error(`The data files fail their checks:\n${problems.join('\n')}`, { cause: e });
  }
}

/** The manifest of the data files in `dir`, as JSON; throws with every problem when they fail a check. */
export async function manifestJson(dir: string): Promise<string> {
  const bytes = await readAll(dir);
  checkedDataset(bytes);
  return `${JSON.stringify(await manifestOf(bytes), null, 2)}\n`;
}

/**
 * The copy of the data files in `dir` the page stands in for them (src/data/bundled-copy.ts), as
 * JSON; throws as manifestJson does, or when the copy would not read back as the files do.
 */
export async function bundledCopyJson(dir: string): Promise<string> {
  const bytes = await readAll(dir);
  const dataset = checkedDataset(bytes);
  const sha256 = {} as Record<DataFile, string>;
  for (const f of DATA_FILES) sha256[f] = (await sha256Of(bytes[f]))!;
  const json = JSON.stringify(copyOf(dataset, sha256));
  // JSON keeps no undefined, NaN or shared objects: the copy must read back as the files do.
  if (!isDeepStrictEqual(datasetOf(JSON.parse(json)), dataset))
    throw new Error('The bundled copy of the data files does not read back as the files do');
  return json;
}
