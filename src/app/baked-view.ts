/** Whether the live page has drawn what the baked view shows: figures loaded, trend lines in. */
function drawn(root: HTMLElement): boolean {
  const main = root.querySelector('main');
  if (!main || main.textContent.startsWith('Loading the figures')) return false;
  const trend = root.querySelector('#trend figure');
  return !trend || trend.querySelector('.chart-line') !== null;
}

/**
 * The view baked into the page at build time (build/bake-plugin.ts) stays on screen while the
 * live page renders, unseen, beneath it (see index.css); it is removed in the same frame as the
 * live page is drawn, so nothing flashes or moves. When baked-check.js hid it (another view
 * asked for, or imports stored), it goes at once.
 */
export function replaceBakedView(root: HTMLElement): void {
  const baked = document.getElementById('baked');
  if (!baked) return;
  if (document.documentElement.hasAttribute('data-unbaked')) {
    baked.remove();
    return;
  }
  // Mutation records are delivered after React's commit and before the frame is painted.
  const observer = new MutationObserver(() => {
    if (!drawn(root)) return;
    observer.disconnect();
    baked.remove();
  });
  observer.observe(root, { childList: true, subtree: true });
}
