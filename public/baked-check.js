// Runs before the first paint (a classic script in <head>): the baked default view is hidden when
// the address asks for another view (any query or #fragment) or imports are stored in this
// browser (src/data/import-store.ts keeps that flag), so no one sees numbers the page then
// changes. The page's scripts then draw the view asked for.
{
  let stored;
  try {
    stored = localStorage.getItem('online-grooming-dashboard:imports') === 'yes';
  } catch {
    stored = false;
  }
  if (location.search.length > 1 || location.hash.length > 1 || stored)
    document.documentElement.setAttribute('data-unbaked', '');
}
