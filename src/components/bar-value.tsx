import { textWidth } from '../lib/text-width';

/**
 * A bar's value, written at its end only where it fits the bar's breadth: a narrower bar's value
 * is left to the tooltip and the table rather than drawn over its neighbour's.
 */
export function barValue(fontSize: number, horizontal: boolean) {
  function BarValue(props: {
    x?: number | string;
    y?: number | string;
    width?: number | string;
    height?: number | string;
    value?: unknown;
  }) {
    const [x, y, w, h] = [props.x, props.y, props.width, props.height].map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const text = typeof props.value === 'string' ? props.value : null;
    if (text === null || text === '—') return null;
    const fits = horizontal ? h >= fontSize * 0.9 : textWidth(text, fontSize) <= w + 2;
    if (!fits) return null;
    return (
      <text
        x={horizontal ? x + w + 4 : x + w / 2}
        y={horizontal ? y + h / 2 : y - 4}
        textAnchor={horizontal ? 'start' : 'middle'}
        dominantBaseline={horizontal ? 'central' : 'auto'}
        fill="#1e293b"
        fontSize={fontSize}
        className="recharts-label"
      >
        {text}
      </text>
    );
  }
  return BarValue;
}
