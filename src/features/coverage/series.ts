import { findEntry, observationsFor, sourcesOf, yearsOf, type Dataset } from '../../data/dataset';
import { formatPeriod, yearLabel } from '../../lib/period';
import {
  nationalPlatformFigures,
  NATIONAL_GEOGRAPHIES,
  coverageName,
} from '../../data/platform-figures';
import { coverageOf, forcesBehind, type FigureCoverage } from '../../data/figure-coverage';
import type { Observation, Source } from '../../data/schema';
import { INDICATORS, platformLabel } from '../../data/vocabularies';
import { sharePercent } from '../../data/derive';
import { formatCount, formatPercent, withMark, headlineOf } from '../../data/format';
import type { Filters } from '../../state/filters';
import type { PanelNote } from '../../components/panel-chrome';

export interface CoverageYear {
  year: number;
  geography: string;
  forces: Observation | null;
  /** The forces behind the year's total, with the number the place has: "42 of 43 forces". */
  coverage: FigureCoverage;
  offences: Observation;
  methodKnown: Observation | null;
  /** Percent of offences with the method known, one decimal (derived). */
  methodShare: number | null;
}

export interface AgeCoverage {
  label: string;
  ageKnown: Observation;
  /** The yearly totals summed to the span's offences. */
  parts: Observation[];
  offences: number;
  share: number;
}

export interface Discrepancy {
  title: string;
  /** Whether it sets figures against each other: then `short` says them in a few words. */
  figures: boolean;
  readonly text: string;
  /** The figures that disagree, in a few words, for the outputs' caveat; null for a note
   * without figures of its own. */
  readonly short: string | null;
  readonly sources: Source[];
}

export interface CoverageModel {
  years: CoverageYear[];
  age: AgeCoverage[];
  discrepancies: Discrepancy[];
  /** The takeaway's lead, at most HEADLINE_MAX characters: what the panel shows first. */
  headline: string;
  takeaway: string;
  caveats: string[];
  sources: Source[];
  notes: PanelNote[];
}

/** Editorial notes from the data set's catalogue (FIGURES.md) that no arithmetic can find. */
const EDITORIAL: { title: string; text: string; short?: string; sources: string[] }[] = [
  {
    title: 'Scotland records a different offence',
    text: 'Police Scotland records "communicating indecently with a child". UK totals include it, so they are not like-for-like with England and Wales.',
    sources: ['scotland-press'],
  },
  {
    title: 'Facebook and Messenger, 2023/24',
    text: 'Published as 10% by ITV News; some outlets give 12%. The dashboard shows 10%.',
    short: '10% and 12% in different outlets',
    sources: ['itv-2024-10'],
  },
  {
    title: 'Facebook and Instagram, 2024/25',
    text: 'Published as 9%, worded so that it may be the two combined or each; it is not charted as either.',
    short: '9%, combined or each',
    sources: ['shropshirestar-2025-11-uk'],
  },
  {
    title: 'West Midlands region, 2023/24 and 2024/25',
    text: "The 2023/24 figure, 457, comes from a single outlet (Hits Radio Shropshire) and is not confirmed by a second; 2024/25, 391, comes from another outlet. The fall between them may partly reflect different counts. The region's 2021/22 figure (270) excludes West Mercia, which did not supply figures.",
    sources: ['hellorayo-2023-24', 'shropshirestar-2025-11-wm', 'expressandstar-2022-07'],
  },
  {
    title: 'Platform shares from 2023/24 rest on far fewer offences',
    text: 'The method (platform) was known for about two thirds of offences in 2017/18 and 2018/19 and about a quarter in 2023/24 and 2024/25, so shares of the later years describe a much smaller, perhaps different, part of the offences.',
    sources: [],
  },
  {
    title: 'A different measure left out',
    text: 'Express & Star figures for West Midlands Police published in 2020 count all online-flagged child sexual offences, a wider measure, and are not included.',
    sources: [],
  },
];

/** The most discrepancies a caveat names: every file built from the caveats carries them. */
const CAVEAT_DISCREPANCIES = 12;

function sourceName(dataset: Dataset, o: Observation): string {
  const s = o.source ? dataset.sources.get(o.source) : undefined;
  return [s?.publisher, o.release].filter(Boolean).join(', ');
}

const discrepanciesOf = new WeakMap<Dataset, Discrepancy[]>();

/** Depends on the data set alone, which can be large: found once, not on every filter change. */
function discrepancies(dataset: Dataset): Discrepancy[] {
  let found = discrepanciesOf.get(dataset);
  if (!found) discrepanciesOf.set(dataset, (found = findDiscrepancies(dataset)));
  return found;
}

