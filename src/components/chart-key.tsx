import { useEffect, type ReactNode } from 'react';
import { usePanelCapture, type KeyItem } from './panel-capture';
import { useChartColors } from './presenting';
import { SeriesMarker } from './series-marker';

export type { KeyItem };

/**
 * The key under a chart: a sample of each series' line or colour, then any extra entries. Where
 * the chart names every line at its end (`named`), the series are left out on screen (and so in
 * the page's image), and still reported to a slide file, whose native chart is not named so.
 */
export function ChartKey({
  items,
  named = false,
  children,
}: {
  items: readonly KeyItem[];
  named?: boolean;
  children?: ReactNode;
}) {
  const { color, background } = useChartColors();
  const capture = usePanelCapture();
  // A slide file draws the same series in the same colours: the key is where they are named.
  useEffect(() => capture?.key(items), [capture, items]);
  if (named && !children) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Key">
      {(named ? [] : items).map((item) => (
        <li key={item.id} className="flex items-center gap-2">
          {item.dash === undefined ? (
            <span
              aria-hidden="true"
              className="inline-block size-[0.75em] min-h-3 min-w-3"
              style={{ background: color(item.color) }}
            />
          ) : (
            <svg width="32" height="10" aria-hidden="true" overflow="visible">
              <line
                x1="0"
                y1="5"
                x2="32"
                y2="5"
                stroke={color(item.color)}
                strokeWidth="3"
                strokeDasharray={item.dash}
              />
              {item.marker && (
                <SeriesMarker
                  shape={item.marker}
                  cx={16}
                  cy={5}
                  r={3.5}
                  fill={background}
                  stroke={color(item.color)}
                />
              )}
            </svg>
          )}
          {item.label}
        </li>
      ))}
      {children}
    </ul>
  );
}
