import type { DataTableProps } from '../../components/data-table';
import { figureOf, indexFigure } from '../../data/cell-figure';
import { importSourceId } from '../../data/dataset';
import { yearLabel } from '../../lib/period';
import type { Source } from '../../data/schema';
import { withMark } from '../../data/format';
import { formatTrendValue, type TrendModel } from './series';

/** Exactly the numbers the chart draws, one row per year, each cell with its source. */
export function trendTable(
  model: TrendModel,
  sources: ReadonlyMap<string, Source>,
): DataTableProps {
  const unit = model.measure === 'index' ? 'index, 2017/18 = 100' : 'recorded offences';
  const first = yearLabel(model.years[0]!);
  const last = yearLabel(model.years[model.years.length - 1]!);
  return {
    caption: `Offences over time (${unit}), ${first} to ${last}`,
    rowHeader: 'Year',
    columns: model.series.map((s) => s.name),
    rows: model.years.map((year) => ({
      header: yearLabel(year),
      cells: model.series.map((s) => {
        const p = s.points.find((pt) => pt.year === year);
        if (!p || p.value === null) return { text: '—' };
        const origin = p.observation?.origin;
        const cited = [
          origin && importSourceId(origin.id),
          p.observation?.source,
          s.base?.source,
        ].flatMap((id) => (id ? (sources.get(id) ?? []) : []));
        // Each cell says the forces behind it, and the publisher's own change beside the computed
        // index or count where one was published.
        const published = p.publishedText;
        return {
          text: withMark(formatTrendValue(p.value, model.measure), p.status),
          status: p.status,
          remark: [p.coverage?.text.replace(/ \(.*\)$/, ''), published].filter(Boolean).join('; '),
          confidence: p.confidence ?? undefined,
          sources: [...new Set(cited)],
          importedFrom: origin?.fileName,
          figure:
            s.base && p.observation
              ? indexFigure(p.observation, s.base, p.value, p.status)
              : figureOf(p.observation),
        };
      }),
    })),
    emptyMeaning: 'no figure published for that year',
  };
}
