// What a whole data file holds, written beside the files (data/manifest.json) by the build and by
// `npm run data:manifest`: a file cut at a line boundary is still valid CSV, and only this says so.
import { csvRows } from './csv';
import { DATA_FILES, type DataFile, type DataTexts } from './dataset';

export const MANIFEST_FILE = 'manifest.json';

export interface FileFacts {
  rows: number;
  /** Of the file's bytes, in hex: what `sha256sum` prints. */
  sha256: string;
}

export interface DataManifest {
  /** The latest release the files hold (a `release` of observations.csv, else a source's date). */
  release: string | null;
  files: Record<DataFile, FileFacts>;
}

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

const digests = new WeakMap<Uint8Array, Promise<string | null>>();

/**
 * SHA-256 of some bytes, or null where Web Crypto is missing (a page served over plain http).
 * Worked out once for the same bytes: a loaded file is held both to its bundled copy and to the
 * manifest.
 */
export function sha256Of(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  let digest = digests.get(bytes);
  if (!digest) {
    digest =
      typeof crypto === 'undefined' || !crypto.subtle
        ? Promise.resolve(null)
        : crypto.subtle.digest('SHA-256', bytes).then(hex);
    digests.set(bytes, digest);
  }
  return digest;
}

export const decodeText = (bytes: Uint8Array<ArrayBuffer>) => new TextDecoder().decode(bytes);

const DATE = /^\d{4}(-\d{2}){0,2}$/;

/** The latest of some dates like 2019-09-11, 2019-09 or 2019 (they sort as text). */
const latest = (dates: Iterable<string>) => [...dates].sort().at(-1) ?? null;

/** The latest release the files hold: the release column, or else the sources' dates. */
export function releaseOf(texts: DataTexts): string | null {
  const cells = (text: string, column: string) =>
    csvRows(text).flatMap((r) => {
      const cell = r[column];
      return typeof cell === 'string' && DATE.test(cell.trim()) ? [cell.trim()] : [];
    });
  return (
    latest(cells(texts['observations.csv'], 'release')) ??
    latest(cells(texts['sources.csv'], 'date'))
  );
}

export async function manifestOf(
  bytes: Record<DataFile, Uint8Array<ArrayBuffer>>,
): Promise<DataManifest> {
  const texts = Object.fromEntries(DATA_FILES.map((f) => [f, decodeText(bytes[f])])) as DataTexts;
  const files = {} as Record<DataFile, FileFacts>;
  for (const f of DATA_FILES) {
    const sha256 = await sha256Of(bytes[f]);
    if (sha256 === null) throw new Error('SHA-256 is not available here (Web Crypto is missing)');
    files[f] = { rows: csvRows(texts[f]).length, sha256 };
  }
  return { release: releaseOf(texts), files };
}

const isFacts = (x: unknown): x is FileFacts =>
  typeof x === 'object' &&
  x !== null &&
  Number.isInteger((x as FileFacts).rows) &&
  typeof (x as FileFacts).sha256 === 'string' &&
  /^[0-9a-f]{64}$/.test((x as FileFacts).sha256);

/** A manifest as served, if it is one: anything else is no manifest (nothing to check against). */
export function readManifest(json: unknown): DataManifest | null {
  const m = json as Partial<DataManifest> | null;
  if (typeof m !== 'object' || m === null || typeof m.files !== 'object' || m.files === null)
    return null;
  const files = m.files as Record<string, unknown>;
  if (!DATA_FILES.every((f) => isFacts(files[f]))) return null;
  return { release: typeof m.release === 'string' ? m.release : null, files: m.files };
}

const plural = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

/**
 * How a file differs from what the manifest says it holds, in words ("has 150 rows; the manifest
 * says 164: the file was cut or replaced"), or null when it is the file described. Without Web
 * Crypto only the rows are compared.
 */
export async function manifestProblem(
  bytes: Uint8Array<ArrayBuffer>,
  text: string,
  expected: FileFacts,
): Promise<string | null> {
  const sha256 = await sha256Of(bytes);
  // The bytes the manifest was written from hold its rows: counting them again read the whole
  // file a second time on every load, before the page's first chart.
  if (sha256 === expected.sha256) return null;
  const rows = csvRows(text).length;
  if (rows !== expected.rows)
    return `has ${plural(rows)}; the manifest says ${expected.rows}: the file was cut or replaced`;
  if (sha256 !== null)
    return `has the ${plural(rows)} the manifest says, but not the same contents (SHA-256 ${sha256.slice(0, 12)}…, the manifest says ${expected.sha256.slice(0, 12)}…): the file was changed or replaced`;
  return null;
}
