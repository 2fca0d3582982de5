/** Controlled vocabularies of the data format (DESIGN.md, "The data format"). */

export const INDICATORS = {
  offences: { label: 'Recorded offences', unit: 'count' },
  offences_method_known: {
    label: 'Offences with the method of communication known',
    unit: 'count',
  },
  // Police gave a child's age in "instances" (FIGURES.md §1), not offences.
  offences_age_known: { label: "Instances in which police gave the victim's age", unit: 'count' },
  platform_offences: { label: 'Offences by platform', unit: 'count' },
  platform_share: { label: 'Share of offences with the method known', unit: 'percent' },
  // Each figure's own noun (offences, victims or instances) is its measure in files: data/nouns.ts.
  age_band_offences: { label: 'Count by victim age band', unit: 'count' },
  // Releases gave age shares of victims, on a base each states or leaves unstated (#25, item 10).
  age_band_share: { label: 'Share of victims, by age band', unit: 'percent' },
  sex_share: { label: 'Share of victims with sex known', unit: 'percent' },
  forces_responding: { label: 'Police forces that supplied figures', unit: 'count' },
  // A publisher's own change between the two years of its span, on the basis its note states.
  offences_change: { label: 'Published change in recorded offences', unit: 'change' },
} as const;

export type Indicator = keyof typeof INDICATORS;
export const INDICATOR_IDS = Object.keys(INDICATORS) as Indicator[];

export const PLATFORMS: Record<string, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  'facebook-messenger': 'Facebook Messenger',
  whatsapp: 'WhatsApp',
  snapchat: 'Snapchat',
  kik: 'Kik',
  'meta-apps': 'Meta / Facebook-owned apps',
  // The 2019 release reported this group share nationally and for each West Midlands force.
  'meta-apps-or-snapchat': 'Facebook-owned apps or Snapchat',
  other: 'Other or unnamed methods',
};

export const AGE_BANDS: Record<string, string> = {
  'pre-school': 'Pre-school',
  'under-11': 'Under 11',
  'under-12': 'Under 12',
  'under-13': 'Under 13',
  '12-15': '12 to 15',
  '12-17': '12 to 17',
};

/** Release series that a publisher republished whole; blank = each figure as first published. */
export const SERIES: Record<string, string> = {
  'revised-2024': "the NSPCC's revised UK series of 2024",
};

export const SEXES = { female: 'Girls', male: 'Boys' } as const;
export type Sex = keyof typeof SEXES;

export const STATUSES = ['published', 'derived', 'approximate'] as const;
export type Status = (typeof STATUSES)[number];

export const GEOGRAPHY_TYPES = ['group', 'nation', 'region', 'force'] as const;
export type GeographyType = (typeof GEOGRAPHY_TYPES)[number];

export const CONFIDENCES = { H: 'High', M: 'Medium' } as const;
export type Confidence = keyof typeof CONFIDENCES;

/** over: the figure is a lower bound ("over 5,500"); under: an upper bound ("nearly a quarter"). */
export const BOUNDS = ['over', 'under'] as const;
export type Bound = (typeof BOUNDS)[number];

/** Label of a platform id, falling back to the id itself for ids a newer file introduced. */
export function platformLabel(id: string): string {
  return Object.hasOwn(PLATFORMS, id) ? PLATFORMS[id]! : id;
}

export function ageBandLabel(id: string): string {
  return Object.hasOwn(AGE_BANDS, id) ? AGE_BANDS[id]! : id;
}
