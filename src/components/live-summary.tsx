import { useState } from 'react';
import type { Dataset } from '../data/dataset';
import { useFilterLine } from '../state/filter-line';

/**
 * One polite sentence after any change of the filters, so a screen reader hears what the charts
 * now show ("Showing Wales · Snapchat · 2021/22–2024/25 · shares"). Silent as the page opens: the
 * page itself says that.
 */
export function LiveSummary({ dataset }: { dataset: Dataset }) {
  const line = useFilterLine(dataset);
  // The opening line, until the first change; from then on every line is said.
  const [opening, setOpening] = useState<string | null>(line);
  if (opening !== null && line !== opening) setOpening(null);
  return (
    <p role="status" aria-live="polite" className="sr-only">
      {opening === null ? `Showing ${line}` : ''}
    </p>
  );
}
