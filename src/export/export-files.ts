import type { CellFigure } from '../data/cell-figure';
import type { Dataset } from '../data/dataset';
import { tidyCsv, wideCsv } from '../data/tidy';
import { citationDate, citationFull, citationOneLine } from './citation';
import type { DataTableProps } from '../components/data-table';
import type { PanelExport } from './panel-export';

// Loaded when a user first exports: the page does not need it to show its charts. The images
// are made in panel-image.ts.

/** The figures behind a panel's tables, in table order. */
export function figuresOf(tables: readonly DataTableProps[]): CellFigure[] {
  return tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.figure ?? [])));
}

const CSV_TYPE = 'text/csv;charset=utf-8';

/** One row per figure, with its status, confidence, source and note. */
export function tidyBlob(dataset: Dataset, tables: readonly DataTableProps[]): Blob {
  return new Blob([tidyCsv(dataset, figuresOf(tables))], { type: CSV_TYPE });
}

/** The same figures with the periods as columns. */
export function wideBlob(dataset: Dataset, tables: readonly DataTableProps[]): Blob {
  return new Blob([wideCsv(dataset, figuresOf(tables))], { type: CSV_TYPE });
}

/** The README.txt of the zip: what the figures are, the view, the marks, how to cite, sources. */
export function readmeText(name: string, p: PanelExport): string {
  const section = (heading: string, body: readonly string[]) =>
    body.length ? ['', heading, '-'.repeat(heading.length), ...body] : [];
  return [
    `${p.title}`,
    '='.repeat(p.title.length),
    '',
    p.takeaway,
    ...section('What the figures are', [
      'Police-recorded offences of sexual communication with a child (an offence in England and',
      'Wales since April 2017), as published by the NSPCC from Freedom of Information returns by',
      'police forces, and the platforms and victim ages the police gave. Until 2020/21 the national',
      "figures cover England and Wales; from 2021/22 the UK, including Scotland's different offence.",
    ]),
    ...section('This view', [
      `Filters: ${p.filterLine}`,
      `Downloaded: ${citationDate(p.accessed)}, ${p.accessed.toISOString()}`,
      `Link to this view: ${p.link}`,
    ]),
    ...section('Files', [
      `- ${name}.csv: one row per figure, UTF-8 with a byte-order mark.`,
      '  place_id, place: where (an id from geographies.csv, and its name)',
      '  period: a financial year (2018/19), a span (2017/18-2018/19) or two years compared',
      '  indicator, measure: what is counted (an id, and in words)',
      '  platform, age_band, sex: the breakdown, where there is one',
      '  value: a plain number; unit: what was counted (offences, victims, instances, forces), %,',
      '  index, pp (percentage points) or per 100 offences',
      '  status: published, derived or approximate; a bound adds its direction ("approximate, over");',
      '  a figure derived from a rounded one is "derived, approximate"',
      "  confidence: high or medium, the figure's own",
      '  headline: yes for the figure shown, no for another release of the same figure',
      '  release, series: when it was published, and the release series of a republished figure',
      "  source_title, source_publisher, source_date, source_url: the figure's own source",
      '  note: as published; for a derived figure, its arithmetic',
      '  forces: for recorded offences, the forces behind the total',
      "  caveats: the place's caveat and the other values of the same figure (published or derived)",
      `- ${name}_wide.csv: the same figures with the periods as columns, then the periods not as`,
      '  published, the medium-confidence ones, the forces, the caveats and the sources.',
    ]),
    ...section(
      'Caveats',
      p.caveats.map((c) => `- ${c}`),
    ),
    ...section(
      'Marks',
      p.marks.map((m) => `- ${m}`),
    ),
    ...section(
      'Notes and revisions',
      p.notes.map((n) => `- ${n.label}: ${n.text}`),
    ),
    ...section('How to cite', [citationOneLine(p), '', citationFull(p)]),
    ...section(
      'Sources',
      p.sources.map((s) =>
        s.imported
          ? `- ${s.title} (added in this browser ${s.date ?? ''}; not checked against a publication)`
          : `- ${s.title}, ${s.publisher}${s.date ? `, ${s.date}` : ''}: ${s.url ?? 'address not recorded'}`,
      ),
    ),
    '',
  ].join('\r\n');
}
