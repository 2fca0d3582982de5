import { useEffect, useRef, useState } from 'react';

/** Longest text shown in place; the rest is one click away. */
export const CLAMP_CHARS = 280;

/** The whole text, in a modal dialog rendered only once asked for. */
function WholeText({ text, label, onClose }: { text: string; label: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => d?.close();
  }, []);
  // Closed before the parent unmounts it: the page behind a modal dialog is inert, so focus can
  // go back to "Show all" only once the dialog has closed.
  const finish = () => {
    dialog.current?.close();
    onClose();
  };
  return (
    <dialog
      ref={dialog}
      aria-label={label}
      onCancel={(e) => {
        e.preventDefault();
        finish();
      }}
      className="m-auto w-[min(48rem,calc(100vw-2rem))] rounded-lg p-0 backdrop:bg-slate-900/60"
    >
      <div className="max-h-[80vh] overflow-y-auto p-4 sm:p-6">
        <h2 className="text-lg font-bold">{label}</h2>
        <p className="mt-2 text-sm whitespace-pre-line [overflow-wrap:anywhere]">{text}</p>
        <button
          type="button"
          className="mt-4 rounded bg-brand px-4 py-2 text-sm font-semibold text-white"
          onClick={finish}
        >
          Close
        </button>
      </div>
    </dialog>
  );
}

/**
 * Text from a file (a note, a detail) shown at most CLAMP_CHARS long, with "Show all" for the
 * rest: an import may carry notes of 2,000 characters, and laying each out whole in every panel
 * would crowd the page and slow it down.
 */
export function LongText({ text, label }: { text: string; label: string }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (text.length <= CLAMP_CHARS) return <>{text}</>;
  return (
    <>
      {text.slice(0, CLAMP_CHARS)}…{' '}
      <button
        ref={opener}
        type="button"
        className="font-semibold text-brand underline"
        aria-label={`Show all: ${label}`}
        onClick={() => setOpen(true)}
      >
        Show all
      </button>
      {open && (
        <WholeText
          text={text}
          label={label}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}
