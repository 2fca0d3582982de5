import {
  changeFigure,
  publishedFigure,
  shareFigure,
  type CellFigure,
} from '../../data/cell-figure';
import { findEntry, importedFrom, sourcesOf, type Dataset } from '../../data/dataset';
import { offenceSeries, type YearPoint } from '../../data/offence-series';
import { yearLabel } from '../../data/period';
import {
  PLATFORM_GROUPS,
  nationalPlatformFigures,
  type PlatformFigure,
  coverageName,
} from '../../data/platform-figures';
import type { Observation, Source } from '../../data/schema';
import { platformLabel, type Status } from '../../data/vocabularies';
import { computedStatus, percentChange, sharePercent, signedPercent } from '../../lib/derive';
import { formatCount, formatPercent, withMark } from '../../lib/format';
import type { Filters } from '../../state/filters';
import type { PanelNote } from '../../components/panel-frame';

export interface HeadlineFigure {
  id: 'offences' | 'change' | 'platform' | 'region';
  label: string;
  /** The big number, as text, with its mark. */
  value: string;
  status: Status;
  detail: string;
  sources: Source[];
  /** The files behind an imported figure. */
  importedFrom?: string;
  /** The number behind the value, for the tidy CSV; absent when the value is a name. */
  figure?: CellFigure;
}

export interface HeadlineModel {
  figures: HeadlineFigure[];
  takeaway: string;
  caveats: string[];
  sources: Source[];
  notes: PanelNote[];
}

const REGION = 'west-midlands-region';
const NATIONAL = 'england-wales';

