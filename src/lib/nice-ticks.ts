// Recharts' getNiceTickValues (recharts 3, its default "auto" steps), which rounds an axis's ends
// so that the page's own trend chart reads as its Recharts charts do. Recharts does its arithmetic
// with decimal.js-light: importing it put that library in the first view's script, where its
// set-up and its logarithms cost a link view about 3 % of its time to its first chart. This does
// the same arithmetic exactly, with BigInt: decimal.js-light keeps 20 significant digits and
// truncates every sum, product and quotient to them (it rounds only when asked, and Recharts never
// asks). tests/lib/nice-ticks.test.ts holds it to Recharts' own function.

/** c × 10^e, with c's trailing zeros removed (zero is 0n × 10^0). */
interface Dec {
  c: bigint;
  e: number;
}

const PRECISION = 20;

const digitsOf = (c: bigint) => (c < 0n ? -c : c).toString().length;
const pow10 = (n: number) => 10n ** BigInt(n);

function normal(c: bigint, e: number): Dec {
  if (c === 0n) return { c, e: 0 };
  while (c % 10n === 0n) {
    c /= 10n;
    e++;
  }
  return { c, e };
}

/** Truncated toward zero to PRECISION significant digits, as decimal.js-light leaves a result. */
function truncated(c: bigint, e: number): Dec {
  const excess = digitsOf(c) - PRECISION;
  return excess > 0 ? normal(c / pow10(excess), e + excess) : normal(c, e);
}

/** A number's exact decimal value as JavaScript writes it, as `new Decimal(number)` reads it. */
function dec(n: number): Dec {
  const [mantissa, exponent = '0'] = String(n).split('e');
  const [whole, fraction = ''] = mantissa!.split('.');
  return normal(BigInt(whole! + fraction), Number(exponent) - fraction.length);
}

const num = (x: Dec) => Number(`${x.c}e${x.e}`);

/** Both coefficients at the smaller exponent. */
function aligned(x: Dec, y: Dec): [bigint, bigint] {
  const e = Math.min(x.e, y.e);
  return [x.c * pow10(x.e - e), y.c * pow10(y.e - e)];
}

function add(x: Dec, y: Dec): Dec {
  const [a, b] = aligned(x, y);
  return truncated(a + b, Math.min(x.e, y.e));
}

const sub = (x: Dec, y: Dec) => add(x, { c: -y.c, e: y.e });
const mul = (x: Dec, y: Dec) => truncated(x.c * y.c, x.e + y.e);

/** x / y truncated to PRECISION significant digits (y not zero). */
function div(x: Dec, y: Dec): Dec {
  if (x.c === 0n) return x;
  // Enough digits that truncating this quotient truncates the exact one.
  const shift = Math.max(0, PRECISION + 5 + digitsOf(y.c) - digitsOf(x.c));
  return truncated((x.c * pow10(shift)) / y.c, x.e - y.e - shift);
}

/** x modulo y, the remainder's sign x's: x minus y times the quotient truncated to an integer. */
function mod(x: Dec, y: Dec): Dec {
  const [a, b] = aligned(x, y);
  return sub(x, normal((a / b) * y.c, y.e));
}

function compare(x: Dec, y: Dec): number {
  const [a, b] = aligned(x, y);
  return a === b ? 0 : a < b ? -1 : 1;
}

/** 10^n. */
const tenTo = (n: number): Dec => ({ c: 1n, e: n });

const ZERO: Dec = { c: 0n, e: 0 };

/**
 * Recharts' getDigitCount: floor(log10(|value|)) + 1, its logarithm made a number first, so a
 * value a hair below a power of ten (within a double's precision of the logarithm) counts as that
 * power.
 */
function digitCount(value: number): number {
  if (value === 0) return 1;
  const x = dec(Math.abs(value));
  const exponent = digitsOf(x.c) - 1 + x.e;
  const log = exponent + Math.log10(num({ c: x.c, e: -(digitsOf(x.c) - 1) }));
  return (Math.floor(log) > exponent ? exponent + 1 : exponent) + 1;
}

