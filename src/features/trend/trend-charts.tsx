import { lazy, Suspense, useState } from 'react';
import { READABLE_LINES } from '../../lib/palette';
import type { Source } from '../../data/schema';
import { usePresenting } from '../../components/presenting';
import type { TrendModel } from './series';
import { TrendSvg } from './trend-svg';

// Recharts draws the trend on slides and as small multiples: its code loads when one is shown,
// not with the page's first screen.
const TrendChart = lazy(() => import('./trend-chart').then((m) => ({ default: m.TrendChart })));
const TrendSmallMultiples = lazy(() =>
  import('./trend-chart').then((m) => ({ default: m.TrendSmallMultiples })),
);

/** Marked as a chart still to come, which a picture of the panel waits for (panel-image.ts). */
const WAITING = <div data-chart-waiting="" />;

/**
 * The trend chart, or past READABLE_LINES places a word that the lines share colours and a choice
 * of one chart per place (kept on this page only, not in the link: it is a way of reading, not
 * part of the view).
 */
export function TrendCharts({
  model,
  sources,
}: {
  model: TrendModel;
  sources: ReadonlyMap<string, Source>;
}) {
  const slide = usePresenting();
  const [split, setSplit] = useState(false);
  if (slide)
    return (
      <Suspense fallback={WAITING}>
        <TrendChart model={model} sources={sources} />
      </Suspense>
    );
  if (model.series.length <= READABLE_LINES) return <TrendSvg model={model} sources={sources} />;
  return (
    <>
      <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <p>
          {model.series.length} places: more lines than {READABLE_LINES} colours keep apart, so some
          share a colour and differ only in dash and marker.
        </p>
        <div
          role="group"
          aria-label="Show the places"
          className="inline-flex rounded border border-brand"
        >
          {(
            [
              [false, 'One chart'],
              [true, 'One per place'],
            ] as const
          ).map(([value, label]) => (
            <button
              key={label}
              type="button"
              aria-pressed={split === value}
              onClick={() => setSplit(value)}
              className={`px-2 py-1 font-semibold ${split === value ? 'bg-brand text-white' : 'bg-white text-brand'}`}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      {split ? (
        <Suspense fallback={WAITING}>
          <TrendSmallMultiples model={model} sources={sources} />
        </Suspense>
      ) : (
        <TrendSvg model={model} sources={sources} />
      )}
    </>
  );
}
