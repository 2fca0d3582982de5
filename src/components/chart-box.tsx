import { cloneElement, startTransition, useEffect, useState, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { inTurn } from '../lib/in-turn';
import { usePrinting } from '../lib/use-printing';
import { usePanelCapture } from './panel-capture';
import { usePresenting } from './presenting';

/**
 * A chart's drawing area: a fixed height on the page; on a slide, all the room the slide leaves.
 * The drawing is hidden from assistive technology and is no focus stop: its <figure>'s label says
 * what it shows and its key figures, and the panel's Table button (the focus stop before it) gives
 * every number. Recharts' keyboard layer would only move a tooltip a screen reader never hears.
 */
export function ChartBox({
  height,
  later = false,
  children,
}: {
  height: number;
  /**
   * A panel's second or third chart: on the page it is drawn in a task of its own after the
   * first, its box keeping its height meanwhile. A Recharts chart's first drawing is one task
   * (its store settles in synchronous updates), so three drawn together held the page for a
   * quarter of a second.
   */
  later?: boolean;
  children: ReactElement<{ accessibilityLayer?: boolean }>;
}) {
  const presenting = usePresenting();
  const printing = usePrinting();
  const unseen = usePanelCapture()?.unseen === true;
  const [turn, setTurn] = useState(!later);
  useEffect(() => {
    if (turn || unseen) return;
    return inTurn(() => startTransition(() => setTurn(true)));
  }, [turn, unseen]);
  if (unseen) return null;
  const chart = cloneElement(children, { accessibilityLayer: false });
  const drawn = turn || printing;
  if (!presenting)
    return (
      <div aria-hidden="true" {...(!drawn && { style: { height }, 'data-chart-waiting': '' })}>
        {drawn && (
          <ResponsiveContainer width="100%" height={height}>
            {chart}
          </ResponsiveContainer>
        )}
      </div>
    );
  return (
    <div className="chart-box relative min-h-0 flex-1" aria-hidden="true">
      <div className="absolute inset-0">
        <ResponsiveContainer width="100%" height="100%">
          {chart}
        </ResponsiveContainer>
      </div>
    </div>
  );
}
