import { figureConfidence, findEntry, sourcesOf, type Dataset } from '../../data/dataset';
import { INDEX_BASE_YEAR, offenceSeries, type YearPoint } from '../../data/offence-series';
import { yearLabel } from '../../data/period';
import type { Observation, Source } from '../../data/schema';
import { percentChange, sharePercent, signedPercent } from '../../lib/derive';
import { formatCount, formatPercent, withMark } from '../../lib/format';
import { geographyStyle } from '../../lib/palette';

import type { Filters } from '../../state/filters';
import type { PanelNote } from '../../components/panel-frame';

export const REGION = 'west-midlands-region';
/** The like-for-like comparator: the region is part of England and Wales, and so is its offence. */
export const NATIONAL = 'england-wales';
const COMPARED = [REGION, NATIONAL, 'uk'];
const FORCES = ['west-midlands-police', 'staffordshire', 'west-mercia', 'warwickshire'];
const THREE_FORCES = 'west-midlands-region-excl-west-mercia';
const FORCE_PLATFORMS = ['meta-apps-or-snapchat', 'instagram'];

export interface IndexSeries {
  geography: string;
  name: string;
  color: string;
  dash: string;
  points: YearPoint[];
}

export interface RegionShare {
  year: number;
  region: Observation;
  /** Null where no England and Wales figure exists for the year. */
  national: Observation | null;
  /** Percent, one decimal; null without a like-for-like national figure. */
  share: number | null;
}

export interface ForceRow {
  geography: string;
  name: string;
  /** Recorded offences per year of `years`, null where not published. */
  counts: (Observation | null)[];
  /** Platform shares (both years of the 2019 release), per platform of `platforms`. */
  shares: (Observation | null)[];
}

export interface WestMidlandsModel {
  index: IndexSeries[];
  years: number[];
  shares: RegionShare[];
  forceYears: number[];
  platforms: string[];
  forces: ForceRow[];
  takeaway: string;
  caveats: string[];
  sources: Source[];
  notes: PanelNote[];
}

function growth(points: YearPoint[], a: number, b: number): number | null {
  const x = points.find((p) => p.year === a)?.observation;
  const y = points.find((p) => p.year === b)?.observation;
  return x && y ? percentChange(x.value, y.value) : null;
}

