// Runs before the first paint (written into <head>, before the stylesheet, by
// build/bake-plugin.ts): the baked default view is hidden when the address asks for another view
// (any query or #fragment), so no one sees numbers of a view they did not ask for; the page's
// scripts then draw the view asked for. With imports stored in this browser
// (src/import/import-store.ts keeps that flag) the baked view stays, as the live page itself first
// shows the bundled figures, and says that the imports are being added.
{
  // Read only where it matters, the default view: a first read of localStorage costs about 10 ms.
  const stored = () => {
    try {
      return localStorage.getItem('online-grooming-dashboard:imports') === 'yes';
    } catch {
      return false;
    }
  };
  if (location.search.length > 1 || location.hash.length > 1) {
    document.documentElement.setAttribute('data-unbaked', '');
    // The view is drawn by the page's scripts alone: its modules are asked for now, all at once,
    // rather than one after another once the baked view below has been parsed.
    const modules = document.currentScript?.getAttribute('data-link-view') ?? '';
    for (const href of modules.split(' ').filter(Boolean)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
  } else if (stored()) document.documentElement.setAttribute('data-imports', '');
}
