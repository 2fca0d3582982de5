import {
  changeFigure as changeCellFigure,
  figureOf,
  platformShareFigure,
  publishedFigure,
  shareFigure,
  type CellFigure,
} from '../../data/cell-figure';
import {
  figureConfidence,
  findEntry,
  importedFrom,
  sourcesOf,
  type Dataset,
} from '../../data/dataset';
import { coverageOf } from '../../data/figure-coverage';
import { offenceChange, offenceSeries, type YearPoint } from '../../data/offence-series';
import { yearLabel } from '../../lib/period';
import {
  NATIONAL_GEOGRAPHIES,
  PLATFORM_GROUPS,
  nationalPlatformFigures,
  type PlatformFigure,
  coverageName,
} from '../../data/platform-figures';
import type { Observation, Source } from '../../data/schema';
import { platformLabel, type Confidence, type Status } from '../../data/vocabularies';
import { computedStatus, percentChange, sharePercent } from '../../data/derive';
import { formatCount, formatPercent, withMark, headlineOf } from '../../data/format';
import type { Filters } from '../../state/filters';
import type { PanelNote } from '../../components/panel-chrome';

export interface HeadlineFigure {
  id: 'offences' | 'change' | 'platform' | 'region';
  label: string;
  /** The big number, as text, with its mark. */
  value: string;
  status: Status;
  /** Coverage, base and caveats: what a reader of this one card must know. */
  detail: string;
  confidence: Confidence;
  sources: Source[];
  /** The files behind an imported figure. */
  importedFrom?: string;
  /** The number behind the value, for the tidy CSV; absent when the value is a name. */
  figure?: CellFigure;
}

export interface HeadlineModel {
  figures: HeadlineFigure[];
  /** The takeaway's lead, at most HEADLINE_MAX characters: what the panel shows first. */
  headline: string;
  takeaway: string;
  caveats: string[];
  sources: Source[];
  notes: PanelNote[];
}

const REGION = 'west-midlands-region';
const NATIONAL = 'england-wales';

interface ChangeFigure {
  figure: HeadlineFigure;
  used: Observation[];
  /** For the takeaway: "+99% from 2017/18 to 2024/25 as published (…)". */
  sentence: string;
}

/** A change computed from two totals, as the tidy CSV gives it. */
function computedChange([a, b]: readonly Observation[]): CellFigure | undefined {
  const pct = a && b ? percentChange(a.value, b.value) : null;
  if (!a || !b || pct === null) return undefined;
  return changeCellFigure(
    'offences_change_computed',
    publishedFigure(a),
    publishedFigure(b),
    pct,
    '%',
    computedStatus(a.status, b.status),
    `(${formatCount(b.value)} − ${formatCount(a.value)}) / ${formatCount(a.value)} × 100, rounded to a whole percent`,
  );
}

