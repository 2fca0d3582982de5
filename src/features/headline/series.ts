import { findEntry, sourcesOf, type Dataset } from '../../data/dataset';
import { offenceSeries } from '../../data/offence-series';
import { yearLabel } from '../../data/period';
import { nationalPlatformFigures } from '../../data/platform-figures';
import type { Observation, Source } from '../../data/schema';
import { platformLabel, type Status } from '../../data/vocabularies';
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
}

export interface HeadlineModel {
  figures: HeadlineFigure[];
  takeaway: string;
  caveats: string[];
  sources: Source[];
  notes: PanelNote[];
}

const GROUPS = new Set(['other', 'meta-apps', 'meta-apps-or-snapchat']);
const REGION = 'west-midlands-region';
const NATIONAL = 'england-wales';

function signedPercent(n: number): string {
  return `${n >= 0 ? '+' : '−'}${Math.abs(n)}%`;
}

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
  let place: { geography: string; last: Observation; first: Observation } | null = null;
  for (const geography of filters.geos) {
    const series = offenceSeries(dataset, geography, filters.from, filters.to, false)!;
    const known = series.points.filter((p) => p.observation);
    if (!known.length) continue;
    const first = known[0]!.observation!;
    const last = known[known.length - 1]!.observation!;
    place ??= { geography, first, last };
    if (known[known.length - 1]!.year === filters.to) {
      place = { geography, first, last };
      break;
    }
  }
  if (place) {
    const name = dataset.geographies.get(place.geography)?.name ?? place.geography;
    const { first, last } = place;
    const lastYear = last.period.kind === 'year' ? last.period.year : filters.to;
    const firstYear = first.period.kind === 'year' ? first.period.year : filters.from;
    used.push(first, last);
    figures.push({
      id: 'offences',
      label: `Recorded offences, ${name}, ${yearLabel(lastYear)}`,
      value: withMark(formatCount(last.value), last.status),
      status: last.status,
      detail: last.note || 'As published.',
      sources: sourcesOf(dataset, [last]),
    });
    takeaway = `${name} recorded ${withMark(formatCount(last.value), last.status)} offences in ${yearLabel(lastYear)}.`;
    if (first !== last) {
      const pct = Math.round(((last.value - first.value) / first.value) * 100);
      takeaway = `${name} recorded ${withMark(formatCount(last.value), last.status)} offences in ${yearLabel(lastYear)}, ${signedPercent(pct)} on ${yearLabel(firstYear)}.`;

      figures.push({
        id: 'change',
        label: `Change since ${yearLabel(firstYear)}, ${name}`,
        // A change computed here is derived, however exact its two figures.
        value: `${signedPercent(pct)}†`,
        status: 'derived',
        detail: `${formatCount(first.value)} in ${yearLabel(firstYear)} to ${formatCount(last.value)} in ${yearLabel(lastYear)}, computed from the two figures.`,
        sources: sourcesOf(dataset, [first, last]),
      });
    }
    if (lastYear !== filters.to)
      caveats.push(
        `${name} has no figure for ${yearLabel(filters.to)}; the latest in the selection is ${yearLabel(lastYear)}.`,
      );
  } else {
    caveats.push('None of the selected places has a yearly figure in the selected years.');
  }

  // Leading named platform: by count in the latest year with counts, or by share.
  const byShare = filters.measure === 'share';
  for (let year = filters.to; year >= filters.from; year--) {
    const figs = nationalPlatformFigures(dataset, year).filter(
      (f) =>
        !GROUPS.has(f.platform) &&
        (filters.platforms === null || filters.platforms.includes(f.platform)) &&
        (byShare ? f.share : f.count),
    );
    if (figs.length === 0) continue;
    const top = figs.reduce((a, b) =>
      (byShare ? b.share!.value > a.share!.value : b.count!.value > a.count!.value) ? b : a,
    );
    const where = top.geography === 'uk' ? 'UK' : 'England and Wales';
    const share = top.share
      ? `${withMark(formatPercent(top.share.value, top.share.computed ? 1 : undefined), top.share.status)} of offences where the platform was known`
      : null;
    const shown = [top.count, top.share?.computed ? top.methodKnown : top.publishedShare].filter(
      (o): o is Observation => o !== null,
    );
    used.push(...shown);
    figures.push({
      id: 'platform',
      label: `Leading platform, ${where}, ${yearLabel(year)}`,
      value: platformLabel(top.platform),
      status: 'published',
      detail: byShare
        ? `${share}.`
        : `${withMark(formatCount(top.count!.value), top.count!.status)} offences${share ? `, ${share}` : ''}.`,
      sources: sourcesOf(dataset, shown),
    });
    break;
  }

  // The region's share of England and Wales, in the latest year where both exist.
  for (let year = filters.to; year >= filters.from; year--) {
    const region = findEntry(dataset, {
      indicator: 'offences',
      geography: REGION,
      period: yearLabel(year),
    })?.headline;
    const national = findEntry(dataset, {
      indicator: 'offences',
      geography: NATIONAL,
      period: yearLabel(year),
    })?.headline;
    if (!region || !national) continue;
    used.push(region, national);
    figures.push({
      id: 'region',
      label: `West Midlands region's share of England and Wales, ${yearLabel(year)}`,
      value: `${formatPercent(Math.round((region.value / national.value) * 1000) / 10, 1)}†`,
      status: 'derived',
      detail: `${formatCount(region.value)} of ${formatCount(national.value)} offences, computed from the two figures.`,
      sources: sourcesOf(dataset, [region, national]),
    });
    break;
  }

  return { figures, takeaway, caveats, sources: sourcesOf(dataset, used), notes: [] };
}
