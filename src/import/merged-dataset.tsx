import { startTransition, useEffect, useState } from 'react';
import { withImportsInSteps, type Dataset, type ImportBatch } from '../data/dataset';
import { formatCount } from '../data/format';
import { yieldToMain } from '../lib/yield-to-main';
import { useImportBatches, useImportsReady, useReadingRows } from './import-store';

/**
 * Whether the page was opened by a link to a view (a query or a fragment): such a link may name an
 * imported place or year, which must not be refused as outside the data before the imports are in.
 * A plain visit shows the bundled figures at once, and the imports follow.
 */
const OPENED_BY_LINK =
  typeof window !== 'undefined' &&
  (window.location.search.length > 1 || window.location.hash.length > 1);

interface Merged {
  bundled: Dataset;
  batches: readonly ImportBatch[];
  dataset: Dataset;
}

/**
 * The bundled data set with the imports merged in. Merging is done in steps, so that a large
 * import does not freeze the page; the previous data set (at first the bundled one) stays on
 * screen meanwhile. `dataset` is null while the page must wait: no data yet, or a link waiting for
 * the imports it may name.
 */
export function useDatasetWithImports(bundled: Dataset | undefined) {
  const batches = useImportBatches();
  const ready = useImportsReady();
  const [merged, setMerged] = useState<Merged | null>(null);
  useEffect(() => {
    if (!bundled || batches.length === 0) return;
    let current = true;
    void withImportsInSteps(bundled, batches, yieldToMain).then((dataset) => {
      // A transition: React draws the panels with the merged figures in slices, yielding to the
      // page between them, where an ordinary update would draw them all in one task.
      if (current) startTransition(() => setMerged({ bundled, batches, dataset }));
    });
    return () => {
      current = false;
    };
  }, [bundled, batches]);
  if (!bundled || (!ready && OPENED_BY_LINK)) return { dataset: null, merging: false };
  if (batches.length === 0) {
    // Remembered, so that imports arriving keep the page on screen while they merge.
    if (merged?.dataset !== bundled) setMerged({ bundled, batches, dataset: bundled });
    return { dataset: bundled, merging: false };
  }
  if (merged?.bundled !== bundled)
    return OPENED_BY_LINK ? { dataset: null, merging: true } : { dataset: bundled, merging: true };
  return { dataset: merged.dataset, merging: merged.batches !== batches };
}

/** What the status says while stored imports are known to exist but not yet read. */
const PENDING = 'Adding your imported rows…';

/**
 * Whether build/baked-check.js found imports stored in this browser: it then leaves the baked
 * view on screen, saying PENDING (see index.css), and the live page says the same until it knows
 * how many rows there are, so the line neither goes nor moves when one gives way to the other.
 */
const FLAGGED =
  typeof document !== 'undefined' && document.documentElement.hasAttribute('data-imports');

/**
 * Whether imports stored in this browser are still being read or merged: the panels below the
 * first screen wait for them (see the dashboard), so they are drawn once, with them.
 */
export function useStoredImportsPending(merging: boolean): boolean {
  const ready = useImportsReady();
  return merging || (!ready && FLAGGED);
}

const rowsOf = (rows: number) => `${formatCount(rows)} imported ${rows === 1 ? 'row' : 'rows'}`;

/**
 * Says that imports are being added while the page shows the figures without them, then that the
 * figures include them: one line that stays while there are imports, so the page does not move
 * when they are in (the list of them is below the first screen).
 */
export function ImportsStatus({ merging }: { merging: boolean }) {
  const batches = useImportBatches();
  const reading = useReadingRows();
  const ready = useImportsReady();
  const imported = batches.reduce((sum, b) => sum + b.packed.count, 0);
  const rows = merging ? imported : reading;
  let said = '';
  if (rows > 0) said = `Adding your ${rowsOf(rows)}…`;
  else if (!ready && FLAGGED) said = PENDING;
  else if (imported > 0) said = `These figures include your ${rowsOf(imported)}.`;
  return (
    <p role="status" data-pending={PENDING} className="mx-auto max-w-7xl px-4 text-sm empty:hidden">
      {said}
    </p>
  );
}
