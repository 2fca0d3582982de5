import { useFilterActions, useUrlNotices } from '../state/store';

/**
 * Tells the user which parts of the link they opened were ignored, and why. The live region is
 * always in the page, so screen readers announce the notice when it fills in.
 */
export function UrlNotices() {
  const notices = useUrlNotices();
  const { dismissNotices } = useFilterActions();
  const shown = notices.length > 0;
  return (
    <div
      role="status"
      aria-labelledby={shown ? 'url-notices-heading' : undefined}
      className={shown ? 'mx-auto mt-4 max-w-7xl px-4' : undefined}
    >
      {shown && (
        <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          <h2 id="url-notices-heading" className="font-semibold">
            Some settings in this link were not used
          </h2>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button
            type="button"
            onClick={dismissNotices}
            className="mt-2 text-sm font-semibold underline"
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
