import { fixedText } from '../lib/number-text';
import type { Bound, Confidence, Status } from './vocabularies';

/** 4373 → "4,373" */
export function formatCount(n: number): string {
  return fixedText(n, 0, 0);
}

/** 135.94 → "135.9" */
export function formatIndex(n: number): string {
  return fixedText(n, 1, 1);
}

/** Published percents are whole numbers; computed ones carry one decimal. */
export function formatPercent(n: number, decimals = Number.isInteger(n) ? 0 : 1): string {
  return `${n.toFixed(decimals)}%`;
}

export const STATUS_TEXT: Record<Status, string> = {
  published: 'published',
  derived: 'derived: computed from published figures',
  approximate: 'approximate: published as a rounded or "around" figure',
};

/**
 * A value with its mark: "≈25" approximate, "5,335†" derived, and a published bound keeps its
 * direction: ">5,500" for "over 5,500", "<25%" for "nearly a quarter".
 */
export function withMark(text: string, status: Status, bound: Bound | null = null): string {
  if (bound === 'over') return `>${text}`;
  if (bound === 'under') return `<${text}`;
  if (status === 'approximate') return `≈${text}`;
  if (status === 'derived') return `${text}†`;
  return text;
}

/**
 * A medium-confidence figure's mark where a chart writes or draws it: a cell says it in words,
 * a chart label or point cannot (#25, review item 5).
 */
export const MEDIUM_MARK = '*';
export const MEDIUM_LEGEND = '* medium confidence: a figure from a single secondary outlet';

/** A chart label's text, marked when its figure is medium confidence: "3,728*". */
export function withConfidence(text: string, confidence: Confidence | null | undefined): string {
  return confidence === 'M' && text ? `${text}${MEDIUM_MARK}` : text;
}

/** What each mark means, in the words every legend, footnote and export uses. */
export const MARKS = [
  { mark: '†', test: /†/, text: '† derived: computed from published figures' },
  {
    mark: '≈',
    test: /≈/,
    text: '≈ approximate: published as a rounded or "around" figure, or computed from one',
  },
  { mark: '>', test: /(^|[\s(])>\d/, text: '> a bound: published as "over" this figure' },
  {
    mark: '<',
    test: /(^|[\s(])<\d/,
    text: '< a bound: published as "nearly" or "almost" this figure',
  },
  { mark: MEDIUM_MARK, test: /\d\S*\*/, text: MEDIUM_LEGEND },
] as const;

/** The legend of the marks that some shown texts carry, in a fixed order; empty when none. */
export function marksLegend(texts: Iterable<string>): string[] {
  const all = [...texts];
  return MARKS.filter((m) => all.some((t) => m.test.test(t))).map((m) => m.text);
}

/** The longest a panel's headline may be: one line on a wide page, two on a slide. */
export const HEADLINE_MAX = 110;

/**
 * A panel's short headline: the takeaway's first sentence, cut where a clause ends (outside any
 * brackets or quotes, so no figure loses its basis) when it is longer than HEADLINE_MAX. The full
 * takeaway stays in the table view, the notes, the exports and the speaker notes.
 */
export function headlineOf(takeaway: string, max = HEADLINE_MAX): string {
  const sentence = takeaway.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? takeaway;
  return leadOf(sentence.replace(/[.!?]$/, ''), max);
}

/** A closing "(…)" at the top level: its start, or -1. */
function closingBracket(text: string): number {
  if (!text.endsWith(')')) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

function leadOf(text: string, max: number): string {
  if (text.length <= max) return text;
  // A closing computed cross-check (†) goes first, when its clause has a figure of its own: it is
  // in the full takeaway. An aside without one ("not known to be like-for-like") qualifies the
  // figure, and one after a bare clause ("Facebook fell most (−69†)") is its figure: they stay.
  const aside = closingBracket(text);
  const asideOf = text.slice(0, aside).split(/[;,] /).at(-1) ?? '';
  if (aside > 0 && text.slice(aside).includes('†') && /\d/.test(asideOf))
    return leadOf(text.slice(0, aside).trimEnd(), max);
  let depth = 0;
  let quoted = false;
  let cut = -1;
  let clause = 0;
  for (let i = 0; i < max; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '"') quoted = !quoted;
    else if (depth === 0 && !quoted && (c === ';' || c === ',') && text[i + 1] === ' ') {
      // Cut only after a clause that carries a figure: "Facebook fell most" alone says nothing.
      if (/\d/.test(text.slice(clause, i))) cut = i;
      clause = i + 1;
    }
  }
  if (cut > 0) return text.slice(0, cut);
  const words = text.slice(0, max - 1);
  return `${words.slice(0, words.lastIndexOf(' '))}…`;
}
