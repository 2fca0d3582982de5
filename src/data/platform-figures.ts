import { findEntry, importedFrom, observationsOfIn, type Dataset } from './dataset';
import { yearLabel } from '../lib/period';
import type { Observation } from './schema';
import type { Bound, Status } from './vocabularies';
import { computedStatus, sharePercent } from './derive';

/** Ids that group platforms (or are the remainder): never "the leading platform". */
export const PLATFORM_GROUPS: ReadonlySet<string> = new Set([
  'other',
  'meta-apps',
  'meta-apps-or-snapchat',
]);

/** National platform figures come from England and Wales until 2020/21 and the UK after. */
export const NATIONAL_GEOGRAPHIES = ['england-wales', 'uk'] as const;

/** "England and Wales" or "UK" ("the UK" inside a sentence); other ids as they are. */
export function coverageName(geography: string, inSentence = false): string {
  if (geography === 'uk') return inSentence ? 'the UK' : 'UK';
  return geography === 'england-wales' ? 'England and Wales' : geography;
}

export interface ShownShare {
  /** Rounded for display: one decimal when computed, as published otherwise. */
  value: number;
  /** Unrounded, for differences and ranking: differences are rounded once, at the end. */
  exact: number;
  status: Status;
  /** A published bound's direction ("over a quarter"). */
  bound: Bound | null;
  /** True when computed from the counts rather than read from a published percent. */
  computed: boolean;
}

export interface PlatformFigure {
  platform: string;
  year: number;
  geography: string;
  count: Observation | null;
  publishedShare: Observation | null;
  methodKnown: Observation | null;
  /** The share to show: computed from the counts where they exist, else the published one. */
  share: ShownShare | null;
  /** The published percent disagrees with the one its counts give, once rounded alike. */
  shareMismatch: boolean;
}

/** Platforms with yearly figures (a count or a share) for a geography and year. */
function platformsIn(dataset: Dataset, geography: string, year: number): string[] {
  const period = yearLabel(year);
  const ids = new Set<string>();
  for (const o of observationsOfIn(dataset, geography, 'platform_offences', 'platform_share'))
    if (o.platform && o.period.kind === 'year' && yearLabel(o.period.year) === period)
      ids.add(o.platform);
  return [...ids];
}

export function platformFigure(
  dataset: Dataset,
  platform: string,
  year: number,
  geography: string,
): PlatformFigure {
  const period = yearLabel(year);
  const count =
    findEntry(dataset, { indicator: 'platform_offences', geography, period, platform })?.headline ??
    null;
  const publishedShare =
    findEntry(dataset, { indicator: 'platform_share', geography, period, platform })?.headline ??
    null;
  const methodKnown =
    findEntry(dataset, { indicator: 'offences_method_known', geography, period })?.headline ?? null;
  let share: ShownShare | null = null;
  let shareMismatch = false;
  if (count && methodKnown && methodKnown.value > 0) {
    const value = sharePercent(count.value, methodKnown.value)!;
    share = {
      value,
      exact: (count.value / methodKnown.value) * 100,
      status: computedStatus(count.status, methodKnown.status),
      bound: null,
      computed: true,
    };
    shareMismatch =
      publishedShare !== null && Math.round(value) !== Math.round(publishedShare.value);
  } else if (publishedShare) {
    share = {
      value: publishedShare.value,
      exact: publishedShare.value,
      status: publishedShare.status,
      bound: publishedShare.bound,
      computed: false,
    };
  }
  return { platform, year, geography, count, publishedShare, methodKnown, share, shareMismatch };
}

/**
 * The national geography with platform figures for a year: England and Wales where it has them,
 * else the UK. Null when neither has.
 */
export function nationalPlatformGeography(dataset: Dataset, year: number): string | null {
  return NATIONAL_GEOGRAPHIES.find((g) => platformsIn(dataset, g, year).length > 0) ?? null;
}

/** Every platform figure of the national series for one year. */
export function nationalPlatformFigures(dataset: Dataset, year: number): PlatformFigure[] {
  const geography = nationalPlatformGeography(dataset, year);
  if (!geography) return [];
  return platformsIn(dataset, geography, year).map((p) =>
    platformFigure(dataset, p, year, geography),
  );
}

/** The files behind the share shown for a platform, when any of its figures were imported. */
export function shareImportedFrom(f: PlatformFigure): string | undefined {
  return f.share?.computed ? importedFrom(f.count, f.methodKnown) : importedFrom(f.publishedShare);
}