function findDiscrepancies(dataset: Dataset): Discrepancy[] {
  const list: Discrepancy[] = [];
  // Imports can revise figures many times over (200,000 rows, thousands of values): each value
  // and each source is worded once, not once per revision.
  const marked = new Map<Observation['status'], Map<number, string>>();
  const markedOf = (x: Observation) => {
    let byValue = marked.get(x.status);
    if (!byValue) marked.set(x.status, (byValue = new Map()));
    let text = byValue.get(x.value);
    if (text === undefined) byValue.set(x.value, (text = withMark(formatCount(x.value), x.status)));
    return text;
  };
  const named = new Map<string, string>();
  const sourceOf = (x: Observation) => {
    const key = `${x.source ?? ''}|${x.release ?? ''}`;
    let text = named.get(key);
    if (text === undefined) named.set(key, (text = sourceName(dataset, x)));
    return text;
  };
  for (const entry of dataset.entries.values()) {
    const o = entry.headline;
    if (!entry.revisions.some((r) => r.value !== o.value)) continue;
    const place = dataset.geographies.get(o.geography)?.name ?? o.geography;
    // Worded when first read: the panel shows the first few and the caveat names a dozen, so
    // thousands of revised imports are counted, not worded, as the page opens.
    let worded: Pick<Discrepancy, 'text' | 'short' | 'sources'> | null = null;
    const words = () => {
      if (worded) return worded;
      const figures = [o, ...entry.revisions.filter((r) => r.value !== o.value)];
      const values = figures.map(
        (x) => `${markedOf(x)} (${x.status === 'derived' ? 'derived, ' : ''}${sourceOf(x)})`,
      );
      return (worded = {
        text: `${values.join('; ')}. The first is shown as the headline figure.`,
        short: figures.map(markedOf).join(' / '),
        sources: sourcesOf(dataset, figures),
      });
    };
    list.push({
      title: `${place}, ${formatPeriod(o.period)}: ${INDICATORS[o.indicator].label.toLowerCase()}`,
      figures: true,
      get text() {
        return words().text;
      },
      get short() {
        return words().short;
      },
      get sources() {
        return words().sources;
      },
    });
  }
  for (const year of yearsOf(dataset)) {
    for (const f of nationalPlatformFigures(dataset, year)) {
      if (!f.shareMismatch) continue;
      list.push({
        title: `${platformLabel(f.platform)}, ${yearLabel(year)}: share`,
        figures: true,
        text: `Published as ${formatPercent(f.publishedShare!.value)}; the counts give ${formatPercent(f.share!.value, 1)} (${formatCount(f.count!.value)} / ${formatCount(f.methodKnown!.value)}). Charts show the computed share.`,
        short: `published ${formatPercent(f.publishedShare!.value)}, counts give ${formatPercent(f.share!.value, 1)}†`,
        sources: sourcesOf(dataset, [f.publishedShare!, f.count!]),
      });
    }
  }
  // A nation's headline against the sum of its forces, where every force has a figure.
  for (const nation of [...dataset.geographies.values()].filter((g) => g.type === 'nation')) {
    const forces = [...dataset.geographies.values()].filter(
      (g) => g.type === 'force' && g.parent === nation.id,
    );
    if (forces.length < 2) continue;
    for (const year of yearsOf(dataset)) {
      const total = findEntry(dataset, {
        indicator: 'offences',
        geography: nation.id,
        period: yearLabel(year),
      })?.headline;
      const parts = forces.map(
        (g) =>
          findEntry(dataset, { indicator: 'offences', geography: g.id, period: yearLabel(year) })
            ?.headline,
      );
      if (!total || parts.some((p) => !p)) continue;
      const sum = parts.reduce((acc, p) => acc + p!.value, 0);
      if (sum === total.value) continue;
      list.push({
        title: `${nation.name}, ${yearLabel(year)}: total and forces`,
        figures: true,
        text: `The published total is ${formatCount(total.value)}; its ${forces.length} forces add up to ${formatCount(sum)}.`,
        short: `total ${formatCount(total.value)}, forces add up to ${formatCount(sum)}†`,
        sources: sourcesOf(dataset, [total, ...parts.map((p) => p!)]),
      });
    }
  }
  for (const e of EDITORIAL)
    list.push({
      title: e.title,
      figures: e.short !== undefined,
      text: e.text,
      short: e.short ?? null,
      sources: e.sources.flatMap((id) => dataset.sources.get(id) ?? []),
    });
  return list;
}