/** The West Midlands region against England and Wales, and its four forces. */
export function westMidlandsModel(
  dataset: Dataset,
  filters: Pick<Filters, 'platforms' | 'from' | 'to'>,
): WestMidlandsModel {
  const caveats: string[] = [];
  const used: Observation[] = [];
  const from = Math.min(filters.from, INDEX_BASE_YEAR);
  const years: number[] = [];
  for (let y = filters.from; y <= filters.to; y++) years.push(y);

  const index: IndexSeries[] = [];
  const counts = new Map<string, YearPoint[]>();
  for (const geography of COMPARED) {
    const found = offenceSeries(dataset, geography, from, filters.to, true);
    const plain = offenceSeries(dataset, geography, from, filters.to, false)!;
    counts.set(geography, plain.points);
    if (!found) continue;
    const points = found.points.filter((p) => p.year >= filters.from);
    if (points.every((p) => p.value === null)) continue;
    used.push(found.base!, ...points.flatMap((p) => (p.observation ? [p.observation] : [])));
    index.push({
      geography,
      name: dataset.geographies.get(geography)?.name ?? geography,
      ...geographyStyle(geography, COMPARED),
      points,
    });
  }

  const regionPoints = counts.get(REGION) ?? [];
  const nationalPoints = counts.get(NATIONAL) ?? [];
  const shares: RegionShare[] = [];
  for (const year of years) {
    const region = regionPoints.find((p) => p.year === year)?.observation;
    if (!region) continue;
    const national = nationalPoints.find((p) => p.year === year)?.observation ?? null;
    shares.push({
      year,
      region,
      national,
      share: national ? sharePercent(region.value, national.value) : null,
    });
    if (national) used.push(national);
  }
  const unmatched = shares.filter((s) => !s.national).map((s) => yearLabel(s.year));
  if (unmatched.length) {
    caveats.push(
      `${unmatched.join(', ')}: no England and Wales figure was published, and the UK total includes Scotland's different offence, so the region's share of the national total is not computed.`,
    );
  }

  const forceYears = years.filter((y) =>
    [...FORCES, THREE_FORCES].some((f) =>
      findEntry(dataset, { indicator: 'offences', geography: f, period: yearLabel(y) }),
    ),
  );
  const platforms = FORCE_PLATFORMS.filter(
    (p) => filters.platforms === null || filters.platforms.includes(p),
  );
  const forces: ForceRow[] = [...FORCES, THREE_FORCES].map((geography) => {
    const row = {
      geography,
      name: dataset.geographies.get(geography)?.name ?? geography,
      counts: forceYears.map(
        (y) =>
          findEntry(dataset, { indicator: 'offences', geography, period: yearLabel(y) })
            ?.headline ?? null,
      ),
      shares: platforms.map(
        (platform) =>
          findEntry(dataset, {
            indicator: 'platform_share',
            geography,
            period: '2017/18-2018/19',
            platform,
          })?.headline ?? null,
      ),
    };
    for (const o of [...row.counts, ...row.shares]) if (o) used.push(o);
    return row;
  });

  // Growth over the widest span where the region and the nation both have figures.
  // Only published totals are compared; a derived one spans releases of differing coverage.
  const both = shares.filter(
    (s) => s.share !== null && s.national!.status !== 'derived' && s.region.status !== 'derived',
  );
  let takeaway = 'The selected years have no West Midlands region figure.';
  const last = shares[shares.length - 1];
  if (both.length >= 2) {
    const a = both[0]!.year;
    const b = both[both.length - 1]!.year;
    const g1 = growth(regionPoints, a, b);
    const g2 = growth(nationalPoints, a, b);
    const lastBoth = both[both.length - 1]!;
    const grew = (g: number | null) =>
      g === null ? 'no computable change' : `${signedPercent(g)}†`;
    takeaway = `From ${yearLabel(a)} to ${yearLabel(b)} offences in the West Midlands region changed ${grew(g1)} (${formatCount(both[0]!.region.value)} to ${formatCount(lastBoth.region.value)}), against ${grew(g2)} in England and Wales; the region recorded ${formatPercent(lastBoth.share!, 1)}† of the national total in ${yearLabel(b)}.`;
  } else if (last) {
    takeaway = `The West Midlands region recorded ${formatCount(last.region.value)} offences in ${yearLabel(last.year)}${last.share !== null ? `, ${formatPercent(last.share, 1)}† of England and Wales` : ''}.`;
  }
  if (last && both.length && last.year > both[both.length - 1]!.year) {
    const base = regionPoints.find((p) => p.year === INDEX_BASE_YEAR)?.observation;
    const g = growth(regionPoints, INDEX_BASE_YEAR, last.year);
    if (base && g !== null) {
      const ratio = last.region.value / base.value;
      const how =
        ratio > 2 ? 'more than doubled' : ratio === 2 ? 'doubled' : `changed ${signedPercent(g)}†`;
      takeaway += ` By ${yearLabel(last.year)} it had ${how} since ${yearLabel(INDEX_BASE_YEAR)} (${formatCount(base.value)} to ${formatCount(last.region.value)}).`;
    }
  }

  // A figure from a single outlet is said where the takeaway uses it, not only in the sources.
  const single = regionPoints
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

  const notes: PanelNote[] = [
    {
      label: 'Comparator',
      text: 'The region is compared with England and Wales, where the offence is the same. The UK series (from 2021/22 the only national figure) includes Scotland, which records a different offence; it is indexed for context only.',
    },
  ];
  for (const o of used)
    if (o.note && FORCES.concat(THREE_FORCES).includes(o.geography))
      notes.push({
        label: dataset.geographies.get(o.geography)?.name ?? o.geography,
        text: o.note,
      });

  return {
    index,
    years,
    shares,
    forceYears,
    platforms,
    forces,
    takeaway,
    caveats,
    sources: sourcesOf(dataset, used),
    notes,
  };
}

export function shareText(o: Observation | null): string {
  return o ? withMark(formatPercent(o.value), o.status, o.bound) : '—';
}

export function countText(o: Observation | null): string {
  return o ? withMark(formatCount(o.value), o.status) : '—';
}
