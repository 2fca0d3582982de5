import { useLayoutEffect } from 'react';

/**
 * After a commit that changed `key`, has the browser lay the page out at once, in the time before
 * the display's next refresh, rather than at the start of the frame that shows the change: that
 * frame then only paints, and is on screen sooner. Rendered last, so every other layout effect of
 * the commit has written its part first.
 */
export function useLayoutNow(key: unknown): void {
  useLayoutEffect(() => {
    document.documentElement.getBoundingClientRect();
  }, [key]);
}
