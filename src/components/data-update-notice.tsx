import { useEffect, useState } from 'react';

/** A tab coming back into view checks the host again at most this often. */
const CHECK_EVERY_MS = 30 * 1000;

/** After the connection comes back, a check that finds no connection yet is made again after these waits. */
const AGAIN_AFTER_MS = [2_000, 5_000, 15_000];

/**
 * Says so when the host has newer data files than the ones shown, with a button to show them.
 * Checked when the connection comes back and when the tab comes back into view: the figures
 * never change behind the user's back, but the user learns they are out of date.
 */
export function DataUpdateNotice({ onUpdate }: { onUpdate: () => void }) {
  const [newer, setNewer] = useState(false);
  useEffect(() => {
    let last = 0;
    let checking = false;
    let again: ReturnType<typeof setTimeout> | undefined;
    const check = async (tries: number) => {
      checking = true;
      last = Date.now();
      const { checkHostData } = await import('../data/data-update');
      const found = await checkHostData();
      checking = false;
      if (found === 'newer') setNewer(true);
      else if (found === 'unreachable' && tries < AGAIN_AFTER_MS.length)
        again = setTimeout(() => void check(tries + 1), AGAIN_AFTER_MS[tries]);
    };
    const online = () => {
      clearTimeout(again);
      if (!checking) void check(0);
    };
    const visible = () => {
      if (document.visibilityState !== 'visible' || checking) return;
      if (Date.now() - last >= CHECK_EVERY_MS) void check(AGAIN_AFTER_MS.length);
    };
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', visible);
    return () => {
      clearTimeout(again);
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
