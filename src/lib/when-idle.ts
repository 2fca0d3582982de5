/**
 * Runs `work` when the main thread is next idle: after the frame being drawn is painted, or within
 * `timeout` ms if the page stays busy. Where the browser cannot say, in a task of its own.
 * Returns a function that calls it off.
 */
export function whenIdle(work: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'undefined') {
    const timer = setTimeout(work);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(work, { timeout });
  return () => cancelIdleCallback(handle);
}
