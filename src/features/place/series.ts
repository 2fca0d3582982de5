import {
  figureConfidence,
  findEntry,
  observationsOf,
  sourcesOf,
  type Dataset,
} from '../../data/dataset';
import {
  INDEX_BASE_YEAR,
  comparability,
  mixedReleases,
  offenceSeries,
  publishedChangeText,
  publishedChanges,
  type YearPoint,
} from '../../data/offence-series';
import { yearLabel } from '../../lib/period';
import { coverageName } from '../../data/platform-figures';
import { nationalComparatorOf } from '../../data/figure-coverage';
import type { Observation, Source } from '../../data/schema';
import { percentChange, sharePercent, signedPercent } from '../../data/derive';
import { formatCount, formatPercent, withMark, headlineOf } from '../../data/format';
import { geographyStyle, type Marker } from '../../lib/palette';

import type { Filters } from '../../state/filters';
import type { PanelNote } from '../../components/panel-chrome';

export const ENGLAND_WALES = 'england-wales';
export const UK = 'uk';
/** Places whose police record another offence than England and Wales' (FIGURES.md, section 4). */
const DIFFERENT_OFFENCE: ReadonlyMap<string, string> = new Map([
  ['scotland', 'communicating indecently with a child'],
]);
const FORCE_PLATFORMS = ['meta-apps-or-snapchat', 'instagram'];
/** The span the forces' platform shares were published for (the 2019 release). */
const FORCE_SHARE_PERIOD = '2017/18-2018/19';

export interface IndexSeries {
  geography: string;
  name: string;
  color: string;
  dash: string;
  marker: Marker;
  points: YearPoint[];
  /** The 2017/18 figure the points are divided by. */
  base: Observation;
}

export interface PlaceShare {
  year: number;
  place: Observation;
  /** The comparator's figure for the year, of the same release where one exists; null if none. */
  national: Observation | null;
  /** Percent, one decimal; null without a comparator figure. */
  share: number | null;
  /** Whether both figures come from the same release. */
  sameRelease: boolean;
}

export interface ForceRow {
  geography: string;
  name: string;
  /** The name without "Police" where that names no other place: West Midlands Police keeps it,
   * as "West Midlands" alone reads as the region (#25, item 16). */
  shortName: string;
  /** Recorded offences per year of `forceYears`, null where not published. */
  counts: (Observation | null)[];
  /** Platform shares (both years of the 2019 release), per platform of `platforms`. */
  shares: (Observation | null)[];
}

export interface Comparator {
  id: string;
  /** "England and Wales", "UK": column headings and the key. */
  name: string;
  /** "England and Wales", "the UK": inside a sentence. */
  phrase: string;
  /** Whether the comparator records the same offence over the same kind of area as the place. */
  likeForLike: boolean;
  /** Which comparator and why, said on the panel. */
  reason: string;
}

export interface PlaceModel {
  place: string;
  name: string;
  /** "region", "nation" or "force". */
  kind: string;
  /** The panel's heading: "West Midlands and national". */
  title: string;
  comparator: Comparator;
  /** The place and its comparator (and the UK for context), indexed to 2017/18 = 100. */
  index: IndexSeries[];
  /** The figures shown that are medium confidence: the charts star them (MEDIUM_MARK). */
  medium: ReadonlySet<Observation>;
  /** Why there is no index chart (what is missing), or null when there is one. */
  missing: string | null;
  years: number[];
  /** The place's own yearly figures in the selected years (the table shows them all). */
  shares: PlaceShare[];
  forceYears: number[];
  platforms: string[];
  forces: ForceRow[];
  /** The takeaway's lead, at most HEADLINE_MAX characters: what the panel shows first. */
  headline: string;
  takeaway: string;
  caveats: string[];
  sources: Source[];
  notes: PanelNote[];
}

/** "West Midlands region" reads as "West Midlands" in a heading. */
function shortName(name: string): string {
  return name.replace(/ region$/, '');
}

/**
 * The like-for-like national comparator: England and Wales for any place inside it (the same
 * offence, the same forces' returns); otherwise the UK series, the only national total that
 * includes Scotland and Northern Ireland.
 */
