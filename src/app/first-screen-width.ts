// The width of the trend chart's box on the first screen, worked out from the window as the page's
// CSS lays it out (dashboard.tsx's first-screen grid, panel-frame.tsx's panel), so the chart is
// drawn at its width without measuring it (components/chart-width-hint.ts). Where it is wrong (the
// CSS changed, an unusual window), the chart's box is still watched and the chart drawn again
// before the frame is painted; tests/e2e/trend.spec.ts holds it to the box at many widths.

/** The widest scrollbar this browser draws: 0 where scrollbars overlay the page. */
let scrollbar: number | null = null;
function scrollbarWidth(): number {
  if (scrollbar === null) {
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;top:-100px;width:100px;height:50px;overflow-y:scroll';
    document.body.append(probe);
    scrollbar = probe.offsetWidth - probe.clientWidth;
    probe.remove();
  }
  return scrollbar;
}

/** The trend chart's box width in whole pixels, as its layout will give it; 0 without a layout. */
export function firstScreenChartWidth(): number {
  const root = document.documentElement;
  // A document without layout (a test's DOM) has no width to work from.
  if (root.clientWidth === 0) return 0;
  // Tailwind's sizes are in rem, and so are its breakpoints (which media queries read as the
  // browser's default font size: the page does not set its own).
  const rem = parseFloat(getComputedStyle(root).fontSize) || 16;
  // The media queries see the whole window; the page is laid out beside its vertical scrollbar,
  // which it always has (the panels below the first screen), though not yet when this is read.
  const viewport = window.innerWidth;
  const page =
    root.scrollHeight > root.clientHeight ? root.clientWidth : viewport - scrollbarWidth();
  const border = 2;
  if (viewport < 40 * rem) return Math.round(page - 2 * rem - border - 2 * 0.75 * rem);
  if (viewport < 80 * rem) return Math.round(page - 2 * rem - border - 2 * 1.25 * rem);
  // Beside the headline figures: nine parts of fourteen, after the gap between them.
  const row = Math.min(page, 80 * rem) - 2 * rem;
  return Math.round(((row - 1.25 * rem) * 9) / 14 - border - 2 * 1.25 * rem);
}
