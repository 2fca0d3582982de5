import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { formatImportTime, type Dataset } from '../../data/dataset';
import {
  dismissRemoved,
  removeImport,
  removeSkipped,
  undoRemove,
  useImportBatches,
  useRemovedImport,
  useSafeMode,
  useSkippedImports,
  useStorageProblem,
  type SkippedImport,
} from '../../data/import-store';
import { download } from '../../lib/export';
import { formatCount } from '../../lib/format';

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
          void import('../../data/import').then(({ observationsToCsv }) =>
            download(
              'online-grooming-observations.csv',
              new Blob([observationsToCsv(dataset.observations)], { type: 'text/csv' }),
            ),
          )
        }
      >
        Download all data (CSV)
      </button>
      {open && (
        <Suspense fallback={<p role="status">Opening…</p>}>
          <ImportDialog dataset={dataset} onClose={close} />
        </Suspense>
      )}
    </>
  );
}

/** This page's address without safe=1. */
function withoutSafe(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('safe');
  return `${url.pathname}${url.search}${url.hash}`;
}

function skippedName(s: SkippedImport): string {
  return s.fileName ?? 'An import with no name';
}

/** Stored imports left out of the page, each with why and Remove. */
function SkippedList({ skipped, safe }: { skipped: readonly SkippedImport[]; safe: boolean }) {
  return (
    <>
      {safe && (
        <p className="mt-1">
          Safe mode: the imports saved in this browser are not loaded, so the panels show the
          bundled figures only. Remove any import that stops the page working, then{' '}
          <a className={link} href={withoutSafe()}>
            open the dashboard with the saved imports
          </a>
          .
        </p>
      )}
      {skipped.length > 0 && (
        <>
          {!safe && (
            <p className="mt-1 font-medium text-amber-950">
              {skipped.length === 1
                ? 'One import saved in this browser was left out, so the page could open:'
                : `${skipped.length} imports saved in this browser were left out, so the page could open:`}
            </p>
          )}
          <ul aria-label="Imports not loaded" className="mt-2 space-y-1">
            {skipped.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-x-3">
                <span className="[overflow-wrap:anywhere]">
                  <span className="font-semibold">{skippedName(s)}</span>
                  {s.count !== null && `: ${figures(s.count)}`}
                  {s.importedAt && `, imported ${formatImportTime(s.importedAt)}`} ({s.reason})
                </span>
                <button
                  type="button"
                  className={link}
                  aria-label={`Remove ${skippedName(s)} (not loaded)`}
                  onClick={() => void removeSkipped(s.id)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

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
      <SkippedList skipped={skipped} safe={safe} />
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
