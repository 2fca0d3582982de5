import { DataTable } from '../../components/data-table';
import { yearLabel } from '../../data/period';
import { withMark } from '../../lib/format';
import { formatTrendValue } from './trend-chart';
import type { TrendModel } from './series';

/** Exactly the numbers the chart draws, one row per year. */
export function TrendTable({ model }: { model: TrendModel }) {
  const unit = model.measure === 'index' ? 'index, 2017/18 = 100' : 'recorded offences';
  const first = yearLabel(model.years[0]!);
  const last = yearLabel(model.years[model.years.length - 1]!);
  return (
    <DataTable
      caption={`Offences over time (${unit}), ${first} to ${last}`}
      rowHeader="Year"
      columns={model.series.map((s) => s.name)}
      rows={model.years.map((year) => ({
        header: yearLabel(year),
        cells: model.series.map((s) => {
          const p = s.points.find((pt) => pt.year === year);
          return p && p.value !== null
            ? {
                text: withMark(formatTrendValue(p.value, model.measure), p.status),
                status: p.status,
              }
            : { text: '—' };
        }),
      }))}
      emptyMeaning="no figure published for that year"
    />
  );
}
