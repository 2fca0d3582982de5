/**
 * Every size and weight of type on a link view's first screen (header, filter bar, headline
 * figures and trend chart) at any window width, as CSS lengths and weights. build/baked-skip.js
 * lays each out once, hidden, while the page's scripts are still downloading and compiling: a
 * renderer's first layout of a size and weight asks the browser for the font, by synchronous
 * message, and the live page's first layout asked 16 times (traced with the CPU slowed 4×: 50–60
 * ms of its 80–100 ms, inside the task that draws the first chart). tests/e2e/bake.spec.ts holds
 * the list to what the page draws.
 */
export const FIRST_SCREEN_TYPE: readonly string[] = [
  // Tailwind's text sizes, in rem as its stylesheet sets them.
  '0.75rem 400',
  '0.75rem 500',
  '0.75rem 600',
  '0.875rem 400',
  '0.875rem 500',
  '0.875rem 600',
  '0.875rem 700',
  '1rem 400',
  '1rem 600',
  '1rem 700',
  '1.125rem 600',
  '1.125rem 700',
  '1.25rem 700',
  '1.5rem 700',
  '1.875rem 700',
  // The trend chart's own, in pixels.
  '10.5px 600',
  '13px 400',
  '13px 700',
  '13.5px 600',
];
