import type { Bound, Status } from './vocabularies';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** 4373 → "4,373" */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** 135.94 → "135.9" */
export function formatIndex(n: number): string {
  return oneDecimal.format(n);
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
] as const;

/** The legend of the marks that some shown texts carry, in a fixed order; empty when none. */
export function marksLegend(texts: Iterable<string>): string[] {
  const all = [...texts];
  return MARKS.filter((m) => all.some((t) => m.test.test(t))).map((m) => m.text);
}