function adaptiveStep(rough: Dec, allowDecimals: boolean, correction: number): Dec {
  if (rough.c <= 0n) return ZERO;
  const digits = digitCount(num(rough));
  const unit = tenTo(digits);
  const ratio = div(rough, unit);
  const scale = dec(digits !== 1 ? 0.05 : 0.1);
  const amended = mul(add(dec(Math.ceil(num(div(ratio, scale)))), dec(correction)), scale);
  const step = num(mul(amended, unit));
  return dec(allowDecimals ? step : Math.ceil(step));
}

function tickOfSingleValue(value: number, tickCount: number, allowDecimals: boolean): number[] {
  let step = dec(1);
  let middle = dec(value);
  if (middle.e < 0 && allowDecimals) {
    const abs = Math.abs(value);
    if (abs < 1) {
      step = tenTo(digitCount(value) - 1);
      middle = mul(dec(Math.floor(num(div(middle, step)))), step);
    } else if (abs > 1) middle = dec(Math.floor(value));
  } else if (value === 0) middle = dec(Math.floor((tickCount - 1) / 2));
  else if (!allowDecimals) middle = dec(Math.floor(value));
  const middleIndex = Math.floor((tickCount - 1) / 2);
  return Array.from({ length: tickCount }, (_, i) =>
    num(add(middle, mul(dec(i - middleIndex), step))),
  );
}

function calculateStep(
  min: number,
  max: number,
  tickCount: number,
  allowDecimals: boolean,
  correction: number,
): { step: Dec; tickMin: Dec; tickMax: Dec } {
  if (!Number.isFinite((max - min) / (tickCount - 1)))
    return { step: ZERO, tickMin: ZERO, tickMax: ZERO };
  const count = min < 0 && max > 0 ? Math.max(tickCount, 3) : tickCount;
  const step = adaptiveStep(
    div(sub(dec(max), dec(min)), dec(count - 1)),
    allowDecimals,
    correction,
  );
  let middle: Dec;
  if (min <= 0 && max >= 0) middle = ZERO;
  else {
    middle = div(add(dec(min), dec(max)), dec(2));
    middle = sub(middle, mod(middle, step));
  }
  let below = Math.ceil(num(div(sub(middle, dec(min)), step)));
  let up = Math.ceil(num(div(sub(dec(max), middle), step)));
  const scaleCount = below + up + 1;
  if (scaleCount > count) return calculateStep(min, max, count, allowDecimals, correction + 1);
  if (scaleCount < count) {
    up = max > 0 ? up + (count - scaleCount) : up;
    below = max > 0 ? below : below + (count - scaleCount);
  }
  return {
    step,
    tickMin: sub(middle, mul(dec(below), step)),
    tickMax: add(middle, mul(dec(up), step)),
  };
}

/** The ticks from start, a step apart, below end (at most 100,000, as Recharts' rangeStep). */
function rangeStep(start: Dec, end: Dec, step: Dec): number[] {
  const out: number[] = [];
  let at = start;
  for (let i = 0; compare(at, end) < 0 && i < 100_000; i++) {
    out.push(num(at));
    const next = add(at, step);
    if (compare(next, at) <= 0) break;
    at = next;
  }
  return out;
}

/** Recharts' getNiceTickValues([min, max], tickCount, allowDecimals). */
export function niceTickValues(
  [min, max]: readonly [number, number],
  tickCount = 6,
  allowDecimals = true,
): number[] {
  const count = Math.max(tickCount, 2);
  const [low, high] = min > max ? [max, min] : [min, max];
  if (low === -Infinity || high === Infinity) {
    const values =
      high === Infinity
        ? [low, ...Array<number>(count - 1).fill(Infinity)]
        : [...Array<number>(count - 1).fill(-Infinity), high];
    return min > max ? values.reverse() : values;
  }
  if (low === high) return tickOfSingleValue(low, tickCount, allowDecimals);
  const { step, tickMin, tickMax } = calculateStep(low, high, count, allowDecimals, 0);
  const values = rangeStep(tickMin, add(tickMax, mul(dec(0.1), step)), step);
  return min > max ? values.reverse() : values;
}
