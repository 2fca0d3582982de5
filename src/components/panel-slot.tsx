import { startTransition, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { Dataset } from '../data/dataset';
import { SlideFiltersContext, usePageFilterSet, type SlideFilters } from '../state/store';
import { PanelBoundary, PanelPlaceholder } from './panel-boundary';
import { inTurn } from '../lib/in-turn';
import { usePrinting } from '../lib/use-printing';

/**
 * How long the filters and data must stay as they are before a panel below the fold is drawn
 * again. Drawn right after each change's paint, a quick second click (one frame after the first)
 * landed on a panel's redraw: p95 from the click to its paint 25.5 ms, where clicks on a settled
 * page took 21.1 ms (100 clicks each, trend chart on screen); with the wait, 22.3 ms.
 */
export const QUIET_MS = 250;

interface Shown {
  filters: SlideFilters;
  dataset: Dataset;
}

/**
 * One panel of the page. It follows the filters and the data at once while it is on screen, and
 * soon after while it is not: a change first paints what can be seen, and once the changes have
 * stopped for a moment the panels below the fold are drawn again, in the background, one at a
 * time. Scrolled into view, a panel is brought up to date at once. A panel given `load` is first
 * drawn in its turn too, once its code is loaded: the panels below the first screen come one per
 * task, not all in one.
 */
export function PanelSlot({
  id,
  Panel,
  dataset,
  load,
}: {
  id: string;
  Panel: ComponentType<{ dataset: Dataset }>;
  dataset: Dataset;
  load?: () => Promise<unknown>;
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
  const [drawn, setDrawn] = useState(!load);
  // On screen, or not drawn yet, it keeps up as it renders (React's pattern for state that
  // follows a prop).
  if ((onScreen || !drawn) && !current) setLagging({ filters, dataset });
  useEffect(() => {
    if (onScreen || current || !drawn) return;
    // Each change starts the wait again: while changes keep coming, nothing is drawn behind them.
    let done = () => {};
    const timer = setTimeout(() => {
      done = inTurn(() => startTransition(() => setLagging({ filters, dataset })));
    }, QUIET_MS);
    return () => {
      clearTimeout(timer);
      done();
    };
  }, [filters, dataset, current, onScreen, drawn]);
  useEffect(() => {
    if (drawn || !load) return;
    return inTurn(async () => {
      // A failed download is the panel's to say, when drawn.
      await load().catch(() => {});
      startTransition(() => setDrawn(true));
    });
  }, [drawn, load]);
  const printing = usePrinting();
  // Paper gets the newest, whatever has been redrawn on screen.
  const upToDate = onScreen || printing;
  const target = upToDate ? { filters, dataset } : lagging;
  // A redraw in the background that a newer change overtook before React finished it: React
  // takes it up again right after the newer change's own render, before that change is painted.
  // It keeps what the panel shows (its turn for the newest comes after that paint).
  const overtaken = !upToDate && drawn && !current;
  const [drawnWith, setDrawnWith] = useState(target);
  if (!overtaken && (drawnWith.filters !== target.filters || drawnWith.dataset !== target.dataset))
    setDrawnWith(target);
  const shown = overtaken ? drawnWith : target;
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
      {drawn || printing ? panel : <PanelPlaceholder />}
    </div>
  );
}
