import { useSyncExternalStore } from 'react';
import { keptCopyNotice } from '../data/queries';

/** Says so when a data file on the host was not the one its manifest describes, and the page shows
 * the copy kept from the last visit instead. */
export function KeptCopyNotice() {
  const notice = useSyncExternalStore(keptCopyNotice.subscribe, keptCopyNotice.get);
  if (!notice) return null;
  return (
    <p
      role="alert"
      className="mx-auto mt-4 max-w-7xl rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm"
    >
      {notice}
    </p>
  );
}
