import type { Status } from './vocabularies';

/** Arithmetic on published figures. Every result is derived, and marked † wherever it is shown. */

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Whole-percent change from a to b; null when a is not positive (no meaningful change). */
export function percentChange(from: number, to: number): number | null {
  return from > 0 ? Math.round(((to - from) / from) * 100) : null;
}

/** part / whole as a percent with one decimal; null when whole is not positive. */
export function sharePercent(part: number, whole: number): number | null {
  return whole > 0 ? round1((part / whole) * 100) : null;
}

/** "+36%", "−5%" */
export function signedPercent(n: number): string {
  return `${n >= 0 ? '+' : '−'}${Math.abs(n)}%`;
}

/** The status of a value computed from others: approximate if any input is, else derived. */
export function computedStatus(...inputs: Status[]): Status {
  return inputs.includes('approximate') ? 'approximate' : 'derived';
}
