import { useEffect, useState } from 'react';

/** A tab in view checks the host again at most this often. */
const CHECK_EVERY_MS = 10 * 60 * 1000;

/**
 * Says so when the host has newer data files than the ones shown, with a button to show them.
 * Checked when the connection comes back and when the tab comes back into view: the figures
 * never change behind the user's back, but the user learns they are out of date.
 */
export function DataUpdateNotice({ onUpdate }: { onUpdate: () => void }) {
  const [newer, setNewer] = useState(false);
  useEffect(() => {
    let last = Date.now();
    const check = (force: boolean) => {
      if (!force && Date.now() - last < CHECK_EVERY_MS) return;
      last = Date.now();
      void import('../data/data-update')
        .then((m) => m.newerDataAvailable())
        .then((yes) => yes && setNewer(true));
    };
    const online = () => check(true);
    const visible = () => document.visibilityState === 'visible' && check(false);
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', visible);
    };
  }, []);
  return (
    <div role="status" className="mx-auto max-w-7xl px-4 empty:hidden">
      {newer && (
        <p className="mt-4 flex flex-wrap items-center gap-x-3 rounded border-l-4 border-brand bg-blue-50 p-3 text-sm">
          Newer figures have been published since this page was opened.
          <button
            type="button"
            className="font-semibold text-brand underline"
            onClick={() => {
              setNewer(false);
              onUpdate();
            }}
          >
            Show the new figures
          </button>
        </p>
      )}
    </div>
  );
}
