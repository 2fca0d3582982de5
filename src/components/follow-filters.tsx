import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { SlideFiltersContext, usePageFilterSet } from '../state/store';

/**
 * A panel follows the page's filters at once while it is on screen (or near it), and just after
 * while it is not: a filter change first paints what can be seen, and the charts below the fold
 * are redrawn after that frame, in the background. Scrolled into view, a panel is brought up to
 * date at once.
 */
export function FollowFilters({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const el = box.current;
    // Without the observer (a test's DOM), every panel counts as on screen.
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => setOnScreen(entries.at(-1)!.isIntersecting),
      { rootMargin: '0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const filters = usePageFilterSet();
  const [lagging, setLagging] = useState(filters);
  // On screen, it keeps up as it renders (React's pattern for state that follows a prop).
  if (onScreen && lagging !== filters) setLagging(filters);
  useEffect(() => {
    if (onScreen || lagging === filters) return;
    // A timer set in an animation frame runs once that frame is painted.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setLagging(filters)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [filters, lagging, onScreen]);
  const shown = onScreen ? filters : lagging;
  return (
    <div ref={box} aria-busy={shown !== filters || undefined}>
      <SlideFiltersContext value={shown}>{children}</SlideFiltersContext>
    </div>
  );
}