/** The change to the latest year, as published where it was, with the computed one beside it. */
function changeFigure(
  dataset: Dataset,
  geography: string,
  name: string,
  points: readonly YearPoint[],
): ChangeFigure | null {
  const change = offenceChange(dataset, geography, points);
  if (!change) return null;
  const { published, computed, used } = change;
  // The card's confidence is its big number's: the published change's own where it leads.
  const confidence = published
    ? figureConfidence(dataset, published.observation)
    : used.some((o) => figureConfidence(dataset, o) === 'M')
      ? 'M'
      : 'H';
  const lead = published ?? computed!;
  const span = `${yearLabel(lead.from)} to ${yearLabel(lead.to)}`;
  return {
    figure: {
      id: 'change',
      label: `Change, ${span}, ${name}${published ? ', as published' : ''}`,
      value: lead.text,
      status: published ? published.observation.status : computed!.status,
      detail: published
        ? `${published.detail}${computed ? ` Computed here: ${computed.text}, ${computed.detail}` : ''}`
        : computed!.detail.charAt(0).toUpperCase() + computed!.detail.slice(1),
      confidence,
      sources: sourcesOf(dataset, used),
      importedFrom: importedFrom(...used),
      figure: published ? publishedFigure(published.observation) : computedChange(used),
    },
    used,
    sentence: change.sentence,
  };
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
    const geo = dataset.geographies.get(place.geography);
    const name = geo?.name ?? place.geography;
    const latest = place.points[place.points.length - 1]!;
    const last = latest.observation!;
    used.push(last);
    const coverage = coverageOf(dataset, last);
    figures.push({
      id: 'offences',
      label: `Recorded offences, ${name}, ${yearLabel(latest.year)}`,
      value: withMark(formatCount(last.value), last.status, last.bound),
      status: last.status,
      detail: [
        coverage.forces === null
          ? `The release did not say how many forces supplied it${coverage.text.slice('forces not stated'.length)}.`
          : `Covers ${coverage.text}.`,
        last.note,
        geo?.note,
      ]
        .filter(Boolean)
        .join(' '),
      confidence: figureConfidence(dataset, last),
      sources: sourcesOf(dataset, [last]),
      importedFrom: importedFrom(last),
      figure: publishedFigure(last),
    });
    // What the card says of its total is a caveat of every output, not only of the card (#25).
    if (coverage.partial) caveats.push(`${name}, ${yearLabel(latest.year)}: ${coverage.text}.`);
    if (geo?.note) caveats.push(geo.note);
    takeaway = `${name} recorded ${withMark(formatCount(last.value), last.status, last.bound)} offences in ${yearLabel(latest.year)}.`;
    const change = changeFigure(dataset, place.geography, name, place.points);
    if (change) {
      figures.push(change.figure);
      used.push(...change.used);
      takeaway = `${takeaway.slice(0, -1)}; ${change.sentence}.`;
    }
    if (latest.year !== filters.to)
      caveats.push(
        `${name} has no figure for ${yearLabel(filters.to)}; the latest in the selection is ${yearLabel(latest.year)}.`,
      );
  } else {
    caveats.push('None of the selected places has a yearly figure in the selected years.');
  }

  // The leading single platform in the latest selected year with platform figures, whatever the
  // measure: ranked by share of offences with the method known, or by count where a year has
  // counts only. With a platform filter it is only the largest of those selected, and says so.
  const selected = filters.platforms;
  // A later year with platform figures, none of them for the platforms selected: said on the card,
  // with what that year's release said of them, so the earlier year is not taken for the latest.
  let later: { year: number; said: string[] } | null = null;
  for (let year = filters.to; year >= filters.from; year--) {
    const all = nationalPlatformFigures(dataset, year);
    const candidates = all.filter(
      (f) =>
        !PLATFORM_GROUPS.has(f.platform) && (selected === null || selected.includes(f.platform)),
    );
    const byShare = candidates.some((f) => f.share);
    const metric = (f: PlatformFigure) =>
      byShare ? (f.share?.exact ?? null) : (f.count?.value ?? null);
    const figs = candidates.filter((f) => metric(f) !== null);
    if (figs.length === 0) {
      if (!later && selected !== null && all.length > 0) {
        const names = selected.map(platformLabel);
        const note = all.find((f) => f.methodKnown)?.methodKnown?.note ?? '';
        const said = note
          .split(/(?<=\.) /)
          .filter((sentence) => names.some((name) => sentence.includes(name)));
        later = { year, said };
      }
      continue;
    }
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
    const base = top.methodKnown;
    const total = findEntry(dataset, {
      indicator: 'offences',
      geography: top.geography,
      period: yearLabel(year),
    })?.headline;
    const baseShare = base && total ? sharePercent(base.value, total.value) : null;
    const baseText = base
      ? ` (${formatCount(base.value)}${total ? ` of ${formatCount(total.value)} recorded offences${baseShare !== null ? `, ${withMark(formatPercent(baseShare, 1), 'derived')}` : ''}` : ''})`
      : '';
    const share = top.share
      ? `${withMark(formatPercent(top.share.value, top.share.computed ? 1 : undefined), top.share.status, top.share.bound)} of offences where the method was known${baseText}`
      : null;
    const shown = [
      top.count,
      top.share?.computed ? null : top.publishedShare,
      base,
      baseShare !== null ? total : null,
    ].filter((o): o is Observation => !!o);
    used.push(...shown);
    const ukNote =
      top.geography === 'uk'
        ? ' UK figures include Scotland, which records a different offence.'
        : '';
    // One platform is no ranking (#25, item 13); a ranking of published figures is computed (†).
    const label =
      figs.length === 1
        ? selected?.length === 1
          ? 'Selected platform'
          : 'Only platform with a figure'
        : selected === null
          ? 'Leading platform†'
          : 'Largest† of the selected platforms';
    // A place without platform figures is shown the national ones: said, not implied (item 15).
    const places = filters.geos.filter((g) => dataset.geographies.has(g));
    if (!places.some((g) => (NATIONAL_GEOGRAPHIES as readonly string[]).includes(g)))
      caveats.push(
        `No platform figures were published for ${places.map((g) => dataset.geographies.get(g)!.name).join(', ')}: the platform card gives the ${where} figures.`,
      );
    figures.push({
      id: 'platform',
      label: `${label}, ${where}, ${yearLabel(year)}`,
      value: platformLabel(top.platform),
      status: 'published',
      detail: `${[
        top.count ? `${withMark(formatCount(top.count.value), top.count.status)} offences` : null,
        share,
      ]
        .filter(Boolean)
        .join(', ')}.${ukNote}${
        later
          ? ` No ${yearLabel(later.year)} figure was published for it alone${later.said.length ? `: ${later.said.join(' ')}` : '.'}`
          : ''
      }`,
      confidence: shown.some((o) => figureConfidence(dataset, o) === 'M') ? 'M' : 'H',
      sources: sourcesOf(dataset, shown),
      importedFrom: importedFrom(...shown),
      // Its figure goes into the CSV as every other card's does (#25, item 7).
      figure: platformShareFigure(top) ?? figureOf(top.count),
    });
    break;
  }

  // The region's share of England and Wales, in the latest year where both exist.
  for (let year = filters.to; year >= filters.from; year--) {
    const find = (geography: string) =>
      findEntry(dataset, { indicator: 'offences', geography, period: yearLabel(year) })?.headline;
    const region = find(REGION);
    const national = find(NATIONAL);
    // Like-for-like only: two published figures of the same release.
    if (!region || !national || region.release !== national.release) continue;
    if (region.status === 'derived' || national.status === 'derived') continue;
    const share = sharePercent(region.value, national.value);
    if (share === null) continue;
    used.push(region, national);
    const status = computedStatus(region.status, national.status);
    figures.push({
      id: 'region',
      label: `West Midlands region's share of England and Wales, ${yearLabel(year)}`,
      value: withMark(formatPercent(share, 1), status),
      status,
      detail: `${formatCount(region.value)} of ${formatCount(national.value)} offences, computed from two figures of the same release (the region ${coverageOf(dataset, region).text}; England and Wales ${coverageOf(dataset, national).text}).`,
      confidence:
        figureConfidence(dataset, region) === 'M' || figureConfidence(dataset, national) === 'M'
          ? 'M'
          : 'H',
      sources: sourcesOf(dataset, [region, national]),
      importedFrom: importedFrom(region, national),
      figure: shareFigure('offences_region_share', region, national, share, status),
    });
    break;
  }

  return {
    figures,
    headline: headlineOf(takeaway),
    takeaway,
    caveats,
    sources: sourcesOf(dataset, used),
    notes: [],
  };
}
