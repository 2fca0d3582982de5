import { figureOf, platformShareFigure, type CellFigure } from '../../data/cell-figure';
import {
  figureConfidence,
  findEntry,
  importedFrom,
  sourcesOf,
  type Dataset,
} from '../../data/dataset';
import { yearLabel } from '../../lib/period';
import {
  NATIONAL_GEOGRAPHIES,
  PLATFORM_GROUPS,
  nationalPlatformFigures,
  type PlatformFigure,
  coverageName,
  shareImportedFrom,
} from '../../data/platform-figures';
import type { Observation, Source } from '../../data/schema';
import { PLATFORMS, platformLabel, type Confidence, type Status } from '../../data/vocabularies';
import { sharePercent } from '../../data/derive';
import { formatCount, formatPercent, withMark, headlineOf, marksLegend } from '../../data/format';
import { platformColor } from '../../lib/palette';
import type { Filters } from '../../state/filters';
import type { PanelNote } from '../../components/panel-chrome';

export interface PlatformCell {
  value: number | null;
  text: string;
  status: Status;
  /** Says how a share was obtained and whether the published one differs. */
  remark: string | null;
  importedFrom?: string;
  figure?: CellFigure;
  /** The figure's confidence, the least of the figures behind it; unset where none is shown. */
  confidence?: Confidence;
  /**
   * What the tooltip says under the value: the mark's meaning, the place, the source and a
   * medium confidence; for a missing value, why it is missing (#25, item 9).
   */
  details?: string[];
}

export interface PlatformColumn {
  year: number;
  geography: string;
  /** "2018/19" or "2021/22 (UK)" */
  label: string;
  /** What the year's shares are of: "2,117 of 3,217 (65.8%†)", or "not published". */
  base: string;
  /** For a chart's axis: "known: 65.8%†", "base not published". */
  baseShort: string;
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
  /** The takeaway's lead, at most HEADLINE_MAX characters: what the panel shows first. */
  headline: string;
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
  const publishedAs = f.publishedShare?.note.match(/^Published as "([^"]+)"/)?.[1];
  if (!f.share.computed && publishedAs) remark = `published as "${publishedAs}"`;
  if (f.share.computed) {
    const published = f.publishedShare
      ? `published as ${formatPercent(f.publishedShare.value)}`
      : 'no published share';
    remark = `${formatCount(f.count!.value)} / ${formatCount(f.methodKnown!.value)}; ${published}${f.shareMismatch ? ', which differs' : ''}`;
  }
  return {
    value: f.share.value,
    text: withMark(
      formatPercent(f.share.value, f.share.computed ? 1 : undefined),
      f.share.status,
      f.share.bound,
    ),
    status: f.share.status,
    remark,
    importedFrom: shareImportedFrom(f),
    figure: platformShareFigure(f),
  };
}

function takeawayFor(model: Omit<PlatformsModel, 'takeaway' | 'headline'>): string {
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
    // Compare with the latest earlier year of the same coverage (England and Wales, or the UK),
    // so a fall after a peak is not read as a rise; the two years' bases are said.
    let previous = -1;
    for (let j = i - 1; j >= 0; j--)
      if (model.columns[j]!.geography === column.geography && top.cells[j]!.value !== null) {
        previous = j;
        break;
      }
    const before = previous >= 0 ? model.columns[previous]! : null;
    const since = before
      ? `, against ${top.cells[previous]!.text} in ${yearLabel(before.year)}${
          model.measure === 'share'
            ? ` (bases: ${before.base} in ${yearLabel(before.year)}, ${column.base} in ${yearLabel(column.year)})`
            : ''
        }`
      : '';
    // A group share above the top platform's means a member of it may lead: say so.
    const group = model.series.find(
      (s) =>
        s.platform !== 'other' &&
        PLATFORM_GROUPS.has(s.platform) &&
        (s.cells[i]!.value ?? 0) > top.cells[i]!.value!,
    );
    const groupNote = group ? ` ${group.label} together: ${group.cells[i]!.text}.` : '';
    // One platform shown is no ranking (#25, item 13).
    const ranked =
      named.length === 1 &&
      model.series.filter((s) => !PLATFORM_GROUPS.has(s.platform)).length === 1
        ? `${top.label}, the only platform selected (${where})`
        : // A ranking is computed from the published figures: it carries † (#25, review item 13).
          `${top.label} had the most† of the single platforms shown (${where})`;
    return `In ${yearLabel(column.year)} ${ranked}: ${value} ${of}${since}.${
      partial ? ' Not every platform was published that year.' : ''
    }${groupNote}`;
  }
  return 'No platform figures were published for the selected years and platforms.';
}

