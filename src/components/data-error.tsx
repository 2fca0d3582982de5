import { formatIssue } from '../data/row-issue';
import { DataFileError } from '../data/dataset';

const SHOWN = 20;

/** A data file could not be loaded or validated: say which, where, and offer to try again. */
export function DataError({
  error,
  onRetry,
  retrying,
}: {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}) {
  const issues = error instanceof DataFileError ? error.issues : [];
  const file = error instanceof DataFileError ? error.file : null;
  return (
    <div
      role="alert"
      className="mx-auto my-8 max-w-3xl rounded border-l-4 border-red-700 bg-red-50 p-5 text-red-950"
    >
      <h2 className="text-xl font-bold">
        {file ? `The data file ${file} could not be used` : 'The figures could not be loaded'}
      </h2>
      {issues.length > 0 ? (
        <>
          <p className="mt-2">
            {issues.length === 1
              ? 'One problem was found:'
              : `${issues.length} problems were found:`}
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {issues.slice(0, SHOWN).map((issue, i) => (
              <li key={i}>{file ? `${file}, ${formatIssue(issue)}` : formatIssue(issue)}</li>
            ))}
          </ul>
          {issues.length > SHOWN && <p className="mt-2">…and {issues.length - SHOWN} more.</p>}
        </>
      ) : (
        <p className="mt-2">{error.message}</p>
      )}
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-4 rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60"
      >
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
