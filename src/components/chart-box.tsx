import { cloneElement, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { usePresenting } from './presenting';

/**
 * A chart's drawing area: a fixed height on the page; on a slide, all the room the slide leaves.
 * The drawing is hidden from assistive technology and is no focus stop: its <figure>'s label says
 * what it shows and its key figures, and the panel's Table button (the focus stop before it) gives
 * every number. Recharts' keyboard layer would only move a tooltip a screen reader never hears.
 */
export function ChartBox({
  height,
  children,
}: {
  height: number;
  children: ReactElement<{ accessibilityLayer?: boolean }>;
}) {
  const presenting = usePresenting();
  const chart = cloneElement(children, { accessibilityLayer: false });
  if (!presenting)
    return (
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={height}>
          {chart}
        </ResponsiveContainer>
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
