import { yearLabel } from '../../data/period';
import { withMark } from '../../lib/format';
import { formatTrendValue } from './trend-chart';
import type { TrendModel } from './series';

/** Exactly the numbers the chart draws, one row per year. */
export function TrendTable({ model }: { model: TrendModel }) {
  const unit = model.measure === 'index' ? 'index, 2017/18 = 100' : 'recorded offences';
  const hasDerived = model.series.some((s) =>
    s.points.some((p) => p.value !== null && p.status === 'derived'),
  );
  const hasApprox = model.series.some((s) =>
    s.points.some((p) => p.value !== null && p.status === 'approximate'),
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-max border-collapse text-sm sm:text-base">
        <caption className="mb-2 text-left font-medium">
          Offences over time ({unit}), {yearLabel(model.years[0]!)} to{' '}
          {yearLabel(model.years[model.years.length - 1]!)}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-4 text-left">
              Year
            </th>
            {model.series.map((s) => (
              <th key={s.geography} scope="col" className="px-3 py-2 text-right">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.years.map((year) => (
            <tr key={year} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 text-left font-medium">
                {yearLabel(year)}
              </th>
              {model.series.map((s) => {
                const p = s.points.find((pt) => pt.year === year);
                return (
                  <td key={s.geography} className="px-3 py-2 text-right tabular-nums">
                    {p && p.value !== null
                      ? withMark(formatTrendValue(p.value, model.measure), p.status)
                      : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm text-slate-700">
        — no figure published for that year.
        {hasDerived && ' † derived: computed from published figures (see notes).'}
        {hasApprox && ' ≈ approximate: published as a rounded figure.'}
      </p>
    </div>
  );
}
