/**
 * The link back to this exact view: the current address with `panel` set (when given) and
 * without `embed`, so a link copied or cited from an embedded panel opens the full dashboard.
 */
export function viewLink(panel: string | null, href = window.location.href): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  if (panel) {
    url.searchParams.set('panel', panel);
    url.hash = '';
  }
  // URLSearchParams escapes commas; shared links read better with them as typed.
  return url.toString().replace(/%2C/gi, ',');
}

/** The address of one panel alone, with the current filters, for an <iframe>. */
export function embedLink(panel: string, href = window.location.href): string {
  const url = new URL(href);
  url.searchParams.delete('panel');
  url.searchParams.delete('present');
  url.searchParams.set('embed', panel);
  url.hash = '';
  return url.toString().replace(/%2C/gi, ',');
}

/** The message an embedded panel posts to its host page whenever its height changes. */
export const EMBED_MESSAGE = 'grooming-dashboard:height';