/** How much of the picture each year's figures cover, and where releases disagree. */
export function coverageModel(
  dataset: Dataset,
  filters: Pick<Filters, 'from' | 'to'>,
): CoverageModel {
  const used: Observation[] = [];
  const years: CoverageYear[] = [];
  for (let year = filters.from; year <= filters.to; year++) {
    for (const geography of NATIONAL_GEOGRAPHIES) {
      const offences = findEntry(dataset, {
        indicator: 'offences',
        geography,
        period: yearLabel(year),
      })?.headline;
      // The UK row of a year counts only once England and Wales has no figure of its own.
      if (!offences) continue;
      const methodKnown =
        findEntry(dataset, {
          indicator: 'offences_method_known',
          geography,
          period: yearLabel(year),
        })?.headline ?? null;
      const forces = forcesBehind(dataset, offences);

      years.push({
        year,
        geography,
        forces,
        coverage: coverageOf(dataset, offences),
        offences,
        methodKnown,
        methodShare: methodKnown ? sharePercent(methodKnown.value, offences.value) : null,
      });
      used.push(offences, ...[methodKnown, forces].filter((o): o is Observation => o !== null));
      break;
    }
  }

  const age: AgeCoverage[] = [];
  for (const o of observationsFor(dataset, 'offences_age_known').filter(
    (x) => x.period.kind === 'span',
  )) {
    if (o.period.kind !== 'span' || o.period.to < filters.from || o.period.from > filters.to)
      continue;
    let total = 0;
    const parts: Observation[] = [];
    for (let y = o.period.from; y <= o.period.to; y++) {
      const e = findEntry(dataset, {
        indicator: 'offences',
        geography: o.geography,
        period: yearLabel(y),
      });
      if (e) parts.push(e.headline);
      total += e?.headline.value ?? NaN;
    }
    const share = Number.isFinite(total) ? sharePercent(o.value, total) : null;
    if (share === null) continue;
    used.push(o, ...parts);
    age.push({
      label: `${formatPeriod(o.period)}, ${dataset.geographies.get(o.geography)?.name ?? o.geography}`,
      ageKnown: o,
      parts,
      offences: total,
      share,
    });
  }

  const caveats: string[] = [];
  const switchYear = years.find((y, i) => i > 0 && y.geography !== years[i - 1]!.geography);
  if (switchYear) {
    caveats.push(
      `From ${yearLabel(switchYear.year)} the national figures cover the UK, including Scotland's different offence; before, England and Wales.`,
    );
  }
  // The known discrepancies leave the page with the panel: every file built from its caveats
  // (README, image, slide, PowerPoint) carries them (#25, item 10).
  // Imports can add thousands: a caveat names the first few and counts the rest, which the
  // panel lists.
  const found = discrepancies(dataset);
  const withFigures = found.filter((d) => d.figures);
  if (withFigures.length > 0) {
    const more = withFigures.length - CAVEAT_DISCREPANCIES;
    const shorts = withFigures.slice(0, CAVEAT_DISCREPANCIES).map((d) => `${d.title}: ${d.short}`);
    caveats.push(
      `Known discrepancies (each explained under "Known discrepancies and revisions" in the data coverage panel): ${shorts.join('; ')}${more > 0 ? `; and ${formatCount(more)} more` : ''}.`,
    );
  }
  const known = years.filter((y) => y.methodShare !== null);
  const last = known[known.length - 1];
  const first = known[0];
  const where = (y: CoverageYear) => coverageName(y.geography);
  // The later releases counted offences where the platform was known, and cover the UK: say so
  // wherever the two are set side by side.
  const definition = (y: CoverageYear) =>
    /platform was known/i.test(y.methodKnown?.note ?? '') ? 'platform known' : 'method known';
  const differ = (a: CoverageYear, b: CoverageYear) =>
    a.geography !== b.geography || definition(a) !== definition(b)
      ? ` Not like-for-like: ${yearLabel(a.year)} counts the ${definition(a)} in ${where(a)}, ${yearLabel(b.year)} the ${definition(b)} in ${where(b)}.`
      : '';
  const takeaway =
    first && last && first !== last
      ? `Police gave the method of communication for ${formatPercent(first.methodShare!, 1)}† of offences in ${yearLabel(first.year)} (${where(first)}) and ${formatPercent(last.methodShare!, 1)}† in ${yearLabel(last.year)} (${where(last)}), so platform shares describe only part of the offences.${differ(first, last)}`
      : last
        ? `Police gave the method of communication for ${formatPercent(last.methodShare!, 1)}† of offences in ${yearLabel(last.year)} (${where(last)}).`
        : 'No figures on how many offences had the method known were published for the selected years.';

  return {
    years,
    age,
    discrepancies: found,
    headline:
      first && last && first !== last
        ? `Method known for ${formatPercent(first.methodShare!, 1)}† of offences in ${yearLabel(first.year)} (${where(first)}), ${formatPercent(last.methodShare!, 1)}† in ${yearLabel(last.year)} (${where(last)})`
        : headlineOf(takeaway),
    takeaway,
    caveats,
    sources: sourcesOf(dataset, used),
    notes: [
      {
        label: 'Method known',
        text: 'Computed (†) as offences with the method of communication known divided by recorded offences of the same release and coverage.',
      },
    ],
  };
}
