import { useMemo } from 'react';
import { PanelFrame } from '../../components/panel-frame';
import {
  changeFigure,
  figureOf,
  platformShareFigure,
  publishedFigure,
} from '../../data/cell-figure';
import { importedFrom, type Dataset } from '../../data/dataset';
import { shareImportedFrom } from '../../data/platform-figures';
import { yearLabel } from '../../lib/period';
import type { PlatformFigure } from '../../data/platform-figures';
import { formatCount, formatPercent, withMark } from '../../data/format';
import { useFrom, useMeasure, usePlatformFilter, useTo } from '../../state/store';
import { PlatformChangeChart } from './platform-change-chart';
import { changeText, platformChangeModel, signed, type ChangeRow } from './series';

function countText(f: PlatformFigure): string {
  return f.count ? withMark(formatCount(f.count.value), f.count.status) : '—';
}

function shareText(f: PlatformFigure): string {
  return f.share
    ? withMark(formatPercent(f.share.value, f.share.computed ? 1 : undefined), f.share.status)
    : '—';
}

/** The changes a row shows, as figures for the tidy CSV: counts, percent, points. */
function changeFigures(r: ChangeRow, pointDecimals: 0 | 1) {
  const a = r.from.count && publishedFigure(r.from.count);
  const b = r.to.count && publishedFigure(r.to.count);
  const sa = platformShareFigure(r.from);
  const sb = platformShareFigure(r.to);
  const counts = `${formatCount(r.to.count?.value ?? 0)} − ${formatCount(r.from.count?.value ?? 0)}`;
  return {
    absolute:
      a && b && r.absolute !== null
        ? changeFigure(
            'platform_offences_change',
            a,
            b,
            r.absolute,
            'offences',
            r.countStatus,
            counts,
          )
        : undefined,
    percent:
      a && b && r.percent !== null
        ? changeFigure(
            'platform_offences_change_percent',
            a,
            b,
            r.percent,
            '%',
            r.countStatus,
            `(${counts}) / ${formatCount(a.value)} × 100, rounded to a whole percent`,
          )
        : undefined,
    points:
      sa && sb && r.points !== null
        ? changeFigure(
            'platform_share_change',
            sa,
            sb,
            Number(r.points.toFixed(pointDecimals)),
            'pp',
            r.shareStatus,
            r.pointsExact
              ? `(${sb.note.split(';')[0]}) − (${sa.note.split(';')[0]}), from the unrounded shares, rounded once`
              : `${sb.value}% − ${sa.value}%`,
          )
        : undefined,
  };
}

export function PlatformChangePanel({ dataset }: { dataset: Dataset }) {
  const platforms = usePlatformFilter();
  const from = useFrom();
  const to = useTo();
  const measure = useMeasure();
  const model = useMemo(
    () => platformChangeModel(dataset, { platforms, from, to, measure }),
    [dataset, platforms, from, to, measure],
  );
  const a = model.fromYear !== null ? yearLabel(model.fromYear) : '';
  const b = model.toYear !== null ? yearLabel(model.toYear) : '';
  return (
    <PanelFrame
      id="platform-change"
      title="Change in platform use"
      headline={model.headline}
      takeaway={model.takeaway}
      caveats={model.caveats}
      chart={model.rows.length ? <PlatformChangeChart model={model} /> : null}
      tables={
        model.rows.length
          ? [
              {
                caption: `Change per platform, ${a} to ${b}`,
                rowHeader: 'Platform',
                columns: [
                  `${a} count`,
                  `${b} count`,
                  'Change',
                  'Change (%)',
                  `${a} share`,
                  `${b} share`,
                  'Change in share',
                ],
                rows: model.rows.map((r) => {
                  const change = changeFigures(r, model.pointDecimals);
                  return {
                    header: r.label,
                    cells: [
                      {
                        text: countText(r.from),
                        status: r.from.count?.status,
                        importedFrom: importedFrom(r.from.count),
                        figure: figureOf(r.from.count),
                      },
                      {
                        text: countText(r.to),
                        status: r.to.count?.status,
                        importedFrom: importedFrom(r.to.count),
                        figure: figureOf(r.to.count),
                      },
                      r.absolute !== null
                        ? {
                            text: changeText(r, 'count', model.pointDecimals),
                            status: r.countStatus,
                            figure: change.absolute,
                          }
                        : { text: '—' },
                      r.percent !== null
                        ? {
                            text: withMark(`${signed(r.percent)}%`, r.countStatus),
                            status: r.countStatus,
                            figure: change.percent,
                          }
                        : { text: '—' },
                      {
                        text: shareText(r.from),
                        status: r.from.share?.status,
                        importedFrom: shareImportedFrom(r.from),
                        figure: platformShareFigure(r.from),
                      },
                      {
                        text: shareText(r.to),
                        status: r.to.share?.status,
                        importedFrom: shareImportedFrom(r.to),
                        figure: platformShareFigure(r.to),
                      },
                      r.points !== null
                        ? {
                            text: changeText(r, 'share', model.pointDecimals),
                            status: r.shareStatus,
                            figure: change.points,
                          }
                        : { text: '—' },
                    ],
                  };
                }),
                emptyMeaning: 'not published for both years',
              },
            ]
          : []
      }
      sources={model.sources}
      notes={model.notes}
    />
  );
}
