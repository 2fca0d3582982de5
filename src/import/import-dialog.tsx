import { useEffect, useRef, useState, type DragEvent } from 'react';
import { formatIssue, type RowIssue } from '../data/csv';
import type { Dataset } from '../data/dataset';
import {
  IMPORT_LIMIT_BYTES,
  TEMPLATE_CSV,
  importContext,
  type Comparison,
  type ImportSummary,
} from './import';
import { validateFile } from './import-client';
import { addImport } from './import-store';
import type { ImportTag, Observation } from '../data/schema';
import { INDICATORS } from '../data/vocabularies';
import { download } from '../lib/export';
import { formatCount, withMark } from '../data/format';

type State =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string; checked: number; total: number }
  | { kind: 'preview'; tag: ImportTag; result: ImportSummary }
  | { kind: 'failed'; message: string };

const button = 'rounded px-4 py-2 text-sm font-semibold';
const primary = `${button} bg-brand text-white hover:bg-blue-950`;
const secondary = `${button} border border-brand text-brand hover:bg-blue-50`;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function valueText(o: Observation): string {
  const unit = INDICATORS[o.indicator].unit;
  const text = withMark(unit === 'percent' ? `${o.value}%` : formatCount(o.value), o.status);
  return `${text}${o.release ? ` (released ${o.release})` : ' (no release date)'}`;
}

