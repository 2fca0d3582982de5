import type { Status } from '../data/vocabularies';

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

/** "≈25" for approximate values; derived values take a trailing dagger: "5,335†". */
export function withMark(text: string, status: Status): string {
  if (status === 'approximate') return `≈${text}`;
  if (status === 'derived') return `${text}†`;
  return text;
}