export function comparatorOf(dataset: Dataset, place: string): Comparator {
  const placeName = dataset.geographies.get(place)?.name ?? place;
  const inEnglandWales = nationalComparatorOf(dataset, place) === ENGLAND_WALES;
  if (inEnglandWales)
    return {
      id: ENGLAND_WALES,
      name: coverageName(ENGLAND_WALES),
      phrase: coverageName(ENGLAND_WALES, true),
      likeForLike: true,
      reason: `${placeName} is part of England and Wales, where the offence is the same, so it is compared with England and Wales. The UK series (from 2021/22 the only national figure) includes Scotland, which records a different offence; it is drawn for context only.`,
    };
  const offence = DIFFERENT_OFFENCE.get(place);
  if (offence)
    return {
      id: UK,
      name: coverageName(UK),
      phrase: coverageName(UK, true),
      likeForLike: false,
      reason: `${placeName} records a different offence, "${offence}", so no national figure is like-for-like with it. It is set against the UK series, the only published total that includes its figures: that compares growth and its part of the UK total, not the same offence.`,
    };
  return {
    id: UK,
    name: coverageName(UK),
    phrase: coverageName(UK, true),
    likeForLike: true,
    reason: `${placeName} is not part of England and Wales; the only published national total that includes it is the UK series, so it is compared with the UK. The UK total also includes Scotland's different offence.`,
  };
}

function growth(points: YearPoint[], a: number, b: number): number | null {
  const x = points.find((p) => p.year === a)?.observation;
  const y = points.find((p) => p.year === b)?.observation;
  return x && y ? percentChange(x.value, y.value) : null;
}

/**
 * The comparator's figure for a year: the one of the place figure's release if there is one, else
 * its headline figure when that is published.
 */
function nationalFigure(
  dataset: Dataset,
  comparator: string,
  year: number,
  place: Observation,
): Observation | null {
  const entry = findEntry(dataset, {
    indicator: 'offences',
    geography: comparator,
    period: yearLabel(year),
  });
  if (!entry) return null;
  const sameRelease = [entry.headline, ...entry.revisions].find(
    (o) => place.release !== null && o.release === place.release,
  );
  // A derived total of another release spans releases of differing coverage: no share from it.
  return sameRelease ?? (entry.headline.status === 'derived' ? null : entry.headline);
}

function listYears(points: readonly { year: number; observation: Observation | null }[]): string {
  return points
    .flatMap((p) =>
      p.observation
        ? [
            `${yearLabel(p.year)} (${withMark(formatCount(p.observation.value), p.observation.status)})`,
          ]
        : [],
    )
    .join(', ');
}

function joinList(items: readonly string[]): string {
  return items.length > 1
    ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
    : (items[0] ?? '');
}

/** Whether any yearly recorded-offence figure exists for the place, in any year. */
function yearsWithFigures(dataset: Dataset, place: string): boolean {
  return observationsOf(dataset, place).some(
    (o) => o.indicator === 'offences' && o.period.kind === 'year',
  );
}

/** The place's forces (and groups of them) as listed in geographies.csv, forces first. */
function childrenOf(dataset: Dataset, place: string): string[] {
  const children = [...dataset.geographies.values()].filter((g) => g.parent === place);
  return [
    ...children.filter((g) => g.type === 'force'),
    ...children.filter((g) => g.type === 'group'),
  ].map((g) => g.id);
}

