import { observationsFor, type Dataset } from './dataset';
import type { Observation } from './schema';

/** What a count counted, in its source's own noun (DESIGN.md, truth rules; #25, item 10). */
export type CountNoun = 'offences' | 'victims' | 'instances';

/**
 * The noun of a count figure. Police gave a child's age in "instances", not offences; a band's
 * count derived from those instances counts instances too; a release that counted victims says
 * so at the head of the figure's note ("Victims under 13, Scotland: …"). Everything else counted
 * offences.
 */
export function countNoun(dataset: Dataset, o: Observation): CountNoun {
  if (o.indicator === 'offences_age_known') return 'instances';
  if (o.indicator !== 'age_band_offences') return 'offences';
  if (/^victims\b/i.test(o.note)) return 'victims';
  const fromInstances =
    o.status === 'derived' &&
    observationsFor(dataset, 'offences_age_known').some(
      (k) => k.geography === o.geography && k.periodText === o.periodText,
    );
  return fromInstances ? 'instances' : 'offences';
}

/** A count by age band, named by what it counted and short enough for a chart's row: "Victims
 * under 13", "Offences against children aged 12 to 15". */
export function ageCountLabel(noun: CountNoun, band: string): string {
  const aged = /^\d/.test(band) ? `aged ${band}` : band;
  if (noun === 'victims') return `Victims ${aged}`;
  if (noun === 'instances') return `Instances with a child ${aged}`;
  return `Offences against children ${aged}`;
}

/** A count by age band as a file's measure, beside its age band column. */
export const AGE_COUNT_MEASURES: Record<CountNoun, string> = {
  offences: 'Offences, by victim age band',
  victims: 'Victims, by age band',
  instances: "Instances in which police gave a child's age, by age band",
};
