// The bundled data files as the page's checks read them, made by the build from the files it
// bundles (build/bundled-copy.ts). Reading and checking the three files was the largest part of
// the work between a link view's scripts and its first chart. The copy stands for the files only
// where every file's SHA-256 is the one it was made from: a file changed on the host (or a browser
// without Web Crypto) is read and checked as before.
import {
  buildEntries,
  observationWarnings,
  DATA_FILES,
  type DataFile,
  type Dataset,
} from './dataset';
import { sha256Of } from './manifest';
import type { Geography, Observation, Source } from './schema';

export interface BundledCopy {
  /** Of each file's bytes, in hex. */
  sha256: Record<DataFile, string>;
  observations: Observation[];
  sources: [string, Source][];
  geographies: [string, Geography][];
}

/** What the build keeps of a checked data set: the rows; the rest is worked out from them. */
export function copyOf(dataset: Dataset, sha256: Record<DataFile, string>): BundledCopy {
  return {
    sha256,
    observations: [...dataset.observations],
    sources: [...dataset.sources],
    geographies: [...dataset.geographies],
  };
}

/** The data set a copy stands for, as parseDataset reads it from the files. */
export function datasetOf(copy: BundledCopy): Dataset {
  return {
    observations: copy.observations,
    sources: new Map(copy.sources),
    geographies: new Map(copy.geographies),
    entries: buildEntries(copy.observations),
    warnings: observationWarnings(copy.observations),
  };
}

/** The data set of these files from the copy, or null when any file is not the one it was made from. */
export async function fromCopy(
  bytes: Record<DataFile, Uint8Array<ArrayBuffer>>,
  copy: Promise<BundledCopy | null>,
): Promise<Dataset | null> {
  const [made, ...digests] = await Promise.all([
    copy,
    ...DATA_FILES.map((f) => sha256Of(bytes[f])),
  ]);
  return made && DATA_FILES.every((f, i) => digests[i] === made.sha256[f]) ? datasetOf(made) : null;
}
