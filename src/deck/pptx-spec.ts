import { MEDIUM_LEGEND, marksLegend, withConfidence } from '../data/format';
import { styleAt } from '../lib/palette';

/** Points: a data label is never smaller than this, so a board can read it across a room. */
export const LABEL_SIZE = 12;

// The slide file as data: numbers in, slide spec out. Writing the file (pptxgenjs) is elsewhere,
// loaded only when someone downloads one.

/** A table as a panel shows it: cells already formatted and marked ("5,335†", "≈20%", "—"). */
export interface SpecTable {
  caption: string;
  rowHeader: string;
  columns: readonly string[];
  /** A cell's confidence as the page gives it: "M" is said on the slide (#25, item 11). */
  rows: readonly {
    header: string;
    cells: readonly { text: string; confidence?: 'H' | 'M' }[];
  }[];
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
  /** The panel's own takeaway, when the slide shows an edited headline: kept in the notes. */
  computedTakeaway?: string;
}

export interface ChartSeries {
  name: string;
  /** Hex, without "#", as PowerPoint takes it. */
  color: string;
  values: (number | null)[];
  /** Each point's label as on the page, marks included ("5,335†"); "" where none is drawn. */
  labels: string[];
  /** The line's dash as the page draws it (an SVG dash array; "" = solid). */
  dash?: string;
}

export interface ChartSpec {
  /** Lines over years, columns, or bars across (for long category names). */
  kind: 'line' | 'bar' | 'hbar';
  caption: string;
  categories: string[];
  series: ChartSeries[];
  /** Rows of the table the chart does not draw (the base of a share), said beside it. */
  besides: string[];
  /** Said when labels that would overlap were left off; null when every point is labelled. */
  dropped: string | null;
  /** Every figure of the chart (or of the table it is drawn from) as text, for the notes. */
  figures: string;
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
  /** The panel's second chart, drawn beside the first (the Place panel's platform shares by
   * force beside its index); null when it draws one. */
  beside: ChartSpec | null;
  /** Given when there is no native chart: the numbers as a table. */
  table: TableSpec | null;
  /** Why the slide has no native chart, said on the slide; null when it has one. */
  fallback: string | null;
  /** The marks used on the slide, explained. */
  marks: string | null;
  sourceLine: string;
  link: string;
  note: string;
  /** The panel's own takeaway when the slide's headline was edited, for the notes; else null. */
  computedTakeaway: string | null;
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

type SpecCell = SpecTable['rows'][number]['cells'][number];

/** A series' values and labels from its cells: a medium-confidence figure's label is starred,
 * as every chart on the page stars it. */
function seriesOf(cells: readonly (SpecCell | undefined)[]) {
  return {
    values: cells.map((c) => parseShown(c?.text ?? '—')),
    labels: cells.map((c) => (c ? withConfidence(c.text, c.confidence) : '—')),
  };
}

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
      const cells = table.rows.map((r) => r.cells[j]);
      return { name: k.label, color: hex(k.color), ...seriesOf(cells), dash: k.dash };
    });
  } else if (byRow) {
    categories = [...table.columns];
    series = key.map((k) => {
      const cells = table.rows.find((r) => r.header === k.label)!.cells;
      return { name: k.label, color: hex(k.color), ...seriesOf(cells) };
    });
    besides = table.rows
      .filter((r) => !key.some((k) => k.label === r.header))
      .map(
        (r) => `${r.header}: ${r.cells.map((c, j) => `${table.columns[j]} ${c.text}`).join('; ')}.`,
      );
  } else return null;
  return placed(kind, table.caption, categories, series, besides);
}

/**
 * The chart a panel with no key draws, from its table alone: its first column of figures over
 * the rows, as bars (across, when the rows' names are long); the caption names the column and
 * the notes give the whole table. Null when the table holds no figures.
 */
export function chartOfTable(table: SpecTable, key: readonly SpecKeyItem[] = []): ChartSpec | null {
  const texts = table.columns.map((_, j) => table.rows.map((r) => r.cells[j]?.text ?? '—'));
  const numeric = texts.flatMap((column, j) =>
    column.some((t) => parseShown(t) !== null) ? [j] : [],
  );
  if (numeric.length === 0) return null;
  // A chart with a key draws every series of its table, as it does on the page (lines, when its
  // key says so); without one, only the first column is sure to share one scale.
  const drawn = key.length > 0 ? numeric : numeric.slice(0, 1);
  // A column the key names is drawn as the key draws it; another takes the next unnamed style.
  const styleOf = (name: string, i: number) => {
    const k = key.find((item) => item.label === name);
    return k ? { color: k.color, dash: k.dash ?? '' } : styleAt(i);
  };
  const series = drawn.map((j, i) => {
    const style = styleOf(table.columns[j]!, i);
    return {
      name: table.columns[j]!,
      color: hex(style.color),
      ...seriesOf(table.rows.map((r) => r.cells[j])),
      dash: style.dash,
    };
  });
  const lines = key.length > 0 && key.every((k) => k.dash !== undefined);
  const long = table.rows.some((r) => r.header.length > 12);
  const kind = lines ? 'line' : long ? 'hbar' : 'bar';
  const categories = table.rows.map((r) => r.header);
  const name = series.length === 1 ? series[0]!.name : null;
  const chart = placed(
    kind,
    name ? `${table.caption}: ${name}` : table.caption,
    categories,
    series,
    [],
  );
  const rest = `The chart shows ${name}; the speaker notes give every column.`;
  return (
    chart && {
      ...chart,
      besides: name && table.columns.length > 1 ? [rest] : [],
      figures: tableText(table),
    }
  );
}

