/**
 * Periods of the data format: a financial year `2018/19`, an inclusive span of financial years
 * `2017/18-2018/19`, or a span of months `2020-04..2020-06`.
 * Financial years are identified by the calendar year they start in (2018/19 → 2018).
 */
export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'span'; from: number; to: number }
  | { kind: 'months'; start: string; end: string };

const YEAR = /^(\d{4})\/(\d{2})$/;
const SPAN = /^(\d{4}\/\d{2})-(\d{4}\/\d{2})$/;
const MONTHS = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/;

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

function parseYear(text: string): number | string {
  const m = YEAR.exec(text);
  if (!m) return `"${text}" is not a financial year like 2018/19`;
  const start = Number(m[1]);
  if ((start + 1) % 100 !== Number(m[2])) {
    return `"${text}" is not a financial year: the second part must be the next year (${start}/${String((start + 1) % 100).padStart(2, '0')})`;
  }
  if (start < FIRST_YEAR || start > LAST_YEAR)
    return `"${text}" is outside ${yearLabel(FIRST_YEAR)}–${yearLabel(LAST_YEAR)}`;
  return start;
}

/** Parses a period, returning a message saying what was expected when the text is not one. */
export function parsePeriod(raw: string): Period | string {
  const text = raw.trim();
  if (YEAR.test(text)) {
    const year = parseYear(text);
    return typeof year === 'number' ? { kind: 'year', year } : year;
  }
  const span = SPAN.exec(text);
  if (span) {
    const from = parseYear(span[1]!);
    const to = parseYear(span[2]!);
    if (typeof from === 'string') return from;
    if (typeof to === 'string') return to;
    if (to <= from) return `span "${text}" must end after it starts`;
    return { kind: 'span', from, to };
  }
  const months = MONTHS.exec(text);
  if (months) {
    const [, y1, m1, y2, m2] = months.map(Number) as [number, number, number, number, number];
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return `"${text}" has a month outside 01–12`;
    if (y1 * 12 + m1 > y2 * 12 + m2) return `months "${text}" must not end before they start`;
    // Within the financial years allowed: April 2000 to March of the year after the last.
    if (y1 * 12 + m1 < FIRST_YEAR * 12 + 4 || y2 * 12 + m2 > (LAST_YEAR + 1) * 12 + 3)
      return `"${text}" is outside ${yearLabel(FIRST_YEAR)}–${yearLabel(LAST_YEAR)}`;
    return { kind: 'months', start: text.slice(0, 7), end: text.slice(9) };
  }
  return `"${text}" is not a period: expected a financial year (2018/19), a span (2017/18-2018/19) or months (2020-04..2020-06)`;
}

/** 2018 → "2018/19" */
export function yearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** 2018 → "2018-19", the URL form (a slash would be escaped in query strings). */
export function yearParam(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

function monthLabel(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case 'year':
      return yearLabel(period.year);
    case 'span':
      return `${yearLabel(period.from)} to ${yearLabel(period.to)}`;
    case 'months':
      return `${monthLabel(period.start)} to ${monthLabel(period.end)}`;
  }
}

/** The canonical text of a period, as written in the CSV. */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case 'year':
      return yearLabel(period.year);
    case 'span':
      return `${yearLabel(period.from)}-${yearLabel(period.to)}`;
    case 'months':
      return `${period.start}..${period.end}`;
  }
}
