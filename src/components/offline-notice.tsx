import { useSyncExternalStore } from 'react';
import type { Dataset } from '../data/dataset';

function subscribe(notify: () => void) {
  window.addEventListener('online', notify);
  window.addEventListener('offline', notify);
  return () => {
    window.removeEventListener('online', notify);
    window.removeEventListener('offline', notify);
  };
}

/** Says so when the page works from the copy saved on this device. */
export function OfflineNotice({ dataset }: { dataset: Dataset }) {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  if (online) return null;
  const latest = dataset.observations.reduce(
    (max, o) => (o.release && o.release > max ? o.release : max),
    '',
  );
  return (
    <div role="status" className="mx-auto mt-4 max-w-7xl px-4">
      <p className="rounded border-l-4 border-slate-600 bg-slate-100 p-3 text-sm">
        You are offline: the figures are the copy saved on this device
        {latest ? `, with data as of the ${latest} release` : ''}. Links to sources need a
        connection.
      </p>
    </div>
  );
}
