import { MEDIUM_LEGEND, marksLegend } from '../data/format';
import type { Source } from '../data/schema';
import type { DataTableProps } from '../components/data-table';
import type { PanelNote } from '../components/panel-chrome';

/** Everything a panel's outputs carry besides its numbers (DESIGN.md, "Outputs"). */
export interface PanelExport {
  id: string;
  title: string;
  /** The takeaway's lead, shown in a picture above the chart. */
  headline: string;
  takeaway: string;
  /** "England and Wales, United Kingdom · all platforms · 2017/18–2024/25 · counts" */
  filterLine: string;
  caveats: readonly string[];
  notes: readonly PanelNote[];
  /** The marks legend: one line per mark the panel's numbers use. */
  marks: readonly string[];
  sources: readonly Source[];
  tables: readonly DataTableProps[];
  /** The link back to this exact view. */
  link: string;
  accessed: Date;
}

/** What a panel hands its Export menu; the rest is read when the user asks. */
export type ExportPanel = Omit<PanelExport, 'filterLine' | 'marks' | 'link' | 'accessed'>;

/**
 * The marks a panel's outputs carry, each explained in the words of the panel's own legend
 * (DESIGN.md: a mark is explained wherever it appears).
 */
export function marksOf(p: Pick<PanelExport, 'takeaway' | 'caveats' | 'tables'>): string[] {
  const cells = p.tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
  const legend = marksLegend([
    p.takeaway,
    ...p.caveats,
    ...cells.flatMap((c) => [c.text, c.remark ?? '']),
  ]);
  // Every chart marks its medium-confidence figures with * (data/format.ts, MEDIUM_MARK).
  if (cells.some((c) => c.confidence === 'M') && !legend.includes(MEDIUM_LEGEND))
    legend.push(MEDIUM_LEGEND);
  if (cells.some((c) => c.text === '—')) legend.push('— no figure published');
  if (cells.some((c) => c.importedFrom))
    legend.push(
      'imported: added in this browser from a CSV file, not checked against a publication',
    );
  return legend;
}
