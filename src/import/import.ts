import { parseTable, type RowIssue } from '../data/csv';
import {
  compareForHeadline,
  observationKey,
  observationWarnings,
  type Dataset,
} from '../data/dataset';
import { formatPeriod } from '../lib/period';
import {
  DATASET_COLUMNS,
  OBSERVATION_COLUMNS,
  observationSchema,
  type ImportTag,
  type Observation,
} from '../data/schema';
import { AGE_BANDS, INDICATORS, SEXES, platformLabel } from '../data/vocabularies';
import { toCsv } from '../lib/to-csv';
import { packRows, type PackedRows } from '../data/packed-rows';

/** Larger files are refused before they are read: 100,000 rows of the format take about 8 MB. */
export const IMPORT_LIMIT_BYTES = 25 * 1024 * 1024;

const EXAMPLE_NOTE = 'EXAMPLE ROW';

/** The template offered for download: the header and two example rows a user must replace. */
export const TEMPLATE_CSV = [
  DATASET_COLUMNS.join(','),
  `offences,2025/26,england-wales,,,,"1,234",published,,2026-09,${EXAMPLE_NOTE}: replace with a published figure and say where it was published,,,`,
  `platform_offences,2025/26,west-midlands-region,snapchat,,,56,published,,2026-09,${EXAMPLE_NOTE}: delete this row before importing,,,`,
].join('\r\n');

/** What a file is checked against; plain data, so that it can be sent to a worker. */
export interface ImportContext {
  /** Id and name of every geography. */
  geographies: readonly (readonly [string, string])[];
  sources: readonly string[];
  /** The headline figures shown now, to find the rows that repeat or revise one. */
  current: readonly Observation[];
  /** The tag the rows will carry if they are added. */
  tag: ImportTag;
}

export function importContext(dataset: Dataset, tag: ImportTag): ImportContext {
  return {
    geographies: [...dataset.geographies.values()].map((g) => [g.id, g.name] as const),
    sources: [...dataset.sources.values()].filter((s) => !s.imported).map((s) => s.id),
    current: [...dataset.entries.values()].map((e) => e.headline),
    tag,
  };
}

