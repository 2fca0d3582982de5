import type { RowIssue } from './csv';
import type { Geography, ImportTag, Observation, Source } from './schema';
import { unpackRows, type PackedRows } from './packed-rows';
import { periodKey } from '../lib/period';
import { AGE_BANDS, PLATFORMS, type Confidence, type Indicator, type Sex } from './vocabularies';

export const DATA_FILES = ['observations.csv', 'sources.csv', 'geographies.csv'] as const;
export type DataFile = (typeof DATA_FILES)[number];

/** A figure and the other releases of the same figure. */
export interface Entry {
  headline: Observation;
  /** Other values of the same figure: earlier releases newest first, then derived values. */
  revisions: Observation[];
}

export interface Dataset {
  observations: readonly Observation[];
  sources: ReadonlyMap<string, Source>;
  geographies: ReadonlyMap<string, Geography>;
  /** Every figure, keyed by observationKey, headline first. */
  entries: ReadonlyMap<string, Entry>;
  warnings: readonly RowIssue[];
}

/** Thrown when a data file cannot be fetched or fails validation; names the file. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly RowIssue[],
    readonly kind: 'unreachable' | 'http' | 'invalid',
  ) {
    super(`${file}: ${issues.map((i) => i.message).join('; ')}`);
    this.name = 'DataFileError';
  }
}

export interface FigureQuery {
  indicator: Indicator;
  geography: string;
  period: string;
  platform?: string | null;
  ageBand?: string | null;
  sex?: Sex | null;
}

function figureKey(q: FigureQuery): string {
  return `${q.indicator}|${q.period}|${q.geography}|${q.platform ?? ''}|${q.ageBand ?? ''}|${q.sex ?? ''}`;
}

/** An observation's figureKey; made for every row (200,000 for an import), so no copy of the row. */
export function observationKey(o: Observation): string {
  const { indicator, geography, platform, ageBand, sex } = o;
  return figureKey({ indicator, period: periodKey(o.period), geography, platform, ageBand, sex });
}

/**
 * The later of two months ("2019-09", "2019") or ISO times first, compared character by character:
 * `localeCompare` orders them alike, but its first call loads the browser's collation data, about
 * 15 ms before a link view's first chart.
 */
const laterFirst = (a: string, b: string) => (a === b ? 0 : a < b ? 1 : -1);

/**
 * Headline first: a published or approximate figure beats a derived one (a derived value never
 * stands in for a published fact), then the latest release. At the same release a bundled figure
 * beats an imported one (an import revises a figure only by being released later), a later import
 * an earlier one, and the later row of a file an earlier row.
 */
export function compareForHeadline(a: Observation, b: Observation): number {
  const derived = Number(a.status === 'derived') - Number(b.status === 'derived');
  if (derived !== 0) return derived;
  const release = laterFirst(a.release ?? '', b.release ?? '');
  if (release !== 0) return release;
  const imported = Number(a.origin !== undefined) - Number(b.origin !== undefined);
  if (imported !== 0) return imported;
  const importedAt = laterFirst(a.origin?.importedAt ?? '', b.origin?.importedAt ?? '');
  if (importedAt !== 0) return importedAt;
  return b.row - a.row;
}

type Groups = Map<string, Observation[]>;

function groupInto(
  groups: Groups,
  observations: readonly Observation[],
  start: number,
  end: number,
) {
  for (let i = start; i < end; i++) {
    const o = observations[i]!;
    const key = observationKey(o);
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
}

export function buildEntries(observations: readonly Observation[]): Map<string, Entry> {
  const groups: Groups = new Map();
  groupInto(groups, observations, 0, observations.length);
  return entriesOf(groups);
}

function entriesOf(groups: Groups): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const [key, list] of groups) {
    const [headline, ...revisions] = [...list].sort(compareForHeadline);
    entries.set(key, { headline: headline!, revisions });
  }
  return entries;
}

