import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { formatImportTime, type Dataset } from '../data/dataset';
import {
  dismissRemoved,
  removeImport,
  undoRemove,
  useImportBatches,
  useRemovedImport,
  useSafeMode,
  useSkippedImports,
  useStorageProblem,
} from './import-store';
import { download } from '../lib/export';
import { formatCount } from '../data/format';

// Few visits add data: the dialog and its checker load when first opened.
const ImportDialog = lazy(() =>
  import('./import-dialog').then((m) => ({ default: m.ImportDialog })),
);

const button = 'rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-blue-950';
const link = 'font-semibold text-brand underline';

function figures(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'figure' : 'figures'}`;
}

/** "Add data" and "Download all data", for the row of page actions. */
export function DataButtons({ dataset }: { dataset: Dataset }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <button ref={opener} type="button" className={button} onClick={() => setOpen(true)}>
        Add data
      </button>
      <button
        type="button"
        className={button}
        onClick={() =>
          void import('../data/tidy').then(({ allFiguresCsv }) =>
            download(
              'online-grooming-figures.csv',
              new Blob([allFiguresCsv(dataset)], { type: 'text/csv;charset=utf-8' }),
            ),
          )
        }
      >
        Download all data (CSV)
      </button>
      {/* The tidy file is for reading; this one goes back in through Add data unchanged. */}
      <button
        type="button"
        className={button}
        onClick={() =>
          void import('./import').then(({ observationsToCsv }) =>
            download(
              'online-grooming-observations.csv',
              new Blob([observationsToCsv(dataset.observations)], { type: 'text/csv' }),
            ),
          )
        }
      >
        Download in the import format (CSV)
      </button>
      {open && (
        <Suspense fallback={<p role="status">Opening…</p>}>
          <ImportDialog dataset={dataset} onClose={close} />
        </Suspense>
      )}
    </>
  );
}

// Only a visit with stored imports left out (or safe=1) shows them: their list loads then.
const SkippedList = lazy(() =>
  import('./skipped-imports').then((m) => ({ default: m.SkippedList })),
);

/** The imports in use, each removable (with undo), and whether they can be kept; stored imports
 * that were left out, each removable. */
export function ImportsList({ merging }: { merging: boolean }) {
  const batches = useImportBatches();
  const removed = useRemovedImport();
  const problem = useStorageProblem();
  const skipped = useSkippedImports();
  const safe = useSafeMode();
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The removed item's button is gone; the undo button is the natural next stop.
    if (removed) undo.current?.focus();
  }, [removed]);
  if (batches.length === 0 && !removed && !problem && !merging && !safe && skipped.length === 0)
    return <div role="status" />;
  return (
    <section
      aria-labelledby="imports-heading"
      className="no-print rounded-lg border border-amber-700 bg-amber-50 p-4 text-sm"
    >
      <h2 id="imports-heading" className="text-base font-bold">
        Imported data
      </h2>
      {problem && <p className="mt-1 font-medium text-amber-950">{problem}</p>}
      {(safe || skipped.length > 0) && (
        <Suspense fallback={null}>
          <SkippedList skipped={skipped} safe={safe} />
        </Suspense>
      )}
      {batches.length > 0 && (
        <>
          <p className="mt-1">
            These figures were added in this browser. Panels mark them “imported”.
          </p>
          <ul className="mt-2 space-y-1">
            {batches.map(({ tag, packed }) => (
              <li key={tag.id} className="flex flex-wrap items-center gap-x-3">
                <span>
                  <span className="font-semibold">{tag.fileName}</span>: {figures(packed.count)},
                  imported {formatImportTime(tag.importedAt)}
                </span>
                <button
                  type="button"
                  className={link}
                  aria-label={`Remove ${tag.fileName}, imported ${formatImportTime(tag.importedAt)}`}
                  onClick={() => void removeImport(tag.id)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div role="status" className="mt-2">
        {merging && <p>Adding the imported figures to the panels…</p>}
        {removed && (
          <span className="flex flex-wrap items-center gap-x-3">
            Removed {removed.tag.fileName} ({figures(removed.packed.count)}).
            <button ref={undo} type="button" className={link} onClick={() => void undoRemove()}>
              Undo
            </button>
            <button type="button" className={link} onClick={dismissRemoved}>
              Dismiss
            </button>
          </span>
        )}
      </div>
    </section>
  );
}