export interface ImportResult {
  /** Valid rows, tagged; empty whenever there is any error, so nothing of a broken file is merged. */
  rows: Observation[];
  /** Rows read from the file, valid or not. */
  rowCount: number;
  errors: RowIssue[];
  warnings: RowIssue[];
  comparisons: Comparison[];
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A problem with the file as a whole (row 0), found before any row was read. */
function fail(message: string): ImportResult {
  return {
    rows: [],
    rowCount: 0,
    errors: [{ row: 0, column: null, message }],
    warnings: [],
    comparisons: [],
  };
}

/** What is wrong with a file before reading it: too big, empty or plainly not a CSV. */
export function fileProblem(file: { name: string; size: number }): ImportResult | null {
  if (file.size > IMPORT_LIMIT_BYTES)
    return fail(
      `"${file.name}" is ${megabytes(file.size)}; files up to ${megabytes(IMPORT_LIMIT_BYTES)} can be imported. Split it into smaller files, each starting with the header row.`,
    );
  if (file.size === 0)
    return fail(`"${file.name}" is empty: expected a header row and at least one figure`);
  if (/\.(xlsx?|ods|numbers|pdf|docx?|zip|json|png|jpe?g)$/i.test(file.name))
    return fail(
      `"${file.name}" is not a CSV file; in the spreadsheet choose Save As, "CSV UTF-8 (comma delimited)", and import that file`,
    );
  return null;
}

/**
 * Zip-based workbooks start "PK"; other binary files contain NUL bytes, which no text file has.
 * Checked before the encoding, so the message names the real problem.
 */
function looksBinary(text: string): boolean {
  return text.startsWith('PK\u0003\u0004') || text.includes('\u0000');
}

/**
 * Parses and validates an imported observations file with the bundled data's own parser and
 * schema. Never throws: any problem is an error in the result.
 */
export function validateImport(
  text: string,
  ctx: ImportContext,
  onProgress?: (checked: number, total: number) => void,
): ImportResult {
  if (looksBinary(text))
    return fail(
      'the file is not a CSV: it holds binary data (a workbook, an image or a compressed file?). Save it as "CSV UTF-8" and try again',
    );
  const table = parseTable(
    text,
    observationSchema({
      geographies: new Set(ctx.geographies.map(([id]) => id)),
      sources: new Set(ctx.sources),
      requireSource: false,
    }),
    OBSERVATION_COLUMNS,
    onProgress,
  );
  // parseTable returns no rows on error; count the data lines for the summary all the same.
  const rowCount = table.errors.length
    ? Math.max(0, text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').length - 1)
    : table.rows.length;
  const errors = table.errors;
  for (const o of table.rows)
    if (o.note.startsWith(EXAMPLE_NOTE))
      errors.push({
        row: o.row,
        column: 'note',
        message: "is the template's example row; replace it with a published figure or delete it",
      });
  if (errors.length) return { rows: [], rowCount, errors, warnings: [], comparisons: [] };
  // Tagged in place: parseTable made the rows for this file alone.
  const rows = table.rows;
  for (const o of rows) o.origin = ctx.tag;
  return {
    rows,
    rowCount,
    errors: [],
    warnings: observationWarnings(rows),
    comparisons: compareWithCurrent(rows, ctx),
  };
}

/** Longer lists are cut to this many: no one reads 100,000 errors, and a page would crawl. */
const LIST_LIMIT = 100;

/** What the preview shows, and the rows packed for adding; small enough to send from a worker. */
export interface ImportSummary {
  rowCount: number;
  errors: RowIssue[];
  errorCount: number;
  warnings: RowIssue[];
  warningCount: number;
  comparisons: Comparison[];
  revisions: number;
  duplicates: number;
  /** The valid rows; null when there is any error. */
  packed: PackedRows | null;
}

export function summarise(result: ImportResult): ImportSummary {
  const revisions = result.comparisons.filter((c) => c.kind === 'revision').length;
  return {
    rowCount: result.rowCount,
    errors: result.errors.slice(0, LIST_LIMIT),
    errorCount: result.errors.length,
    warnings: result.warnings.slice(0, LIST_LIMIT),
    warningCount: result.warnings.length,
    comparisons: result.comparisons.slice(0, LIST_LIMIT),
    revisions,
    duplicates: result.comparisons.length - revisions,
    packed: result.errors.length ? null : packRows(result.rows),
  };
}

/** An imported row that matches a figure already shown, side by side with that figure. */
export interface Comparison {
  row: number;
  figure: string;
  current: Observation;
  imported: Observation;
  kind: 'duplicate' | 'revision';
  /** Whether the imported value would become the headline figure. */
  becomesHeadline: boolean;
}

/** "Offences by platform, 2018/19, England and Wales, Instagram" */
function describeFigure(o: Observation, geographyName: (id: string) => string): string {
  return [
    INDICATORS[o.indicator].label,
    formatPeriod(o.period),
    geographyName(o.geography),
    o.platform && platformLabel(o.platform),
    o.ageBand && (Object.hasOwn(AGE_BANDS, o.ageBand) ? AGE_BANDS[o.ageBand] : o.ageBand),
    o.sex && SEXES[o.sex],
  ]
    .filter(Boolean)
    .join(', ');
}

/** Imported rows (tagged) that duplicate or revise a figure shown now. */
function compareWithCurrent(rows: readonly Observation[], ctx: ImportContext): Comparison[] {
  const shown = new Map(ctx.current.map((o) => [observationKey(o), o]));
  const names = new Map(ctx.geographies);
  const name = (id: string) => names.get(id) ?? id;
  const comparisons: Comparison[] = [];
  for (const o of rows) {
    const current = shown.get(observationKey(o));
    if (!current) continue;
    const same =
      current.value === o.value && current.release === o.release && current.status === o.status;
    comparisons.push({
      row: o.row,
      figure: describeFigure(o, name),
      current,
      imported: o,
      kind: same ? 'duplicate' : 'revision',
      becomesHeadline: compareForHeadline(o, current) < 0,
    });
  }
  return comparisons;
}

function numberText(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  const text = String(n);
  // Tiny fractions print as 1e-7, which the parser (digits only) would refuse.
  return text.includes('e') ? n.toFixed(20).replace(/0+$/, '') : text;
}

/**
 * The observations in the format of observations.csv, so that importing the export gives the same
 * figures back. Cells a spreadsheet would run as formulas are neutralised.
 */
export function observationsToCsv(observations: readonly Observation[]): string {
  return toCsv(
    DATASET_COLUMNS,
    observations.map((o) => [
      o.indicator,
      o.periodText,
      o.geography,
      o.platform ?? '',
      o.ageBand ?? '',
      o.sex ?? '',
      numberText(o.value),
      o.status,
      o.source ?? '',
      o.release ?? '',
      o.note,
      o.confidence ?? '',
      o.bound ?? '',
      o.series ?? '',
    ]),
  );
}
