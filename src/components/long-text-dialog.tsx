import { useEffect, useRef } from 'react';

/** The whole text, in a modal dialog rendered only once asked for. */
export function WholeText({
  text,
  label,
  onClose,
}: {
  text: string;
  label: string;
  onClose: () => void;
}) {
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
