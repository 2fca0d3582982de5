import {
  cloneElement,
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ComponentProps,
  type ReactElement,
} from 'react';
import { ResponsiveContainer, Tooltip } from 'recharts';
import { inTurn } from '../lib/in-turn';
import { usePrinting } from '../lib/use-printing';
import { usePanelCapture } from './panel-capture';
import { usePresenting } from './presenting';

const TooltipWanted = createContext(false);

/** Whether the chart's tooltip is wanted yet: once a pointer has come over the chart. */
export const useTooltipWanted = () => useContext(TooltipWanted);

/** A Recharts tooltip, mounted once a pointer first comes over its chart (see TooltipGate). */
export function WantedTooltip(props: ComponentProps<typeof Tooltip>) {
  return useTooltipWanted() ? <Tooltip {...props} /> : null;
}

/**
 * The chart's box, telling its tooltip when a pointer (mouse, pen or finger) first comes over it:
 * most charts are never pointed at, and a Recharts tooltip was a sixth of a grouped bar chart's
 * first drawing (84 → 70 ms, median of 8 loads, without it). The keyboard has no tooltip (see
 * ChartBox); a pointer's first move over the chart comes after its enter, so the tooltip is there.
 */
function TooltipGate({ children, ...props }: ComponentProps<'div'>) {
  const [wanted, setWanted] = useState(false);
  return (
    <div {...props} onPointerEnter={wanted ? undefined : () => setWanted(true)}>
      <TooltipWanted value={wanted}>{children}</TooltipWanted>
    </div>
  );
}

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
      <TooltipGate
        aria-hidden="true"
        {...(!drawn && { style: { height }, 'data-chart-waiting': '' })}
      >
        {drawn && (
          <ResponsiveContainer width="100%" height={height}>
            {chart}
          </ResponsiveContainer>
        )}
      </TooltipGate>
    );
  return (
    <TooltipGate className="chart-box relative min-h-0 flex-1" aria-hidden="true">
      <div className="absolute inset-0">
        <ResponsiveContainer width="100%" height="100%">
          {chart}
        </ResponsiveContainer>
      </div>
    </TooltipGate>
  );
}
