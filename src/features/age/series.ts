import {
  figureConfidence,
  observationKey,
  observationsFor,
  sourcesOf,
  type Dataset,
} from '../../data/dataset';
import { formatPeriod } from '../../lib/period';
import type { Observation, Source } from '../../data/schema';
import {
  ageBandLabel,
  type Confidence,
  type Indicator,
  type Status,
} from '../../data/vocabularies';
import { formatCount, formatPercent, withMark, headlineOf } from '../../data/format';
import { ageCountLabel, countNoun, type CountNoun } from '../../data/nouns';
import { geographyStyle } from '../../lib/palette';
import type { Filters } from '../../state/filters';
import type { PanelNote } from '../../components/panel-chrome';

export interface AgeItem {
  key: string;
  /** What the figure counts: "Aged under 12", "Girls aged 12 to 15", "Victims under 13". */
  label: string;
  /** Period and place: "2017/18 to 2018/19, England and Wales". */
  context: string;
  value: number;
  /** As published: whole percents, "≈" for approximate figures. */
  text: string;
  status: Status;
  confidence: Confidence;
  /** What a share is of, as its release said ("of victims whose gender was known"), or that it
   * did not say; empty for a count. */
  base: string;
  color: string;
  observation: Observation;
}

export interface AgeModel {
  measure: 'count' | 'share';
  items: AgeItem[];
  /** The takeaway's lead, at most HEADLINE_MAX characters: what the panel shows first. */
  headline: string;
  takeaway: string;
  caveats: string[];
  sources: Source[];
  notes: PanelNote[];
}

const SHARE_INDICATORS: readonly Indicator[] = ['age_band_share', 'sex_share'];
const COUNT_INDICATORS: readonly Indicator[] = ['offences_age_known', 'age_band_offences'];

/** A count's sentence, in the noun its source counted (#25, item 10). */
const COUNTED: Record<CountNoun, string> = {
  offences: 'offences involved children',
  victims: 'victims were',
  instances: 'instances in which police gave the age involved children',
};

/** Youngest band first, so the sentence speaks of the youngest children a release counted. */
const BAND_ORDER = ['pre-school', 'under-11', 'under-12', 'under-13', '12-15', '12-17'];

/** What a figure counts, in its source's noun: a count says offences, victims or instances. */
function labelOf(dataset: Dataset, o: Observation): string {
  if (o.indicator === 'offences_age_known') return "Instances with the victim's age given";
  if (o.indicator === 'sex_share')
    return o.sex === 'male' ? 'Victims who were boys' : 'Victims who were girls';
  const band = ageBandLabel(o.ageBand ?? '').toLowerCase();
  if (o.sex) return `${o.sex === 'female' ? 'Girls' : 'Boys'} aged ${band}`;
  if (o.indicator === 'age_band_offences') return ageCountLabel(countNoun(dataset, o), band);
  return `Aged ${band}`;
}

/** A share's base as its note gives it; a release that did not say leaves it unknown (#25). */
function baseOf(o: Observation): string {
  if (!o.indicator.endsWith('_share')) return '';
  const stated = o.note.match(/^Of (victims whose [a-z]+ was known)/i)?.[1];
  if (stated) return `of ${stated.charAt(0).toLowerCase()}${stated.slice(1)}`;
  const known = o.indicator === 'sex_share' ? 'sex' : 'age';
  return `base not stated: all victims or those whose ${known} was known`;
}

function overlaps(o: Observation, from: number, to: number): boolean {
  const p = o.period;
  if (p.kind === 'year') return p.year >= from && p.year <= to;
  if (p.kind === 'span') return p.to >= from && p.from <= to;
  const startYear = Number(p.start.slice(0, 4)) - (Number(p.start.slice(5)) < 4 ? 1 : 0);
  return startYear >= from && startYear <= to;
}

function sortKey(o: Observation): number {
  const p = o.period;
  return p.kind === 'year' ? p.year : p.kind === 'span' ? p.to : Number(p.start.slice(0, 4));
}

