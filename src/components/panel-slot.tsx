import { startTransition, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { Dataset } from '../data/dataset';
import { SlideFiltersContext, usePageFilterSet, type SlideFilters } from '../state/store';
import { PanelBoundary } from './panel-boundary';

interface Shown {
  filters: SlideFilters;
  dataset: Dataset;
}

/**
 * One panel of the page. It follows the filters and the data at once while it is on screen, and
 * just after while it is not: a change first paints what can be seen, and the panels below the
 * fold are drawn again after that frame, in the background. Scrolled into view, a panel is
 * brought up to date at once.
 */
export function PanelSlot({
  id,
  Panel,
  dataset,
}: {
  id: string;
  Panel: ComponentType<{ dataset: Dataset }>;
  dataset: Dataset;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const el = box.current;
    // Without the observer (a test's DOM), every panel counts as on screen.
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) =>
      setOnScreen(entries.at(-1)!.isIntersecting),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const filters = usePageFilterSet();
  const [lagging, setLagging] = useState<Shown>({ filters, dataset });
  const current = lagging.filters === filters && lagging.dataset === dataset;
  // On screen, it keeps up as it renders (React's pattern for state that follows a prop).
  if (onScreen && !current) setLagging({ filters, dataset });
  useEffect(() => {
    if (onScreen || current) return;
    // A timer set in an animation frame runs once that frame is painted.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setLagging({ filters, dataset })));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [filters, dataset, current, onScreen]);
  const shown = onScreen ? { filters, dataset } : lagging;
  // Made again only when what it shows changes: the slot's own renders pass it by.
  const panel = useMemo(
    () => (
      <SlideFiltersContext value={shown.filters}>
        <PanelBoundary id={id}>
          <Panel dataset={shown.dataset} />
        </PanelBoundary>
      </SlideFiltersContext>
    ),
    [id, Panel, shown.filters, shown.dataset],
  );
  return (
    <div ref={box} aria-busy={!onScreen && !current ? true : undefined}>
      {panel}
    </div>
  );
}