/** A place (region, nation or force) against its like-for-like national comparator. */
export function placeModel(
  dataset: Dataset,
  place: string,
  filters: Pick<Filters, 'platforms' | 'from' | 'to'>,
): PlaceModel {
  const caveats: string[] = [];
  const used: Observation[] = [];
  const name = dataset.geographies.get(place)?.name ?? place;
  const comparator = comparatorOf(dataset, place);
  const years: number[] = [];
  for (let y = filters.from; y <= filters.to; y++) years.push(y);
  const compared = [place, comparator.id, ...(comparator.id === ENGLAND_WALES ? [UK] : [])];
  if (!comparator.likeForLike) caveats.push(comparator.reason);

  // Counts over the selected years, and from 2017/18 for the long-run change.
  const from = Math.min(filters.from, INDEX_BASE_YEAR);
  const counts = new Map<string, YearPoint[]>();
  for (const geography of compared)
    counts.set(geography, offenceSeries(dataset, geography, from, filters.to, false)!.points);
  const placePoints = counts.get(place)!;
  const selected = placePoints.filter((p) => p.year >= filters.from && p.observation);

  const indexed = offenceSeries(dataset, place, filters.from, filters.to, true);
  const indexPoints = indexed?.points.filter((p) => p.value !== null) ?? [];
  let missing: string | null = null;
  if (selected.length === 0) {
    const any = placePoints.some((p) => p.observation) || yearsWithFigures(dataset, place);
    missing = any
      ? `${name} has no recorded-offence figure in the selected years.`
      : `No recorded-offence figures for ${name} are in the data, so there is nothing to set against ${comparator.phrase}.`;
  } else if (!indexed) {
    missing = `${name} has figures for ${listYears(selected)} but none for ${yearLabel(INDEX_BASE_YEAR)}, the base of the index, so it cannot be indexed against ${comparator.phrase}; its figures are in the table.`;
  } else if (indexPoints.length < 2) {
    missing = `${name} has a figure for ${listYears(selected)} only in the selected years: an index against ${comparator.phrase} needs two years.`;
  }

  const index: IndexSeries[] = [];
  if (!missing) {
    for (const geography of compared) {
      const found = offenceSeries(dataset, geography, from, filters.to, true);
      if (!found) continue;
      const points = found.points.filter((p) => p.year >= filters.from);
      if (points.every((p) => p.value === null)) continue;
      used.push(found.base!, ...points.flatMap((p) => (p.observation ? [p.observation] : [])));
      index.push({
        geography,
        name: dataset.geographies.get(geography)?.name ?? geography,
        ...geographyStyle(geography),
        points,
        base: found.base!,
      });
    }
  }

  const shares: PlaceShare[] = [];
  for (const p of selected) {
    const o = p.observation!;
    used.push(o);
    const national = nationalFigure(dataset, comparator.id, p.year, o);
    if (national) used.push(national);
    shares.push({
      year: p.year,
      place: o,
      national,
      share: national ? sharePercent(o.value, national.value) : null,
      sameRelease: national !== null && o.release !== null && national.release === o.release,
    });
  }
  const unmatched = shares.filter((s) => !s.national).map((s) => yearLabel(s.year));
  if (unmatched.length) {
    caveats.push(
      comparator.id === ENGLAND_WALES
        ? `${joinList(unmatched)}: no published England and Wales figure (from 2021/22 the national figures cover the UK, including Scotland's different offence), so the share of England and Wales is not computed.`
        : `${joinList(unmatched)}: no UK figure was published, so the share of the UK total is not computed.`,
    );
  }
  const matched = shares.filter((s) => s.national);
  const otherRelease = matched.filter((s) => !s.sameRelease);
  if (otherRelease.length) {
    const when =
      otherRelease.length === matched.length
        ? 'In every year'
        : joinList(otherRelease.map((s) => yearLabel(s.year)));
    caveats.push(
      `${when}: ${name}'s figure and the ${comparator.name} total come from different releases (or one gives no release date), so its share sets side by side figures that may have been revised differently.`,
    );
  }

  const children = childrenOf(dataset, place);
  const forceYears = years.filter((y) =>
    children.some((f) =>
      findEntry(dataset, { indicator: 'offences', geography: f, period: yearLabel(y) }),
    ),
  );
  const shareOf = (geography: string, platform: string) =>
    findEntry(dataset, {
      indicator: 'platform_share',
      geography,
      period: FORCE_SHARE_PERIOD,
      platform,
    })?.headline ?? null;
  const platforms = FORCE_PLATFORMS.filter(
    (p) =>
      (filters.platforms === null || filters.platforms.includes(p)) &&
      children.some((f) => shareOf(f, p)),
  );
  const forces: ForceRow[] = children
    .map((geography) => {
      const name = dataset.geographies.get(geography)?.name ?? geography;
      const short = name.replace(/ Police$/, '');
      const taken = [...dataset.geographies.values()].some(
        (g) => g.id !== geography && shortName(g.name) === short,
      );
      const row = {
        geography,
        name,
        shortName: taken ? name : short,
        counts: forceYears.map(
          (y) =>
            findEntry(dataset, { indicator: 'offences', geography, period: yearLabel(y) })
              ?.headline ?? null,
        ),
        shares: platforms.map((platform) => shareOf(geography, platform)),
      };
      for (const o of [...row.counts, ...row.shares]) if (o) used.push(o);
      return row;
    })
    .filter((f) => [...f.counts, ...f.shares].some((o) => o !== null));

  // Lines drawn from different release series: a gap between them can be a revision (#25, second
  // review), as the trend panel says.
  caveats.push(...mixedReleases(index));
  // A figure from a single outlet is said where the takeaway uses it, not only in the sources.
  const single = placePoints
    .map((p) => p.observation)
    .filter((o): o is Observation => !!o && figureConfidence(dataset, o) === 'M');
  if (single.length)
    caveats.push(
      `Medium confidence: ${single.map((o) => `${formatCount(o.value)} (${o.periodText})`).join(', ')} from a single outlet, not confirmed by a second; a change to or from ${single.length > 1 ? 'these' : 'it'} may partly reflect different counts.`,
    );
  if (forces.some((f) => f.shares.some((o) => o !== null)))
    caveats.push(
      "The forces' platform shares are of each force's offences over both years; the outlet did not say whether the base is all offences or those with the method known.",
    );

  const g = dataset.geographies.get(place);
  const takeaway = takeawayOf({
    dataset,
    place,
    name: g?.type === 'region' ? `the ${name}` : name,
    recorded:
      (g?.type === 'force'
        ? `recorded by ${name}`
        : `in ${g?.type === 'region' ? 'the ' : ''}${name}`) +
      (comparator.likeForLike ? '' : ' (a different offence)'),
    comparator,
    shares,
    placePoints,
    nationalPoints: counts.get(comparator.id)!,
    used,
  });

  const notes: PanelNote[] = [{ label: 'Comparator', text: comparator.reason }];
  const noted = new Set([place, ...children]);
  for (const o of new Set(used))
    if (o.note && noted.has(o.geography))
      notes.push({
        label: `${dataset.geographies.get(o.geography)?.name ?? o.geography}, ${o.periodText}`,
        text: o.note,
      });

  return {
    place,
    name,
    kind: g?.type ?? 'place',
    title: `${shortName(name)} and national`,
    comparator,
    index,
    medium: new Set(
      [...used, ...index.flatMap((x) => [x.base, ...x.points.map((p) => p.observation)])].filter(
        (o): o is Observation => !!o && figureConfidence(dataset, o) === 'M',
      ),
    ),
    missing,
    years,
    shares,
    forceYears,
    platforms,
    forces,
    headline: headlineOfPlace(dataset, name, shares, placePoints, !comparator.likeForLike),
    takeaway,
    caveats,
    sources: sourcesOf(dataset, used),
    notes,
  };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "West Midlands region: 391 offences in 2024/25, +102%† on 2017/18 (194), not known to be
 * like-for-like". */
function headlineOfPlace(
  dataset: Dataset,
  name: string,
  shares: PlaceShare[],
  placePoints: YearPoint[],
  /** The place records another offence than its comparator (Scotland): said on every slide. */
  otherOffence: boolean,
): string {
  const last = shares.at(-1);
  if (!last) return `No figure for ${name} in the selected years`;
  const base = placePoints.find((p) => p.year === INDEX_BASE_YEAR)?.observation;
  const g =
    base && last.year > INDEX_BASE_YEAR ? percentChange(base.value, last.place.value) : null;
  const doubt = g !== null ? comparability(dataset, base!, last.place) : '';
  return headlineOf(
    `${name}: ${countText(last.place)} offences${otherOffence ? ' (a different offence)' : ''} in ${yearLabel(last.year)}${g !== null ? `, ${signedPercent(g)}† on ${yearLabel(INDEX_BASE_YEAR)} (${formatCount(base!.value)})${doubt ? `, ${doubt}` : ''}` : ''}`,
  );
}

function takeawayOf({
  dataset,
  place,
  name,
  recorded,
  comparator,
  shares,
  placePoints,
  nationalPoints,
  used,
}: {
  dataset: Dataset;
  place: string;
  /** "the West Midlands region", "Wales", "Thames Valley Police" */
  name: string;
  /** "in the West Midlands region", "recorded by Thames Valley Police" */
  recorded: string;
  comparator: Comparator;
  shares: PlaceShare[];
  placePoints: YearPoint[];
  nationalPoints: YearPoint[];
  /** The figures the panel's sources are read from: a published change said here is one. */
  used: Observation[];
}): string {
  const last = shares.at(-1);
  if (!last) return `The selected years have no figure for ${name}.`;
  // Growth over the widest span where the place and the nation both have figures. Only published
  // totals are compared; a derived one spans releases of differing coverage.
  const both = shares.filter(
    (s) => s.share !== null && s.national!.status !== 'derived' && s.place.status !== 'derived',
  );
  const sentences: string[] = [];
  let covered: [number, number] | null = null;
  if (both.length >= 2) {
    const first = both[0]!;
    const end = both.at(-1)!;
    const grew = (g: number | null) =>
      g === null ? 'no computable change' : `${signedPercent(g)}†`;
    covered = [first.year, end.year];
    // The publisher's own change over the same span is said beside the computed one (#25, 6),
    // for the place as for the nation, and its source is listed with the panel's.
    const asPublished = (geography: string, points: YearPoint[]) => {
      const own = publishedChanges(dataset, geography).find(
        (c) => c.from === first.year && c.to === end.year,
      );
      const endPoint = points.find((p) => p.year === end.year);
      if (!own || !endPoint?.observation) return '';
      used.push(own.observation);
      return own.observation.value === growth(points, first.year, end.year) &&
        !own.observation.bound
        ? ', the same as published'
        : ` (${publishedChangeText(own, endPoint.observation, endPoint.revisions)})`;
    };
    const placePublished = asPublished(place, placePoints);
    const nationalPublished = asPublished(comparator.id, nationalPoints);
    sentences.push(
      `From ${yearLabel(first.year)} to ${yearLabel(end.year)} offences ${recorded} changed ${grew(growth(placePoints, first.year, end.year))} (${formatCount(first.place.value)} to ${formatCount(end.place.value)})${placePublished}, against ${grew(growth(nationalPoints, first.year, end.year))} in ${comparator.phrase}${nationalPublished}; ${name} recorded ${formatPercent(end.share!, 1)}† of the ${comparator.name} total in ${yearLabel(end.year)}.`,
    );
  } else {
    sentences.push(
      `${capital(name)} recorded ${countText(last.place)} offences in ${yearLabel(last.year)}${last.share !== null ? `, ${formatPercent(last.share, 1)}† of the ${comparator.name} total` : ''}.`,
    );
  }
  const base = placePoints.find((p) => p.year === INDEX_BASE_YEAR)?.observation;
  if (base && last.year > (covered?.[1] ?? INDEX_BASE_YEAR)) {
    const g = percentChange(base.value, last.place.value);
    if (g !== null) {
      // In words as in numbers, a computed claim carries †; one the outlet made says so (#25).
      // The words follow the rounded change shown beside them: +100% is "doubled", not "more".
      const words = g > 100 ? 'more than doubled' : g === 100 ? 'doubled' : null;
      const published = words && /more than double/i.test(last.place.note);
      const doubt = comparability(dataset, base, last.place);
      const how = !words
        ? `changed ${signedPercent(g)}†${doubt ? ` (${doubt})` : ''}`
        : published
          ? `${words} as published (${signedPercent(g)}† computed${doubt ? `; ${doubt}` : ''})`
          : `${words}† (${signedPercent(g)}†${doubt ? `; ${doubt}` : ''})`;
      sentences.push(
        `By ${yearLabel(last.year)} it had ${how} since ${yearLabel(INDEX_BASE_YEAR)} (${formatCount(base.value)} to ${formatCount(last.place.value)})`,
      );
    }
  }
  // The latest change, between the last two years with figures, unless already said.
  const previous = placePoints.filter((p) => p.observation && p.year < last.year).at(-1);
  if (
    previous &&
    !(covered && covered[0] === previous.year && covered[1] === last.year) &&
    previous.year !== INDEX_BASE_YEAR
  ) {
    const g = percentChange(previous.observation!.value, last.place.value);
    const change = `from ${formatCount(previous.observation!.value)} in ${yearLabel(previous.year)} to ${formatCount(last.place.value)} in ${yearLabel(last.year)}${g !== null ? ` (${signedPercent(g)}†)` : ''}`;
    if (sentences.length > 1)
      sentences[sentences.length - 1] += `; the latest change was ${change}.`;
    else sentences.push(`The latest change was ${change}.`);
  } else if (sentences.length > 1) sentences[sentences.length - 1] += '.';
  return sentences.join(' ');
}

export function shareText(o: Observation | null): string {
  return o ? withMark(formatPercent(o.value), o.status, o.bound) : '—';
}

export function countText(o: Observation | null): string {
  return o ? withMark(formatCount(o.value), o.status, o.bound) : '—';
}