export function observationWarnings(observations: readonly Observation[]): RowIssue[] {
  const warnings: RowIssue[] = [];
  const seen = new Map<string, number>();
  for (const o of observations) {
    if (o.platform && !Object.hasOwn(PLATFORMS, o.platform))
      warnings.push({
        row: o.row,
        column: 'platform',
        message: `unknown platform "${o.platform}"; it is shown by its id`,
      });
    if (o.ageBand && !Object.hasOwn(AGE_BANDS, o.ageBand))
      warnings.push({
        row: o.row,
        column: 'age_band',
        message: `unknown age band "${o.ageBand}"; it is shown by its id`,
      });
    const exact = `${observationKey(o)}|${o.value}|${o.release ?? ''}|${o.status}`;
    const first = seen.get(exact);
    if (first !== undefined)
      warnings.push({ row: o.row, column: null, message: `duplicates row ${first}` });
    else seen.set(exact, o.row);
  }
  return warnings;
}

export type DataTexts = Record<DataFile, string>;

type IndexField = 'geography' | 'indicator';
const indexes = new WeakMap<Dataset, Map<IndexField, Map<string, Observation[]>>>();

/**
 * Observations with one value of a field, indexed once per data set: panels recompute on every
 * filter change, and imports can make the data set large.
 */
function indexed(dataset: Dataset, field: IndexField, value: string): readonly Observation[] {
  let byField = indexes.get(dataset);
  if (!byField) indexes.set(dataset, (byField = new Map()));
  let index = byField.get(field);
  if (!index) {
    index = new Map();
    for (const o of dataset.observations) {
      const list = index.get(o[field]);
      if (list) list.push(o);
      else index.set(o[field], [o]);
    }
    byField.set(field, index);
  }
  return index.get(value) ?? [];
}

export function observationsOf(dataset: Dataset, geography: string): readonly Observation[] {
  return indexed(dataset, 'geography', geography);
}

export function observationsFor(dataset: Dataset, indicator: Indicator): readonly Observation[] {
  return indexed(dataset, 'indicator', indicator);
}

const byPlaceAndIndicator = new WeakMap<Dataset, Map<string, Observation[]>>();

/**
 * The observations of one place with some indicators, in the data set's order, found once per data
 * set: a place's force counts or published changes are looked up for every figure drawn, and an
 * import can give the place 200,000 other figures.
 */
export function observationsOfIn(
  dataset: Dataset,
  geography: string,
  ...indicators: Indicator[]
): readonly Observation[] {
  let lists = byPlaceAndIndicator.get(dataset);
  if (!lists) byPlaceAndIndicator.set(dataset, (lists = new Map()));
  const key = [geography, ...indicators].join('|');
  let list = lists.get(key);
  if (!list) {
    list = observationsOf(dataset, geography).filter((o) => indicators.includes(o.indicator));
    lists.set(key, list);
  }
  return list;
}

const years = new WeakMap<Dataset, number[]>();

/** The financial years with any figure, in order. */
export function yearsOf(dataset: Dataset): readonly number[] {
  let list = years.get(dataset);
  if (!list) {
    const set = new Set<number>();
    for (const o of dataset.observations) if (o.period.kind === 'year') set.add(o.period.year);
    years.set(dataset, (list = [...set].sort((a, b) => a - b)));
  }
  return list;
}

const platforms = new WeakMap<Dataset, ReadonlySet<string>>();

/** The platform ids with any figure, in the order first met. */
export function platformsOf(dataset: Dataset): ReadonlySet<string> {
  let set = platforms.get(dataset);
  if (!set) {
    const found = new Set<string>();
    for (const o of dataset.observations) if (o.platform) found.add(o.platform);
    platforms.set(dataset, (set = found));
  }
  return set;
}

export function findEntry(dataset: Dataset, q: FigureQuery): Entry | undefined {
  return dataset.entries.get(figureKey(q));
}

/** The files some figures were imported from ("a.csv, b.csv"); undefined for bundled figures. */
export function importedFrom(
  ...observations: readonly (Observation | null | undefined)[]
): string | undefined {
  const names = new Set(observations.flatMap((o) => (o?.origin ? [o.origin.fileName] : [])));
  return names.size ? [...names].join(', ') : undefined;
}

