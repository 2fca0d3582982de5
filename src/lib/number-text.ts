// Numbers written as en-GB's Intl.NumberFormat writes them ("4,373", "135.9"), without it: the
// first Intl.NumberFormat a page makes loads the browser's locale data, about 20 ms of the main
// thread before a link view's first chart (Chromium's profiler, 1280×720, unthrottled).
// tests/lib/number-text.test.ts holds this to Intl's own output.

/** Intl's formatter, made only for what the digits below do not cover. */
const intl = new Map<string, Intl.NumberFormat>();
function viaIntl(n: number, min: number, max: number): string {
  const key = `${min} ${max}`;
  let format = intl.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    intl.set(key, format);
  }
  return format.format(n);
}

/** "1234567" → "1,234,567" */
function grouped(digits: string): string {
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/**
 * `n` rounded to at most `max` and at least `min` decimals, its thousands grouped with commas.
 * Rounded as Intl rounds: half away from zero, on the shortest decimal that reads back as `n`
 * (the one `String(n)` writes), so 0.15 is "0.2" where `toFixed` says "0.1". A negative number
 * keeps its sign when rounded to zero ("-0"), as Intl's does.
 */
export function fixedText(n: number, min: number, max: number): string {
  const size = Math.abs(n);
  const plain = String(size);
  // Exponent notation (below a millionth, from 10²¹), NaN and infinities are Intl's to write.
  if (!Number.isFinite(n) || plain.includes('e')) return viaIntl(n, min, max);
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  const [whole = '0', fraction = ''] = plain.split('.');
  // The kept digits as one integer's digits, rounded up when the first dropped digit is 5 or more.
  let digits = whole + fraction.slice(0, max).padEnd(max, '0');
  if ((fraction[max] ?? '0') >= '5') {
    const up = [...digits];
    let i = up.length - 1;
    while (i >= 0 && up[i] === '9') up[i--] = '0';
    if (i < 0) up.unshift('1');
    else up[i] = String(Number(up[i]) + 1);
    digits = up.join('');
  }
  const cut = digits.length - max;
  let decimals = digits.slice(cut);
  while (decimals.length > min && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  const integer = grouped(digits.slice(0, cut).replace(/^0+(?=\d)/, '') || '0');
  return `${sign}${integer}${decimals ? `.${decimals}` : ''}`;
}
