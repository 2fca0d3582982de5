import { useMemo } from 'react';
import { PanelFrame } from '../../components/panel-frame';
import {
  changeFigure,
  figureOf,
  platformShareFigure,
  publishedFigure,
} from '../../data/cell-figure';
import { importedFrom, yearsOf, type Dataset } from '../../data/dataset';
import { coverageName, shareImportedFrom } from '../../data/platform-figures';
import { yearLabel } from '../../lib/period';
import type { PlatformFigure } from '../../data/platform-figures';
import { formatCount, formatPercent, withMark } from '../../data/format';
import {
  useCompare,
  useGeos,
  useFilterActions,
  useFrom,
  useMeasure,
  usePlatformFilter,
  useTo,
} from '../../state/store';
import { PlatformChangeChart } from './platform-change-chart';
import {
  changeText,
  comparableYears,
  platformChangeModel,
  signed,
  type ChangeModel,
  type ChangeRow,
} from './series';

function countText(f: PlatformFigure): string {
  return f.count ? withMark(formatCount(f.count.value), f.count.status) : '—';
}

function shareText(f: PlatformFigure): string {
  return f.share
    ? withMark(
        formatPercent(f.share.value, f.share.computed ? 1 : undefined),
        f.share.status,
        f.share.bound,
      )
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
            r.shareBound,
          )
        : undefined,
  };
}

const select = 'rounded border border-slate-400 bg-white px-2 py-1 font-normal';

/**
 * The two years to compare, chosen by hand. Only like-for-like pairs can be picked: a year whose
 * coverage differs, or that has no national platform figures, is listed but not offered, with why.
 */
function YearPickers({ dataset, model }: { dataset: Dataset; model: ChangeModel }) {
  const compare = useCompare();
  const { setCompare } = useFilterActions();
  const all = useMemo(() => yearsOf(dataset), [dataset]);
  const years = useMemo(
    () => comparableYears(dataset, all[0]!, all[all.length - 1]!),
    [dataset, all],
  );
  const coverage = new Map(years.map((c) => [c.year, c.geography]));
  const laterThan = (a: number) =>
    years.filter((c) => c.year > a && c.geography === coverage.get(a)).map((c) => c.year);
  const a = model.fromYear ?? years.find((c) => laterThan(c.year).length > 0)?.year;
  if (a === undefined) return null;
  const b = model.toYear ?? laterThan(a)[0]!;
  const whyNotEarlier = (y: number) =>
    !coverage.has(y)
      ? 'no platform figures'
      : laterThan(y).length === 0
        ? 'no later year like it'
        : null;
  const whyNotLater = (y: number) =>
    !coverage.has(y)
      ? 'no platform figures'
      : y <= a
        ? `not after ${yearLabel(a)}`
        : coverage.get(y) !== coverage.get(a)
          ? `${coverageName(coverage.get(y)!)} figures, not like-for-like`
          : null;
  const groups = [...new Set(years.map((c) => c.geography))].map((g) => {
    const ys = years.filter((c) => c.geography === g).map((c) => yearLabel(c.year));
    return `${coverageName(g)} figures for ${ys.join(', ')}`;
  });
  const option = (y: number, why: string | null) => (
    <option key={y} value={y} disabled={why !== null}>
      {yearLabel(y)}
      {why ? ` (${why})` : ''}
    </option>
  );
  return (
    <div className="mt-3 space-y-1 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 font-semibold">
          Earlier year
          <select
            value={a}
            onChange={(e) => {
              const next = Number(e.target.value);
              const later = laterThan(next);
              setCompare([next, later.includes(b) ? b : later[0]!]);
            }}
            className={select}
          >
            {all.map((y) => option(y, whyNotEarlier(y)))}
          </select>
        </label>
        <label className="flex items-center gap-2 font-semibold">
          Later year
          <select
            value={b}
            onChange={(e) => setCompare([a, Number(e.target.value)])}
            className={select}
          >
            {all.map((y) => option(y, whyNotLater(y)))}
          </select>
        </label>
        {compare && (
          <button
            type="button"
            onClick={() => setCompare(null)}
            className="rounded border border-brand px-2 py-1 font-semibold text-brand hover:bg-slate-100"
          >
            Let the panel choose
          </button>
        )}
      </div>
      <p className="text-slate-700">
        Only years of the same place and offence are offered: {groups.join('; ')}.{' '}
        {compare
          ? 'These two years are compared whatever the years chosen in the filters.'
          : 'Until you choose, the panel compares the pair within the filters’ years with the most figures.'}
      </p>
    </div>
  );
}

export function PlatformChangePanel({ dataset }: { dataset: Dataset }) {
  const platforms = usePlatformFilter();
  const from = useFrom();
  const to = useTo();
  const measure = useMeasure();
  const compare = useCompare();
  const geos = useGeos();
  const model = useMemo(
    () => platformChangeModel(dataset, { platforms, from, to, measure, compare, geos }),
    [dataset, platforms, from, to, measure, compare, geos],
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
      controls={<YearPickers dataset={dataset} model={model} />}
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