/** Where a key's series is in a table's columns: the column of that name, or one that qualifies
 * it ("Snapchat (share)" for Snapchat); -1 when none. */
function columnOf(columns: readonly string[], label: string): number {
  const exact = columns.indexOf(label);
  return exact >= 0 ? exact : columns.findIndex((c) => c.startsWith(`${label} (`));
}

/**
 * A panel's second chart, from a later key and the later table whose columns it names: each
 * named column a series over the table's rows, as bars across when the rows' names are long (the
 * Place panel's platform shares of each force). Null when no later key names a table's columns.
 */
export function besideChart(
  tables: readonly SpecTable[],
  keys: readonly (readonly SpecKeyItem[])[],
): ChartSpec | null {
  for (const key of keys.slice(1)) {
    for (const table of tables.slice(1)) {
      const columns = key.map((k) => columnOf(table.columns, k.label));
      if (key.length === 0 || table.rows.length === 0 || columns.some((j) => j < 0)) continue;
      const series = key.map((k, i) => {
        const cells = table.rows.map((r) => r.cells[columns[i]!]);
        return { name: k.label, color: hex(k.color), ...seriesOf(cells) };
      });
      const long = table.rows.some((r) => r.header.length > 12);
      const chart = placed(
        long ? 'hbar' : 'bar',
        table.caption,
        table.rows.map((r) => r.header),
        series,
        [],
      );
      if (chart) return chart;
    }
  }
  return null;
}

/** A table as lines of text, for the speaker notes. */
function tableText(table: SpecTable): string {
  return table.rows
    .map(
      (r) => `${r.header}: ${r.cells.map((c, j) => `${table.columns[j]} ${c.text}`).join('; ')}.`,
    )
    .join('\n');
}

/** Inches of the plot: a chart is at least 4.5 in high and 12.3 in wide, less axes and key. */
const PLOT = { height: 3.6, width: 11.3 };
/** Inches one character of a 12 pt label takes, generously. */
const CHAR_WIDTH = (LABEL_SIZE * 0.5) / 72;
const LABEL_HEIGHT = (LABEL_SIZE * 1.3) / 72;

/**
 * The same rule as the page: a label that cannot be placed clear of the others is dropped (and
 * the notes give every figure). Lines: at each year, labels closer in height than a label's
 * height collide. Bars: a label wider than its bar's share of the category collides.
 */
function placed(
  kind: ChartSpec['kind'],
  caption: string,
  categories: string[],
  series: ChartSeries[],
  besides: string[],
): ChartSpec | null {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (all.length === 0) return null;
  const span = Math.max(...all, 0) - Math.min(...all, 0) || 1;
  let dropped = 0;
  const out = series.map((s) => ({ ...s, labels: [...s.labels] }));
  if (kind === 'line') {
    const gap = (LABEL_HEIGHT / PLOT.height) * span;
    categories.forEach((_, i) => {
      const kept: number[] = [];
      for (const s of out) {
        const v = s.values[i];
        if (v === null || v === undefined || !s.labels[i]) continue;
        if (kept.some((k) => Math.abs(k - v) < gap)) {
          s.labels[i] = '';
          dropped++;
        } else kept.push(v);
      }
    });
  } else {
    const room =
      kind === 'hbar'
        ? PLOT.height / categories.length / series.length
        : PLOT.width / categories.length / series.length;
    for (const s of out)
      s.labels.forEach((label, i) => {
        const fits = kind === 'hbar' ? room >= LABEL_HEIGHT : label.length * CHAR_WIDTH <= room;
        if (label && s.values[i] !== null && !fits) {
          s.labels[i] = '';
          dropped++;
        }
      });
  }
  const figures = series
    .map((s) => `${s.name}: ${categories.map((c, i) => `${c} ${s.labels[i]}`).join('; ')}.`)
    .join('\n');
  return {
    kind,
    caption,
    categories,
    series: out,
    besides,
    dropped:
      dropped > 0
        ? `${dropped} ${dropped === 1 ? 'label that would overlap another is' : 'labels that would overlap others are'} left off; every figure is in the speaker notes.`
        : null,
    figures,
  };
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
  // A chart whose key does not name its table's series is still drawn, from the table alone.
  const chart = first
    ? ((key.length > 0 ? chartOf(first, key) : null) ?? chartOfTable(first, key))
    : null;
  const fallback = chart ? null : 'This panel has no figures to chart; they are given as a table.';
  const texts = [
    input.takeaway,
    ...input.caveats,
    // Every table's: a second chart drawn beside the first, and the notes, carry theirs.
    ...input.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text))),
  ];
  const marks = marksLegend(texts);
  // The page marks a medium-confidence figure in its cell; the slide names each one.
  const medium = input.tables.flatMap((t) =>
    t.rows.flatMap((r) =>
      r.cells.flatMap((c, i) =>
        c.confidence === 'M' ? [`${c.text} (${t.columns[i] ?? t.caption}, ${r.header})`] : [],
      ),
    ),
  );
  if (medium.length > 0) marks.push(`${MEDIUM_LEGEND}, here ${[...new Set(medium)].join('; ')}`);
  return {
    title: input.title,
    takeaway: input.takeaway,
    filterLine: input.filterLine,
    caveats: [...input.caveats],
    chart,
    beside: chart && besideChart(input.tables, input.keys),
    table: chart || !first ? null : tableOf(first),
    fallback: first ? fallback : null,
    marks: marks.length > 0 ? `${marks.join('. ')}.` : null,
    sourceLine: input.sourceLine,
    link: input.link,
    note: input.note,
    computedTakeaway:
      input.computedTakeaway && input.computedTakeaway !== input.takeaway
        ? input.computedTakeaway
        : null,
  };
}
