import { useEffect, useState } from 'react';
import { viewLink } from '../lib/view-link';

type State = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

/**
 * Copies a link and says so. Where the clipboard is refused (an insecure page, a browser setting),
 * the link is shown selected, to copy by hand.
 */
export function CopyLink({
  label,
  panel,
  className,
}: {
  label: string;
  panel: string | null;
  className: string;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const url = viewLink(panel);
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'failed', url });
    }
  };

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => void copy()} className={className}>
        {label}
      </button>
      <span role="status" className="text-sm">
        {state.kind === 'copied' && 'Link copied.'}
        {state.kind === 'failed' && (
          <label className="flex items-center gap-1">
            Copy this link:
            <input
              readOnly
              value={state.url}
              onFocus={(e) => e.target.select()}
              autoFocus
              className="w-64 rounded border px-1"
            />
          </label>
        )}
      </span>
    </span>
  );
}