/**
 * A figure's own confidence: the row's where it gives one, else its source's; an imported figure
 * with no source is medium, like a single secondary outlet.
 */
export function figureConfidence(dataset: Dataset, o: Observation): Confidence {
  return o.confidence ?? (o.source ? dataset.sources.get(o.source)?.confidence : undefined) ?? 'M';
}

/** The id of the stand-in source that names an import in source lists. */
export function importSourceId(importId: string): string {
  return `import-${importId}`;
}

/**
 * The sources cited by some observations, in the order first cited. An imported figure also
 * cites its import, so that every source list says which numbers a user added. Confidence is the
 * figures', not the outlet's: a source whose shown figures are all rated otherwise than the
 * source takes their rating, and one whose shown figures differ is marked mixed.
 */
export function sourcesOf(dataset: Dataset, observations: Iterable<Observation>): Source[] {
  const ratings = new Map<string, Set<Confidence>>();
  for (const o of observations) {
    if (o.origin) {
      // Each figure of an import would set its import's rating afresh: set once, not 200,000 times.
      const id = importSourceId(o.origin.id);
      const set = ratings.get(id);
      if (!set || set.size !== 1 || !set.has('M')) ratings.set(id, new Set(['M']));
    }
    if (!o.source) continue;
    const set = ratings.get(o.source) ?? new Set<Confidence>();
    set.add(figureConfidence(dataset, o));
    ratings.set(o.source, set);
  }
  return [...ratings].flatMap(([id, set]) => {
    const source = dataset.sources.get(id);
    if (!source) return [];
    if (set.size > 1) return [{ ...source, mixedConfidence: true as const }];
    const [only] = set;
    return only && only !== source.confidence ? [{ ...source, confidence: only }] : [source];
  });
}

/** The figures of one imported file, packed for storage. */
export interface ImportBatch {
  tag: ImportTag;
  packed: PackedRows;
}

const unpacked = new WeakMap<PackedRows, Observation[]>();

/** The rows of an import, each with the import's tag as its origin; unpacked once per batch. */
function batchRows(batch: ImportBatch): Observation[] {
  let rows = unpacked.get(batch.packed);
  if (!rows) {
    rows = unpackRows(batch.packed, batch.tag);
    unpacked.set(batch.packed, rows);
  }
  return rows;
}

/** "28 Nov 2026, 09:15", in the user's time zone. */
export function formatImportTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The stand-in source that lists an import among a panel's sources. */
function importSource(tag: ImportTag): Source {
  return {
    id: importSourceId(tag.id),
    title: `Imported from ${tag.fileName}`,
    publisher: `Imported: ${tag.fileName}`,
    date: formatImportTime(tag.importedAt),
    url: null,
    confidence: 'M',
    imported: true,
    note: 'Added in this browser from a CSV file; check these figures against their publication.',
  };
}

function mergedParts(bundled: Dataset, batches: readonly ImportBatch[]) {
  const sources = new Map(bundled.sources);
  const observations = [...bundled.observations];
  for (const batch of batches) {
    sources.set(importSourceId(batch.tag.id), importSource(batch.tag));
    for (const o of batchRows(batch)) observations.push(o);
  }
  return { observations, sources, geographies: bundled.geographies, warnings: bundled.warnings };
}

/** The bundled data set with the user's imports merged in; the same object when there are none. */
export function withImports(bundled: Dataset, batches: readonly ImportBatch[]): Dataset {
  if (batches.length === 0) return bundled;
  const parts = mergedParts(bundled, batches);
  return { ...parts, entries: buildEntries(parts.observations) };
}

/**
 * How long a step of merging may hold the page before it pauses: well under the 100 ms a user
 * feels, with room for a slow or busy machine. Steps are timed, not counted: the same rows cost a
 * phone several times what they cost a laptop.
 */
const STEP_MS = 25;
/** Items between looks at the clock. */
const CHUNK = 1024;

