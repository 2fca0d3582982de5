import { figureOf, platformShareFigure, type CellFigure } from '../../data/cell-figure';
import { importedFrom, sourcesOf, type Dataset } from '../../data/dataset';
import { yearLabel } from '../../data/period';
import {
  PLATFORM_GROUPS,
  nationalPlatformFigures,
  type PlatformFigure,
  coverageName,
  shareImportedFrom,
} from '../../data/platform-figures';
import type { Observation, Source } from '../../data/schema';
import { PLATFORMS, platformLabel, type Status } from '../../data/vocabularies';
import { formatCount, formatPercent, withMark } from '../../lib/format';
import { platformColor } from '../../lib/palette';
import type { Filters } from '../../state/filters';
import type { PanelNote } from '../../components/panel-frame';

export interface PlatformCell {
  value: number | null;
  text: string;
  status: Status;
  /** Says how a share was obtained and whether the published one differs. */
  remark: string | null;
  importedFrom?: string;
  figure?: CellFigure;
}

export interface PlatformColumn {
  year: number;
  geography: string;
  /** "2018/19" or "2021/22 (UK)" */
  label: string;
}

export interface PlatformSeries {
  platform: string;
  label: string;
  color: string;
  cells: PlatformCell[];
}

export interface PlatformsModel {
  measure: 'count' | 'share';
  columns: PlatformColumn[];
  series: PlatformSeries[];
  takeaway: string;
  caveats: string[];
  sources: Source[];
  notes: PanelNote[];
}

function cellFor(f: PlatformFigure | undefined, measure: 'count' | 'share'): PlatformCell {
  if (!f) return { value: null, text: '—', status: 'published', remark: null };
  if (measure === 'count') {
    if (!f.count) return { value: null, text: '—', status: 'published', remark: null };
    return {
      value: f.count.value,
      text: withMark(formatCount(f.count.value), f.count.status),
      status: f.count.status,
      remark: null,
      importedFrom: importedFrom(f.count),
      figure: figureOf(f.count),
    };
  }
  if (!f.share) return { value: null, text: '—', status: 'published', remark: null };
  let remark: string | null = null;
  if (f.share.computed) {
    const published = f.publishedShare
      ? `published as ${formatPercent(f.publishedShare.value)}`
      : 'no published share';
    remark = `${formatCount(f.count!.value)} / ${formatCount(f.methodKnown!.value)}; ${published}${f.shareMismatch ? ', which differs' : ''}`;
  }
  return {
    value: f.share.value,
    text: withMark(formatPercent(f.share.value, f.share.computed ? 1 : undefined), f.share.status),

    status: f.share.status,
    remark,
    importedFrom: shareImportedFrom(f),
    figure: platformShareFigure(f),
  };
}

function takeawayFor(model: Omit<PlatformsModel, 'takeaway'>): string {
  for (let i = model.columns.length - 1; i >= 0; i--) {
    const named = model.series.filter(
      (s) => !PLATFORM_GROUPS.has(s.platform) && s.cells[i]!.value !== null,
    );
    if (named.length === 0) continue;
    const top = named.reduce((a, b) => (b.cells[i]!.value! > a.cells[i]!.value! ? b : a));
    const column = model.columns[i]!;
    const where = coverageName(column.geography);
    const value = top.cells[i]!.text;
    const partial =
      named.length < model.series.filter((s) => !PLATFORM_GROUPS.has(s.platform)).length;
    const of = model.measure === 'share' ? 'of offences where the platform was known' : 'offences';
    // Compare only within the same coverage (England and Wales, or the UK).
    const first = model.columns.findIndex(
      (c, j) => c.geography === column.geography && top.cells[j]!.value !== null,
    );

    const since =
      first >= 0 && first < i
        ? `, against ${top.cells[first]!.text} in ${yearLabel(model.columns[first]!.year)}`
        : '';
    // A group share above the top platform's means a member of it may lead: say so.
    const group = model.series.find(
      (s) =>
        s.platform !== 'other' &&
        PLATFORM_GROUPS.has(s.platform) &&
        (s.cells[i]!.value ?? 0) > top.cells[i]!.value!,
    );
    const groupNote = group ? ` ${group.label} together: ${group.cells[i]!.text}.` : '';
    return `In ${yearLabel(column.year)} ${top.label} had the most of the single platforms shown (${where}): ${value} ${of}${since}.${
      partial ? ' Not every platform was published that year.' : ''
    }${groupNote}`;
  }
  return 'No platform figures were published for the selected years and platforms.';
}

