// Runs where the baked view starts (build/bake-plugin.ts puts it there). For a link to another
// view, which baked-check.js has marked, the baked view is not built at all, only hidden and then
// removed: what is written here turns it into one comment, closed by the comment that follows it.
// The page's modules run once the document is parsed: with the CPU slowed 4×, parsing the baked
// view's elements was about a tenth of a link view's time to its first chart.
if (document.documentElement.hasAttribute('data-unbaked')) {
  // The first paint has no baked view to wait for.
  document.querySelector('link[rel="expect"]')?.remove();
  document.write('<!--');
}
