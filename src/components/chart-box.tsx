import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { usePresenting } from './presenting';

/** A chart's drawing area: a fixed height on the page; on a slide, all the room the slide leaves. */
export function ChartBox({ height, children }: { height: number; children: ReactElement }) {
  const presenting = usePresenting();
  if (!presenting)
    return (
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    );
  return (
    <div className="chart-box relative min-h-0 flex-1">
      <div className="absolute inset-0">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </div>
  );
}