function NotListed({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  return <p className="mt-1 text-sm">…and {plural(total - shown, 'more')} not listed.</p>;
}

function IssueList({
  issues,
  total,
  label,
}: {
  issues: readonly RowIssue[];
  total: number;
  label: string;
}) {
  return (
    <>
      <ul aria-label={label} className="mt-2 max-h-64 list-disc overflow-y-auto pl-6 text-sm">
        {issues.map((issue, i) => (
          <li key={i}>{formatIssue(issue)}</li>
        ))}
      </ul>
      <NotListed shown={issues.length} total={total} />
    </>
  );
}

function ComparisonTable({
  comparisons,
  total,
}: {
  comparisons: readonly Comparison[];
  total: number;
}) {
  return (
    <div
      className="mt-2 max-h-72 overflow-auto"
      tabIndex={0}
      role="group"
      aria-label="Figures already shown"
    >
      <table className="w-full min-w-xl border-collapse text-left text-sm [overflow-wrap:normal]">
        <caption className="sr-only">
          Rows of the file that repeat or revise a figure shown now
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-1 pr-3">
              Row
            </th>
            <th scope="col" className="py-1 pr-3">
              Figure
            </th>
            <th scope="col" className="py-1 pr-3">
              Shown now
            </th>
            <th scope="col" className="py-1 pr-3">
              In the file
            </th>
            <th scope="col" className="py-1">
              After adding
            </th>
          </tr>
        </thead>
        <tbody>
          {comparisons.map((c) => (
            <tr key={c.row} className="border-b border-slate-200 align-top">
              <td className="py-1 pr-3">{c.row}</td>
              <td className="py-1 pr-3">{c.figure}</td>
              <td className="py-1 pr-3">
                {valueText(c.current)}
                {c.current.origin && ` from ${c.current.origin.fileName}`}
              </td>
              <td className="py-1 pr-3">{valueText(c.imported)}</td>
              <td className="py-1">
                {c.kind === 'duplicate'
                  ? 'Same figure: nothing changes'
                  : c.becomesHeadline
                    ? 'The file’s value is shown; the current one is listed as a revision'
                    : 'The current value stays; the file’s is listed as a revision'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NotListed shown={comparisons.length} total={total} />
    </div>
  );
}

function Preview({ tag, result }: { tag: ImportTag; result: ImportSummary }) {
  const { errors, errorCount, warnings, warningCount, comparisons, revisions, duplicates } = result;
  if (!result.packed)
    return (
      <div className="mt-4 rounded border-l-4 border-red-700 bg-red-50 p-3">
        <h3 className="font-semibold text-red-900">
          {tag.fileName} cannot be added: {plural(errorCount, 'error')}
          {result.rowCount > 0 ? ` in ${plural(result.rowCount, 'row')}` : ''}
        </h3>
        <p className="mt-1 text-sm">
          Nothing from this file has been added. Correct the file and choose it again.
        </p>
        <IssueList issues={errors} total={errorCount} label="Errors" />
      </div>
    );
  return (
    <div className="mt-4">
      <p className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold">
        {tag.fileName}:{' '}
        {result.packed.count === 1
          ? 'the row is valid.'
          : `all ${plural(result.packed.count, 'row')} are valid.`}
      </p>
      {warningCount > 0 && (
        <div className="mt-3">
          <h3 className="font-semibold">{plural(warningCount, 'warning')}</h3>
          <IssueList issues={warnings} total={warningCount} label="Warnings" />
        </div>
      )}
      {comparisons.length > 0 && (
        <div className="mt-3">
          <h3 className="font-semibold">
            {[
              revisions &&
                `${plural(revisions, 'row')} ${revisions === 1 ? 'revises' : 'revise'} a figure shown now`,
              duplicates &&
                `${plural(duplicates, 'row')} ${duplicates === 1 ? 'repeats' : 'repeat'} a figure shown now`,
            ]
              .filter(Boolean)
              .join('; ')}
          </h3>
          <p className="mt-1 text-sm">
            A figure from the file replaces the one shown only if its release is later (and a
            derived value never replaces a published one).
          </p>
          <ComparisonTable comparisons={comparisons} total={revisions + duplicates} />
        </div>
      )}
    </div>
  );
}

/** "Add data": choose or drop a CSV file, see what is wrong with it or what it changes, confirm. */
export function ImportDialog({ dataset, onClose }: { dataset: Dataset; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => {
      abort.current?.abort();
      d?.close();
    };
  }, []);

  const check = async (file: File) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const tag: ImportTag = {
      id: crypto.randomUUID(),
      fileName: file.name,
      importedAt: new Date().toISOString(),
    };
    setState({ kind: 'checking', fileName: file.name, checked: 0, total: 0 });
    try {
      const result = await validateFile(
        file,
        importContext(dataset, tag),
        (checked, total) => setState({ kind: 'checking', fileName: file.name, checked, total }),
        controller.signal,
      );
      if (!controller.signal.aborted) setState({ kind: 'preview', tag, result });
    } catch (e) {
      if (!controller.signal.aborted)
        setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void check(file);
  };

  // Closed before the parent unmounts it: the page behind a modal dialog is inert, so focus can
  // only go back to the button that opened it once the dialog has closed.
  const finish = () => {
    dialog.current?.close();
    onClose();
  };

  const confirm = () => {
    if (state.kind !== 'preview') return;
    // The time the figures were added, not when the file was checked.
    const tag = { ...state.tag, importedAt: new Date().toISOString() };
    if (state.result.packed) void addImport({ tag, packed: state.result.packed });
    finish();
  };

  const adding = state.kind === 'preview' ? state.result.packed : null;
  return (
    <dialog
      ref={dialog}
      aria-labelledby="import-heading"
      onCancel={(e) => {
        e.preventDefault();
        finish();
      }}
      className="m-auto w-[min(56rem,calc(100vw-2rem))] rounded-lg p-0 backdrop:bg-slate-900/60"
    >
      <div className="max-h-[85vh] overflow-y-auto p-4 sm:p-6">
        <h2 id="import-heading" className="text-xl font-bold">
          Add data from a CSV file
        </h2>
        <p className="mt-2 text-sm">
          One figure per row, in the columns of the dashboard's own <code>observations.csv</code>:
          indicator, period, geography and value are required; platform, age band, sex, status,
          source, release and note are optional. Files up to {IMPORT_LIMIT_BYTES / 1024 / 1024} MB.
          Nothing is added until you confirm, and added figures stay in this browser only.
        </p>
        <button
          type="button"
          className={`${secondary} mt-3`}
          onClick={() =>
            download('observations-template.csv', new Blob([TEMPLATE_CSV], { type: 'text/csv' }))
          }
        >
          Download a template (CSV)
        </button>

        <label
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`mt-4 flex cursor-pointer flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center ${dragging ? 'border-brand bg-blue-50' : 'border-slate-400'}`}
        >
          <span className="font-semibold">Choose a CSV file, or drop one here</span>
          <input
            type="file"
            accept=".csv,text/csv"
            className="text-sm file:mr-3 file:rounded file:border-0 file:bg-brand file:px-3 file:py-2 file:font-semibold file:text-white"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void check(file);
              e.target.value = '';
            }}
          />
        </label>

        <div role="status" aria-live="polite" className="mt-3">
          {state.kind === 'checking' && (
            <>
              <p>
                Checking {state.fileName}
                {state.total > 0
                  ? `: row ${formatCount(state.checked)} of ${formatCount(state.total)}`
                  : '…'}
              </p>
              <progress
                className="mt-1 w-full"
                aria-label={`Checking ${state.fileName}`}
                max={state.total || undefined}
                value={state.total ? state.checked : undefined}
              />
            </>
          )}
          {state.kind === 'failed' && (
            <p className="rounded border-l-4 border-red-700 bg-red-50 p-3">
              The file could not be read: {state.message}. Nothing has been added.
            </p>
          )}
        </div>
        {state.kind === 'preview' && <Preview tag={state.tag} result={state.result} />}

        <div className="mt-6 flex flex-wrap gap-3">
          {adding && (
            <button type="button" className={primary} onClick={confirm}>
              Add {plural(adding.count, 'figure')} to the dashboard
            </button>
          )}
          <button type="button" className={secondary} onClick={finish}>
            {adding ? 'Cancel' : 'Close'}
          </button>
        </div>
      </div>
    </dialog>
  );
}
