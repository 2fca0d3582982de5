// A problem in a file, and how every message names it: without the reader, for the page's first
// script.

/** A problem in one cell (or one row, or the file itself when row is 0). Rows are counted as a
 * spreadsheet does: the header is row 1, the first figure row 2. */
export interface RowIssue {
  row: number;
  column: string | null;
  message: string;
}

/** Formats an issue the way every message in the app does: "row 12, column value: ...". */
export function formatIssue(issue: RowIssue): string {
  const where = [
    issue.row > 0 ? `row ${issue.row}` : null,
    issue.column ? `column ${issue.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${issue.message}` : issue.message;
}
