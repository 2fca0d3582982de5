// Runs where the baked view starts (build/bake-plugin.ts puts it there). For a link to another
// view, which baked-check.js has marked, the baked view is not built at all, only hidden and then
// removed: what is written here turns it into one comment, closed by the comment that follows it.
// The page's modules run once the document is parsed: with the CPU slowed 4×, parsing the baked
// view's elements was about a tenth of a link view's time to its first chart.
if (document.documentElement.hasAttribute('data-unbaked')) {
  // The first paint has no baked view to wait for.
  document.querySelector('link[rel="expect"]')?.remove();
  // A link view waits for its data files, and for whether this browser keeps imports (which the
  // link may name), before it is first drawn: both are asked for now, while the page's scripts
  // are still being compiled, and the page takes the answers up (src/data/queries.ts,
  // src/lib/database-kept.ts). Asked for once the scripts had run, they came 20–40 ms later.
  // The files are the head's preloads, which these requests take up.
  const early = {};
  for (const link of document.querySelectorAll('link[rel="preload"][as="fetch"]')) {
    const response = fetch(link.href);
    const body = response.then((r) => r.arrayBuffer());
    // Read only if taken up: a failure is the taker's to report.
    body.catch(() => {});
    early[link.href] = { response, body };
  }
  window.earlyDataFiles = early;
  try {
    if ('databases' in indexedDB) {
      window.earlyDatabases = indexedDB.databases();
      window.earlyDatabases.catch(() => {});
    }
  } catch {
    // Storage refused to this page: the page finds that out for itself.
  }
  document.write('<!--');
}