/**
 * Runs `run` over 0 … count − 1 in ranges of CHUNK items, pausing whenever a step has run for
 * STEP_MS.
 */
async function inSteps(
  count: number,
  run: (start: number, end: number) => void,
  pause: () => Promise<void>,
) {
  let until = performance.now() + STEP_MS;
  for (let start = 0; start < count; start += CHUNK) {
    const end = Math.min(start + CHUNK, count);
    run(start, end);
    if (end < count && performance.now() > until) {
      await pause();
      until = performance.now() + STEP_MS;
    }
  }
}

/** An index of observations by one field, built in steps and kept as `indexed` keeps it. */
async function indexInSteps(
  dataset: Dataset,
  field: IndexField,
  pause: () => Promise<void>,
): Promise<void> {
  const index = new Map<string, Observation[]>();
  const { observations } = dataset;
  await inSteps(
    observations.length,
    (start, end) => {
      for (let i = start; i < end; i++) {
        const o = observations[i]!;
        const list = index.get(o[field]);
        if (list) list.push(o);
        else index.set(o[field], [o]);
      }
    },
    pause,
  );
  let byField = indexes.get(dataset);
  if (!byField) indexes.set(dataset, (byField = new Map()));
  byField.set(field, index);
}

/**
 * withImports in steps, pausing between them so that merging 200,000 imported rows never holds
 * the page for long; what every panel reads of the whole data set (its indexes, years and
 * platforms) is found in steps too, so that drawing the merged figures scans no rows.
 */
export async function withImportsInSteps(
  bundled: Dataset,
  batches: readonly ImportBatch[],
  pause: () => Promise<void>,
): Promise<Dataset> {
  if (batches.length === 0) return bundled;
  // Called from the commit that added the import: unpacking its rows waits for a task of its own.
  await pause();
  for (const batch of batches) {
    if (unpacked.has(batch.packed)) continue;
    const rows: Observation[] = [];
    const { count } = batch.packed;
    await inSteps(
      count,
      (start, end) => {
        for (const o of unpackRows(batch.packed, batch.tag, start, end)) rows.push(o);
      },
      pause,
    );
    unpacked.set(batch.packed, rows);
    await pause();
  }
  const sources = new Map(bundled.sources);
  const observations = [...bundled.observations];
  for (const batch of batches) {
    sources.set(importSourceId(batch.tag.id), importSource(batch.tag));
    const rows = batchRows(batch);
    await inSteps(
      rows.length,
      (start, end) => {
        for (let i = start; i < end; i++) observations.push(rows[i]!);
      },
      pause,
    );
  }
  await pause();
  const groups: Groups = new Map();
  await inSteps(
    observations.length,
    (start, end) => groupInto(groups, observations, start, end),
    pause,
  );
  await pause();
  const entries = new Map<string, Entry>();
  const lists = [...groups];
  await inSteps(
    lists.length,
    (start, end) => {
      for (let i = start; i < end; i++) {
        const [key, list] = lists[i]!;
        const [headline, ...revisions] = [...list].sort(compareForHeadline);
        entries.set(key, { headline: headline!, revisions });
      }
    },
    pause,
  );
  const dataset: Dataset = {
    observations,
    sources,
    geographies: bundled.geographies,
    warnings: bundled.warnings,
    entries,
  };
  await pause();
  await indexInSteps(dataset, 'geography', pause);
  await pause();
  await indexInSteps(dataset, 'indicator', pause);
  await pause();
  // The years and platforms every panel reads, found in one pass.
  const yearSet = new Set<number>();
  const platformSet = new Set<string>();
  await inSteps(
    observations.length,
    (start, end) => {
      for (let i = start; i < end; i++) {
        const { period, platform } = observations[i]!;
        if (period.kind === 'year') yearSet.add(period.year);
        if (platform) platformSet.add(platform);
      }
    },
    pause,
  );
  years.set(
    dataset,
    [...yearSet].sort((a, b) => a - b),
  );
  platforms.set(dataset, platformSet);
  await pause();
  return dataset;
}
