import type { Source } from '../data/schema';
import type { DataTableProps } from './data-table';
import type { PanelNote } from './panel-frame';

/** Everything a panel's outputs carry besides its numbers (DESIGN.md, "Outputs"). */
export interface PanelExport {
  id: string;
  title: string;
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

/** The marks the tables use, each explained (DESIGN.md: a mark is explained wherever it appears). */
export function marksOf(tables: readonly DataTableProps[]): string[] {
  const cells = tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
  return [
    cells.some((c) => c.status === 'derived' || c.text.includes('†')) &&
      '† derived: computed from published figures (the note gives the arithmetic)',
    cells.some((c) => c.status === 'approximate' || c.text.includes('≈')) &&
      '≈ approximate: published as a rounded or "around" figure',
    cells.some((c) => c.figure?.bound === 'over') &&
      'over: a lower bound, published as "over" or "more than" the value',
    cells.some((c) => c.figure?.bound === 'under') &&
      'under: an upper bound, published as "nearly" or "under" the value',
    cells.some((c) => c.text === '—') && '— no figure published',
    cells.some((c) => c.importedFrom) &&
      'imported: added in this browser from a CSV file, not checked against a publication',
  ].filter((m): m is string => typeof m === 'string');
}
