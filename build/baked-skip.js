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
  // Each size and weight of the first screen's type is laid out once, hidden, as soon as the
  // parser lets go, while the scripts are still compiling: the renderer's first layout of each
  // asks the browser for the font, and the live page's first layout did that 16 times, before
  // its first chart (build/first-screen-type.ts lists them). Gone before any frame is painted.
  const type = document.currentScript?.dataset.type ?? '';
  setTimeout(() => {
    const box = document.createElement('div');
    box.setAttribute('aria-hidden', 'true');
    box.style.cssText =
      'position:absolute;top:0;left:0;width:1px;height:1px;overflow:hidden;visibility:hidden;contain:strict';
    for (const [size, weight] of type
      .split(',')
      .filter(Boolean)
      .map((t) => t.split(' '))) {
      const span = document.createElement('span');
      span.style.fontSize = size;
      span.style.fontWeight = weight;
      span.textContent = 'Ag0≈†';
      box.append(span);
    }
    document.body.append(box);
    box.getBoundingClientRect();
    box.remove();
  });
  document.write('<!--');
}
