import { marksLegend } from '../data/format';

// The slide file as data: numbers in, slide spec out. Writing the file (pptxgenjs) is elsewhere,
// loaded only when someone downloads one.

/** A table as a panel shows it: cells already formatted and marked ("5,335†", "≈20%", "—"). */
export interface SpecTable {
  caption: string;
  rowHeader: string;
  columns: readonly string[];
  rows: readonly { header: string; cells: readonly { text: string }[] }[];
}

/** One entry of a chart's key, with the colour the page draws it in; a dash means a line. */
export interface SpecKeyItem {
  label: string;
  color: string;
  dash?: string;
}

export interface SlideInput {
  title: string;
  takeaway: string;
  filterLine: string;
  caveats: readonly string[];
  /** The panel's tables, the first being the numbers of its first chart. */
  tables: readonly SpecTable[];
  /** The key of each chart the panel draws, in order. */
  keys: readonly (readonly SpecKeyItem[])[];
  sourceLine: string;
  link: string;
  note: string;
}

export interface ChartSeries {
  name: string;
  /** Hex, without "#", as PowerPoint takes it. */
  color: string;
  values: (number | null)[];
  /** Each point's label as on the page, marks included ("5,335†"). */
  labels: string[];
}

export interface ChartSpec {
  kind: 'line' | 'bar';
  caption: string;
  categories: string[];
  series: ChartSeries[];
  /** Rows of the table the chart does not draw (the base of a share), said beside it. */
  besides: string[];
}

export interface TableSpec {
  caption: string;
  header: string[];
  rows: string[][];
}

export interface SlideSpec {
  title: string;
  takeaway: string;
  filterLine: string;
  caveats: string[];
  chart: ChartSpec | null;
  /** Given when there is no native chart: the numbers as a table. */
  table: TableSpec | null;
  /** Why the slide has no native chart, said on the slide; null when it has one. */
  fallback: string | null;
  /** The marks used on the slide, explained. */
  marks: string | null;
  sourceLine: string;
  link: string;
  note: string;
}

/**
 * The number a formatted cell shows ("4,373†" 4373, "≈25%" 25, "−69" -69); null for "—" and
 * words. A bound ("> 25%") is drawn at its number on the page, so it is charted there too; its
 * label keeps ">".
 */
export function parseShown(text: string): number | null {
  const clean = text
    .replace(/^[<>]\s*/, '')
    .replace(/[†≈%,\s]|pp/g, '')
    .replace('−', '-')
    .replace(/^\+/, '');
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : null;
}

const hex = (color: string) => color.replace(/^#/, '').toUpperCase();

/**
 * The chart a panel draws, from its table and its key: the key names the series (the table's
 * columns for a line over years, its rows for bars by platform), in the key's order and colours.
 * Null when the key and the table do not name the same series: then no native chart is made.
 */
export function chartOf(table: SpecTable, key: readonly SpecKeyItem[]): ChartSpec | null {
  if (key.length === 0 || table.rows.length === 0) return null;
  const kind = key.every((k) => k.dash !== undefined) ? 'line' : 'bar';
  const byColumn = key.every((k) => table.columns.includes(k.label));
  const byRow = key.every((k) => table.rows.some((r) => r.header === k.label));
  let series: ChartSeries[];
  let categories: string[];
  let besides: string[] = [];
  if (byColumn) {
    categories = table.rows.map((r) => r.header);
    series = key.map((k) => {
      const j = table.columns.indexOf(k.label);
      const texts = table.rows.map((r) => r.cells[j]?.text ?? '—');
      return { name: k.label, color: hex(k.color), values: texts.map(parseShown), labels: texts };
    });
  } else if (byRow) {
    categories = [...table.columns];
    series = key.map((k) => {
      const texts = table.rows.find((r) => r.header === k.label)!.cells.map((c) => c.text);
      return { name: k.label, color: hex(k.color), values: texts.map(parseShown), labels: texts };
    });
    besides = table.rows
      .filter((r) => !key.some((k) => k.label === r.header))
      .map(
        (r) => `${r.header}: ${r.cells.map((c, j) => `${table.columns[j]} ${c.text}`).join('; ')}.`,
      );
  } else return null;
  if (series.every((s) => s.values.every((v) => v === null))) return null;
  return { kind, caption: table.caption, categories, series, besides };
}

function tableOf(table: SpecTable): TableSpec {
  return {
    caption: table.caption,
    header: [table.rowHeader, ...table.columns],
    rows: table.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)]),
  };
}

/** One slide of the file: title, takeaway, filter line, a native chart or else the table. */
export function slideSpec(input: SlideInput): SlideSpec {
  const first = input.tables[0];
  const key = input.keys[0] ?? [];
  const chart = first ? chartOf(first, key) : null;
  const fallback = chart
    ? null
    : key.length > 0
      ? 'PowerPoint cannot draw this chart natively, so its numbers are given as a table.'
      : 'This panel has no chart; its figures are given as a table.';
  const texts = [
    input.takeaway,
    ...input.caveats,
    ...(first ? first.rows.flatMap((r) => r.cells.map((c) => c.text)) : []),
  ];
  const marks = marksLegend(texts);
  return {
    title: input.title,
    takeaway: input.takeaway,
    filterLine: input.filterLine,
    caveats: [...input.caveats],
    chart,
    table: chart || !first ? null : tableOf(first),
    fallback: first ? fallback : null,
    marks: marks.length > 0 ? `${marks.join('. ')}.` : null,
    sourceLine: input.sourceLine,
    link: input.link,
    note: input.note,
  };
}
