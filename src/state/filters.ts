/** The filter state every panel reads, and its defaults. */
export const MEASURES = ['count', 'share', 'index'] as const;
export type Measure = (typeof MEASURES)[number];

export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];

export const PANEL_IDS = [
  'headline',
  'trend',
  'platforms',
  'platform-change',
  'age',
  'west-midlands',
  'coverage',
] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** Seconds per slide that presenter mode's auto-advance takes (`auto=N`). */
export const AUTO_MIN = 5;
export const AUTO_MAX = 600;

export interface Filters {
  geos: string[];
  /** null = every platform. */
  platforms: string[] | null;
  /** Financial years by their first calendar year: 2017 = 2017/18. */
  from: number;
  to: number;
  measure: Measure;
  view: View;
  panel: PanelId | null;
  present: boolean;
  /** The geography the place-against-nation panel shows. */
  place: string;
  /** One panel alone, for an <iframe> on another site. */
  embed: PanelId | null;
  /** Presenter mode moves to the next slide after this many seconds; null = by hand. */
  auto: number | null;
  /** A deck of saved views opened from a link (`deck=`); null when the link has none. */
  deck: DeckSlide[] | null;
  /** The two years the change panel compares (`compare=`); null = the panel chooses. */
  compare: [number, number] | null;
}

/**
 * The one view-state schema: the fields one view is drawn under. The address, a deck slide (and
 * so its link, its print and its PowerPoint slide), an embed and a panel's slot all carry exactly
 * these, so none can keep a choice another loses. To add a field: put it in `Filters` and
 * `defaultFilters`, name it here, and give it a reader and a writer in `state/view.ts`
 * (`decodeView`, `encodeView`); deck links carry it from then on (a slide is stored as its query).
 */
export const VIEW_FIELDS = [
  'geos',
  'platforms',
  'from',
  'to',
  'measure',
  'view',
  'place',
  'compare',
] as const;
export type SlideFilters = Pick<Filters, (typeof VIEW_FIELDS)[number]>;

/** The view fields of a larger state, and nothing else. */
export function viewOf(state: SlideFilters): SlideFilters {
  return Object.fromEntries(VIEW_FIELDS.map((k) => [k, state[k]])) as unknown as SlideFilters;
}

/** One slide of a briefing deck: a panel under its own filters, with a title and a word to say. */
export interface DeckSlide extends SlideFilters {
  /** Unique within the deck; the key it is stored under. */
  id: string;
  panel: PanelId;
  /** The slide's title; empty = the panel's own. */
  title: string;
  /** The speaker note; empty = none. */
  note: string;
  /** The headline shown on the slide; absent or empty = the panel's own, computed under the
   * slide's filters (which then stays in the speaker notes). */
  headline?: string;
}

const DEFAULT_GEOS = ['england-wales', 'uk', 'west-midlands-region'];
/** Every link made before places could be chosen meant the West Midlands region. */
export const DEFAULT_PLACE = 'west-midlands-region';

export function defaultFilters(firstYear: number, lastYear: number): Filters {
  return {
    geos: DEFAULT_GEOS,
    platforms: null,
    from: firstYear,
    to: lastYear,
    measure: 'count',
    view: 'chart',
    panel: null,
    present: false,
    place: DEFAULT_PLACE,
    embed: null,
    auto: null,
    deck: null,
    compare: null,
  };
}

/** The panel a link asks to embed, read before the data has loaded so the page header never
 * flashes inside a host's frame; the full check, with its notice, is decodeFilters'. */
export function embedOf(search: string): PanelId | null {
  const id = new URLSearchParams(search).get('embed');
  return (PANEL_IDS as readonly (string | null)[]).includes(id) ? (id as PanelId) : null;
}