/** Platforms by year, national series, counts or shares of offences with the method known. */
export function platformsModel(
  dataset: Dataset,
  filters: Pick<Filters, 'platforms' | 'from' | 'to' | 'measure'>,
): PlatformsModel {
  const measure: PlatformsModel['measure'] = filters.measure === 'share' ? 'share' : 'count';
  const caveats: string[] = [];
  if (filters.measure === 'index')
    caveats.push('The index applies to totals over time; this panel shows counts.');

  const byYear = new Map<number, PlatformFigure[]>();
  for (let y = filters.from; y <= filters.to; y++) {
    const figures = nationalPlatformFigures(dataset, y).filter(
      (f) => filters.platforms === null || filters.platforms.includes(f.platform),
    );
    const usable = figures.filter((f) => (measure === 'count' ? f.count : f.share));
    if (usable.length > 0) byYear.set(y, usable);
  }
  const columns: PlatformColumn[] = [...byYear].map(([year, figures]) => {
    const geography = figures[0]!.geography;
    return {
      year,
      geography,
      label:
        geography === 'england-wales'
          ? yearLabel(year)
          : `${yearLabel(year)} (${coverageName(geography)})`,
    };
  });
  if (measure === 'count') {
    const shareOnly = [];
    for (let y = filters.from; y <= filters.to; y++) {
      if (!byYear.has(y) && nationalPlatformFigures(dataset, y).some((f) => f.share))
        shareOnly.push(yearLabel(y));
    }
    if (shareOnly.length)
      caveats.push(
        `${shareOnly.join(', ')}: published as shares only; choose Share (%) to see them.`,
      );
  }
  if (columns.some((c) => c.geography === 'uk') && columns.some((c) => c.geography !== 'uk')) {
    caveats.push(
      'Figures cover England and Wales until 2020/21 and the UK from 2021/22, so the years are not like-for-like.',
    );
  }

  const platformIds = [...new Set([...byYear.values()].flat().map((f) => f.platform))];
  const order = Object.keys(PLATFORMS);
  platformIds.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  const series = platformIds.map((platform) => ({
    platform,
    label: platformLabel(platform),
    color: platformColor(platform),
    cells: columns.map((c) =>
      cellFor(
        byYear.get(c.year)!.find((f) => f.platform === platform),
        measure,
      ),
    ),
  }));

  const used: Observation[] = [];
  const notes: PanelNote[] = [];
  for (const c of columns) {
    for (const f of byYear.get(c.year)!) {
      const shown =
        measure === 'count'
          ? [f.count]
          : f.share?.computed
            ? [f.count, f.methodKnown, f.publishedShare]
            : [f.publishedShare];
      for (const o of shown) {
        if (!o) continue;
        used.push(o);
        if (o.note) notes.push({ label: `${platformLabel(f.platform)}, ${c.label}`, text: o.note });
      }
      if (f.shareMismatch && measure === 'share') {
        notes.push({
          label: `${platformLabel(f.platform)}, ${c.label}`,
          text: `Published as ${formatPercent(f.publishedShare!.value)}, but the counts give ${formatPercent(f.share!.value)} (${formatCount(f.count!.value)} / ${formatCount(f.methodKnown!.value)}). The chart shows the computed share.`,
        });
      }
    }
  }
  if (measure === 'share') {
    notes.push({
      label: 'Shares',
      text: 'Shares are of offences where the police gave the method of communication; one offence can involve several platforms, and groups overlap the platforms in them.',
    });
  }
  const unique = [...new Map(notes.map((n) => [`${n.label}|${n.text}`, n])).values()];
  const partial = {
    measure,
    columns,
    series,
    caveats,
    sources: sourcesOf(dataset, used),
    notes: unique,
  };
  return { ...partial, takeaway: takeawayFor(partial) };
}
