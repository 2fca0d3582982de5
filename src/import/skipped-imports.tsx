import { formatImportTime } from '../data/dataset';
import { removeSkipped, type SkippedImport } from './import-store';
import { formatCount } from '../data/format';

const link = 'font-semibold text-brand underline';

function figures(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'figure' : 'figures'}`;
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
export function SkippedList({
  skipped,
  safe,
}: {
  skipped: readonly SkippedImport[];
  safe: boolean;
}) {
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
