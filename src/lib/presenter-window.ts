// The presenter view is a second window of the app itself: opened here, by presenter mode and by
// the deck list alike, so the two ways in open the same window with the same words when blocked.

/** The query that opens the app as the presenter view (`?console=1`). */
export const CONSOLE_QUERY = 'console=1';

/** The presenter view's window name: asking again brings the same window back, not another. */
const WINDOW_NAME = 'presenter-view';

/** Said when the browser refuses the window, with how to allow it. */
export const POPUP_BLOCKED =
  'The browser blocked the presenter view’s window. Allow pop-ups for this site (the blocked pop-up sign at the end of the address bar, or the site’s settings), then press “Open presenter view” again.';

/** Whether this page was opened as the presenter view. */
export function isConsoleLink(search: string): boolean {
  return new URLSearchParams(search).get('console') === '1';
}

/**
 * Opens the presenter view beside this window; null when the browser blocked it. Called from a
 * click, as browsers allow a new window only then.
 */
export function openPresenterWindow(): Window | null {
  const url = `${window.location.pathname}?${CONSOLE_QUERY}`;
  return window.open(url, WINDOW_NAME, 'popup,width=1280,height=800');
}

/** Opens a window again at `url` (the audience's, from the presenter view); null when blocked. */
export function reopenWindow(url: string): Window | null {
  return window.open(url, '_blank');
}
