import { yearLabel } from '../../lib/period';
import type { Source } from '../../data/schema';
import { STATUS_TEXT, formatCount, withMark } from '../../data/format';
import { formatTrendValue, type TrendModel } from './series';
import { tipLayout, tipNameStyle } from '../../components/chart-tooltip';

interface TooltipProps {
  active?: boolean;
  label?: string | number;
  model: TrendModel;
  sources: ReadonlyMap<string, Source>;
}

/** Every series' value for the hovered year, with its source. */
export function TrendTooltip({ active, label, model, sources }: TooltipProps) {
  if (!active || label === undefined) return null;
  const year = model.years.find((y) => yearLabel(y) === label);
  if (year === undefined) return null;
  const layout = tipLayout(model.series.length);
  return (
    <div className={layout.card}>
      <p className="font-semibold">{label}</p>
      <ul className={layout.list}>
        {model.series.map((s) => {
          const p = s.points.find((pt) => pt.year === year);
          if (!p || p.value === null || !p.observation) return null;
          const source = p.observation.source ? sources.get(p.observation.source) : undefined;
          return (
            <li key={s.geography}>
              <span className="font-medium" style={tipNameStyle(s.color)}>
                {s.name}
              </span>
              : {withMark(formatTrendValue(p.value, model.measure), p.status)}
              {model.measure === 'index' ? ` (${formatCount(p.observation.value)} offences)` : ''}
              {layout.details && p.status !== 'published' && (
                <span className="block text-slate-700">{STATUS_TEXT[p.status]}</span>
              )}
              {layout.details && p.observation.origin && (
                <span className="block font-semibold text-amber-900">
                  Imported from {p.observation.origin.fileName}
                </span>
              )}
              {layout.details && p.coverage && (
                <span className="block text-slate-700">{p.coverage.text}</span>
              )}
              {layout.details && p.publishedText && (
                <span className="block text-slate-700">Change {p.publishedText}</span>
              )}
              {layout.details && source && (
                <span className="block text-slate-600">
                  Source: {source.publisher}
                  {p.confidence === 'M' ? ' (medium confidence)' : ''}
                </span>
              )}
              {layout.details && p.revisions.length > 0 && (
                <span className="block text-slate-600">
                  Also:{' '}
                  {p.revisions
                    .map((r) =>
                      r.status === 'derived'
                        ? `${formatCount(r.value)}† computed`
                        : `${formatCount(r.value)} published${r.release ? ` ${r.release}` : ''}`,
                    )
                    .join('; ')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {layout.summary && <p className="mt-1 text-slate-700">{layout.summary}</p>}
    </div>
  );
}
