import { lazy, Suspense, useRef, useState } from 'react';

// Few readers open a whole note: the dialog's code loads when first asked for.
const WholeText = lazy(() => import('./long-text-dialog').then((m) => ({ default: m.WholeText })));

/** Longest text shown in place; the rest is one click away. */
export const CLAMP_CHARS = 280;

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
        <Suspense fallback={null}>
          <WholeText
            text={text}
            label={label}
            onClose={() => {
              setOpen(false);
              opener.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