/** The few numbers a reader needs first, for the first selected place and the last selected year. */
export function headlineModel(
  dataset: Dataset,
  filters: Pick<Filters, 'geos' | 'platforms' | 'from' | 'to' | 'measure'>,
): HeadlineModel {
  const figures: HeadlineFigure[] = [];
  let takeaway = 'No headline figures for the selection.';
  const caveats: string[] = [];
  const used: Observation[] = [];

  // The first selected place with a figure for the last selected year; failing that, the first
  // with any figure in the range, at its latest year.
  let place: { geography: string; points: YearPoint[] } | null = null;
  for (const geography of filters.geos) {
    const known = offenceSeries(dataset, geography, filters.from, filters.to, false)!.points.filter(
      (p) => p.observation,
    );
    if (!known.length) continue;
    place ??= { geography, points: known };
    if (known[known.length - 1]!.year === filters.to) {
      place = { geography, points: known };
      break;
    }
  }
  if (place) {
    const name = dataset.geographies.get(place.geography)?.name ?? place.geography;
    const latest = place.points[place.points.length - 1]!;
    const last = latest.observation!;
    used.push(last);
    figures.push({
      id: 'offences',
      label: `Recorded offences, ${name}, ${yearLabel(latest.year)}`,
      value: withMark(formatCount(last.value), last.status),
      status: last.status,
      detail: last.note || 'As published.',
      sources: sourcesOf(dataset, [last]),
      importedFrom: importedFrom(last),
      figure: publishedFigure(last),
    });
    takeaway = `${name} recorded ${withMark(formatCount(last.value), last.status)} offences in ${yearLabel(latest.year)}.`;
    // A change compares published figures only: a derived total is no end point.
    const ends = place.points.filter((p) => p.observation!.status !== 'derived');
    const a = ends[0];
    const b = ends[ends.length - 1];
    const pct =
      a && b && a !== b ? percentChange(a.observation!.value, b.observation!.value) : null;
    if (a && b && pct !== null) {
      const status = computedStatus(a.status, b.status);
      const change = withMark(signedPercent(pct), status);
      takeaway = `${takeaway.slice(0, -1)}; ${change} from ${yearLabel(a.year)} to ${yearLabel(b.year)}.`;
      used.push(a.observation!, b.observation!);
      figures.push({
        id: 'change',
        label: `Change, ${yearLabel(a.year)} to ${yearLabel(b.year)}, ${name}`,
        value: change,
        status,
        detail: `${formatCount(a.observation!.value)} to ${formatCount(b.observation!.value)}, computed from the two totals; releases may cover different forces (see the notes on each figure).`,
        sources: sourcesOf(dataset, [a.observation!, b.observation!]),
        importedFrom: importedFrom(a.observation, b.observation),
        figure: changeFigure(
          'offences_change',
          publishedFigure(a.observation!),
          publishedFigure(b.observation!),
          pct,
          '%',
          status,
          `(${formatCount(b.observation!.value)} − ${formatCount(a.observation!.value)}) / ${formatCount(a.observation!.value)} × 100, rounded to a whole percent`,
        ),
      });
    }
    if (latest.year !== filters.to)
      caveats.push(
        `${name} has no figure for ${yearLabel(filters.to)}; the latest in the selection is ${yearLabel(latest.year)}.`,
      );
  } else {
    caveats.push('None of the selected places has a yearly figure in the selected years.');
  }

  // The leading single platform, by count in the latest year with counts, or by share. With a
  // platform filter it is only the largest of those selected, and says so.
  const byShare = filters.measure === 'share';
  const selected = filters.platforms;
  const metric = (f: PlatformFigure) =>
    byShare ? (f.share?.value ?? null) : (f.count?.value ?? null);
  for (let year = filters.to; year >= filters.from; year--) {
    const all = nationalPlatformFigures(dataset, year);
    const figs = all.filter(
      (f) =>
        !PLATFORM_GROUPS.has(f.platform) &&
        metric(f) !== null &&
        (selected === null || selected.includes(f.platform)),
    );
    if (figs.length === 0) continue;
    const top = figs.reduce((x, y) => (metric(y)! > metric(x)! ? y : x));
    // A group (Meta's apps) larger than the top platform may hide a bigger unpublished member.
    const biggerGroup = all.some(
      (f) =>
        PLATFORM_GROUPS.has(f.platform) &&
        f.platform !== 'other' &&
        (f.share?.value ?? 0) > (top.share?.value ?? Infinity),
    );
    if (selected === null && biggerGroup) continue;
    const where = coverageName(top.geography);
    const share = top.share
      ? `${withMark(formatPercent(top.share.value, top.share.computed ? 1 : undefined), top.share.status)} of offences where the platform was known`
      : null;
    const shown = [top.count, top.share?.computed ? top.methodKnown : top.publishedShare].filter(
      (o): o is Observation => o !== null,
    );
    used.push(...shown);
    figures.push({
      id: 'platform',
      label: `${selected === null ? 'Leading platform' : 'Largest of the selected platforms'}, ${where}, ${yearLabel(year)}`,
      value: platformLabel(top.platform),
      status: 'published',
      detail: byShare
        ? `${share}.`
        : `${withMark(formatCount(top.count!.value), top.count!.status)} offences${share ? `, ${share}` : ''}.`,
      sources: sourcesOf(dataset, shown),
      importedFrom: importedFrom(...shown),
    });
    break;
  }

  // The region's share of England and Wales, in the latest year where both exist.
  for (let year = filters.to; year >= filters.from; year--) {
    const find = (geography: string) =>
      findEntry(dataset, { indicator: 'offences', geography, period: yearLabel(year) })?.headline;
    const region = find(REGION);
    const national = find(NATIONAL);
    const share = region && national ? sharePercent(region.value, national.value) : null;
    if (!region || !national || share === null) continue;
    used.push(region, national);
    const status = computedStatus(region.status, national.status);
    figures.push({
      id: 'region',
      label: `West Midlands region's share of England and Wales, ${yearLabel(year)}`,
      value: withMark(formatPercent(share, 1), status),
      status,
      detail: `${formatCount(region.value)} of ${formatCount(national.value)} offences, computed from the two figures.`,
      sources: sourcesOf(dataset, [region, national]),
      importedFrom: importedFrom(region, national),
      figure: shareFigure('offences_region_share', region, national, share, status),
    });
    break;
  }

  return { figures, takeaway, caveats, sources: sourcesOf(dataset, used), notes: [] };
}