/** Every published age (and sex) figure for the selected places and years, as published. */
export function ageModel(
  dataset: Dataset,
  filters: Pick<Filters, 'geos' | 'from' | 'to' | 'measure'>,
): AgeModel {
  // Under the index, every panel it does not apply to shows counts, as the platform panels do.
  const measure: AgeModel['measure'] = filters.measure === 'share' ? 'share' : 'count';
  const caveats: string[] = [];
  if (filters.measure === 'index')
    caveats.push('The index applies to totals over time; this panel shows counts.');
  const indicators = measure === 'share' ? SHARE_INDICATORS : COUNT_INDICATORS;

  const headlines = new Set<Observation>();
  for (const indicator of indicators)
    for (const o of observationsFor(dataset, indicator))
      if (filters.geos.includes(o.geography) && overlaps(o, filters.from, filters.to))
        headlines.add(dataset.entries.get(observationKey(o))!.headline);
  const observations = [...headlines].sort(
    (a, b) =>
      sortKey(a) - sortKey(b) ||
      BAND_ORDER.indexOf(a.ageBand ?? '') - BAND_ORDER.indexOf(b.ageBand ?? ''),
  );

  const items = observations.map((o): AgeItem => {
    const geo = dataset.geographies.get(o.geography)?.name ?? o.geography;
    const number = measure === 'share' ? formatPercent(o.value) : formatCount(o.value);
    // A value derived from a rounded one ("a fifth of 5,567") is no more precise than its input.
    const roughly = o.status === 'derived' && /approximate/i.test(o.note) ? '≈' : '';
    return {
      key: `${o.row}`,
      label: labelOf(dataset, o),
      context: `${formatPeriod(o.period)}, ${geo}`,
      value: o.value,
      text: o.bound ? withMark(number, o.status, o.bound) : roughly + withMark(number, o.status),
      status: o.status,
      confidence: figureConfidence(dataset, o),
      base: baseOf(o),
      color: geographyStyle(o.geography).color,
      observation: o,
    };
  });

  if (items.length === 0) {
    const places = [
      ...new Set(
        indicators
          .flatMap((indicator) => observationsFor(dataset, indicator))
          .map((o) => dataset.geographies.get(o.geography)?.name ?? o.geography),
      ),
    ];
    caveats.push(
      `No ${measure === 'share' ? 'age shares' : 'age counts'} were published for the selected places and years. They exist for: ${places.join(', ')}.`,
    );
  }

  // Figures of different releases rest on different bases, bands and places: shown side by side,
  // they are not a series and not comparable with each other.
  const releases = new Set(items.map((i) => `${i.observation.source}|${i.observation.release}`));
  if (releases.size > 1)
    caveats.push(
      `These ${items.length} figures come from ${releases.size} releases with different bases, age bands, years and places: read each on its own, not as a series or against each other.`,
    );
  const places = new Set(items.map((i) => i.observation.geography));
  for (const id of places) {
    const note = dataset.geographies.get(id)?.note;
    if (note) caveats.push(note);
  }

  // The takeaway leads with the largest age group published (the latest of equals), girls or
  // boys of an age included.
  const youngest = [...items]
    .filter((i) => i.observation.ageBand)
    .sort(
      (a, b) =>
        b.value - a.value ||
        sortKey(b.observation) - sortKey(a.observation) ||
        BAND_ORDER.indexOf(a.observation.ageBand!) - BAND_ORDER.indexOf(b.observation.ageBand!),
    )[0];
  let takeaway = items.length
    ? `${items.length} ${items.length === 1 ? 'age figure was' : 'age figures were'} published for the selection.`
    : 'No age figures for the selection.';
  if (youngest) {
    const o = youngest.observation;
    const band = `${o.sex ? `${o.sex === 'female' ? 'girls' : 'boys'} aged ` : ''}${ageBandLabel(o.ageBand!).toLowerCase()}`;
    const wording =
      o.status === 'approximate' && o.note
        ? `; ${o.note.charAt(0).toLowerCase()}${o.note.split(/[;.] /)[0]!.replace(/\.$/, '').slice(1)}`
        : o.status === 'derived'
          ? ', derived: see the notes'
          : '';
    takeaway =
      measure === 'share'
        ? `${youngest.text} of victims were ${band} (${youngest.context})${wording}; ${youngest.base}.`
        : `${youngest.text} ${COUNTED[countNoun(dataset, o)]} ${band} (${youngest.context})${wording}.`;
  }

  return {
    measure,
    items,
    headline: headlineOf(takeaway),
    takeaway,
    caveats,
    sources: sourcesOf(dataset, observations),
    notes: items
      .filter((i) => i.observation.note)
      .map((i) => ({ label: `${i.label}, ${i.context}`, text: i.observation.note })),
  };
}
