import type { ReactNode } from 'react';
import { useFilterActions } from '../state/store';
import { CopyLink } from './copy-link';

/** Where focus returns after presenter mode when no other control opened it. */
export const PRESENT_BUTTON_ID = 'present-button';

const button = 'rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-blue-950';

/** Share or present the whole view; children add more actions to the row. */
export function ViewActions({ children }: { children?: ReactNode }) {
  const { setPresent } = useFilterActions();
  return (
    <div className="no-print flex flex-wrap items-center gap-2 sm:gap-3">
      <button
        type="button"
        id={PRESENT_BUTTON_ID}
        onClick={() => setPresent(true)}
        className={button}
        aria-keyshortcuts="p"
      >
        Present (p)
      </button>
      <CopyLink label="Copy link to this view" panel={null} className={button} />
      <button type="button" onClick={() => window.print()} className={button}>
        Print or save as PDF
      </button>
      {children}
    </div>
  );
}