/** Platforms by year, national series, counts or shares of offences with the method known. */
export function platformsModel(
  dataset: Dataset,
  filters: Pick<Filters, 'geos' | 'platforms' | 'from' | 'to' | 'measure'>,
): PlatformsModel {
  const measure: PlatformsModel['measure'] = filters.measure === 'share' ? 'share' : 'count';
  const caveats: string[] = [];
  if (!filters.geos.some((g) => (NATIONAL_GEOGRAPHIES as readonly string[]).includes(g))) {
    const names = filters.geos.map((g) => dataset.geographies.get(g)?.name ?? g).join(', ');
    caveats.push(
      `No yearly platform figures were published for ${names}: these are the national figures (England and Wales to 2020/21, the UK after, which includes Scotland's different offence).`,
    );
  }
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
    const known = figures[0]!.methodKnown;
    const total = findEntry(dataset, {
      indicator: 'offences',
      geography,
      period: yearLabel(year),
    })?.headline;
    const pct = known && total ? sharePercent(known.value, total.value) : null;
    const pctText = pct !== null ? withMark(formatPercent(pct, 1), 'derived') : null;
    return {
      year,
      geography,
      base: known
        ? `${formatCount(known.value)}${total ? ` of ${formatCount(total.value)}` : ''}${pctText ? ` (${pctText})` : ''}`
        : 'not published',
      baseShort: pctText
        ? `known: ${pctText}`
        : known
          ? `known: ${formatCount(known.value)}`
          : 'base not published',
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

  // Each cell's tooltip lines, from the figures behind it.
  for (const s of series)
    s.cells.forEach((cell, i) => {
      const column = columns[i]!;
      const f = byYear.get(column.year)!.find((x) => x.platform === s.platform);
      const behind = (
        measure === 'count' ? [f?.count] : [f?.publishedShare, f?.count, f?.methodKnown]
      ).filter((o): o is Observation => !!o);
      if (cell.value === null) {
        // A figure published but not charted (an ambiguous wording) is not "not published".
        const note = byYear.get(column.year)![0]!.methodKnown?.note ?? '';
        const named = note
          .split(/(?<=\.) /)
          .find((t) => t.includes(s.label) && /not charted/.test(t));
        cell.details = [
          named ? `Not charted: ${named}` : 'Not published',
          coverageName(column.geography),
        ];
        return;
      }
      const sources = sourcesOf(dataset, behind);
      // A share computed from counts is as sure as the least sure of them; an import is marked
      // as imported instead.
      if (!behind.some((o) => o.origin))
        cell.confidence = behind.some((o) => figureConfidence(dataset, o) === 'M') ? 'M' : 'H';
      cell.details = [
        ...marksLegend([cell.text]),
        `${coverageName(column.geography)}, ${column.label.replace(/ \(.*\)$/, '')}`,
        `Source: ${sources.map((x) => `${x.publisher}${x.date ? `, ${x.date}` : ''}`).join('; ')}`,
        ...(behind.some((o) => figureConfidence(dataset, o) === 'M')
          ? ['Medium confidence: a figure from a single secondary outlet']
          : []),
      ];
    });

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
    caveats.push(
      `Each year's shares are of the offences where the method was known, a different base each year: ${columns
        .map((c) => `${yearLabel(c.year)} ${c.base}`)
        .join('; ')}.`,
    );
  }
  for (const c of columns)
    for (const f of byYear.get(c.year)!)
      used.push(...[f.methodKnown].filter((o): o is Observation => o !== null));
  // A note that says a figure is not like-for-like, or is left off the chart, is a caveat: shown
  // on the panel, not in the collapsed notes.
  for (const n of notes)
    if (/not like-for-like|not charted/.test(n.text)) caveats.push(`${n.label}: ${n.text}`);
  for (const c of columns) {
    const note = byYear.get(c.year)![0]!.methodKnown?.note;
    if (note && /not charted/.test(note)) caveats.push(`${c.label}: ${note}`);
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
  const takeaway = takeawayFor(partial);
  // The headline says the share's base in fewer words, so the figure and its base both fit.
  const headline = headlineOf(
    takeaway.replace('where the platform was known', 'with the platform known'),
  );
  return { ...partial, headline, takeaway };
}
