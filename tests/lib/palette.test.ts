import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AXIS_TICK,
  DARK_DERIVED_OPACITY,
  contrast,
  darkColor,
  geographyStyle,
  platformColor,
  textColor,
} from '../../src/lib/palette';
import { trendModel } from '../../src/features/trend/series';
import { bundledDataset } from '../fixtures/bundled';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast of a colour against black, painted at this opacity over black. */
function onBlack(hex: string, opacity = 1): number {
  const faded = `#${[1, 3, 5]
    .map((i) =>
      Math.round(parseInt(hex.slice(i, i + 2), 16) * opacity)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
  return (luminance(faded) + 0.05) / 0.05;
}

const ALL = [
  ...[
    'england-wales',
    'uk',
    'west-midlands-region',
    'wales',
    'staffordshire',
    'kent',
    'scotland',
  ].map((g) => geographyStyle(g).color),
  ...[
    'instagram',
    'facebook',
    'whatsapp',
    'snapchat',
    'kik',
    'other',
    'meta-apps',
    'meta-apps-or-snapchat',
    'unknown',
  ].map(platformColor),
];

describe('the dark theme colours', () => {
  it('keep every series, and every derived (paler) bar, at 3:1 or more against black', () => {
    for (const c of ALL) {
      expect(onBlack(darkColor(c)), c).toBeGreaterThanOrEqual(3);
      expect(onBlack(darkColor(c), DARK_DERIVED_OPACITY), `${c} derived`).toBeGreaterThanOrEqual(3);
    }
  });

  it('fail that bar for the dark colours as drawn before (the regression this guards)', () => {
    expect(onBlack('#801650')).toBeLessThan(3);
    expect(onBlack(darkColor('#801650'), 0.35)).toBeLessThan(3);
  });

  it('keep distinct series distinct', () => {
    const dark = new Set(ALL.map(darkColor));
    expect(dark.size).toBe(new Set(ALL).size);
  });
});

const dataset = bundledDataset();
/** Every geography with offence figures: what the place filters can select. */
const SELECTABLE = [
  ...new Set(
    dataset.observations.filter((o) => o.indicator === 'offences').map((o) => o.geography),
  ),
];

const styleOf = (s: { color: string; dash: string; marker: string }) =>
  `${s.color}|${s.dash}|${s.marker}`;

describe('series styles', () => {
  it('tell every pair of selected places apart, for any selection the filters allow', () => {
    fc.assert(
      fc.property(fc.subarray(SELECTABLE, { minLength: 2 }), (geos) => {
        const model = trendModel(dataset, { geos, from: 2017, to: 2024, measure: 'count' });
        const styles = model.series.map(styleOf);
        expect(new Set(styles).size, styles.join(', ')).toBe(styles.length);
        // Two of one colour differ in dash and marker both, so a dash alone is never all.
        for (const a of model.series)
          for (const b of model.series)
            if (a !== b && a.color === b.color) {
              expect(a.dash).not.toBe(b.dash);
              expect(a.marker).not.toBe(b.marker);
            }
      }),
      { numRuns: 200 },
    );
  });

  it('keep a place in one style whatever else is selected (Wales with and without Scotland)', () => {
    const wales = (geos: string[]) =>
      trendModel(dataset, { geos, from: 2017, to: 2024, measure: 'count' }).series.find(
        (s) => s.geography === 'wales',
      )!;
    const alone = wales(['wales']);
    expect(styleOf(wales(['wales', 'scotland']))).toBe(styleOf(alone));
    expect(styleOf(wales(['scotland', 'wales', 'england-wales']))).toBe(styleOf(alone));
    expect(styleOf(wales(SELECTABLE))).toBe(styleOf(alone));
  });

  it('part the places the issue found alike, and the platforms', () => {
    const a = geographyStyle('scotland');
    const b = geographyStyle('west-midlands-region-excl-west-mercia');
    expect(a.color === b.color && a.dash === b.dash).toBe(false);
    const e = geographyStyle('england');
    const ni = geographyStyle('northern-ireland');
    expect(e.color === ni.color && e.dash === ni.dash).toBe(false);
    expect(geographyStyle('uk').color).not.toBe(platformColor('instagram'));
    // "Meta apps" and "Other" were two greys 1.3:1 apart.
    expect(contrast(platformColor('meta-apps'), platformColor('other'))).toBeGreaterThan(1.5);
  });
});

describe('text contrast', () => {
  const colours = [...new Set([...ALL, ...SELECTABLE.map((g) => geographyStyle(g).color)])];
  it('writes every series colour as text at 4.5:1 on the page and both slide themes', () => {
    for (const c of colours) {
      expect(contrast(textColor(c, '#ffffff'), '#ffffff'), c).toBeGreaterThanOrEqual(4.5);
      const dark = darkColor(c);
      expect(contrast(textColor(dark, '#000000'), '#000000'), c).toBeGreaterThanOrEqual(4.5);
      // Large bold text (18 px and over) needs 3:1.
      expect(contrast(textColor(c, '#ffffff', true), '#ffffff'), c).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(AXIS_TICK.fill, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('fails for the series colours as they were written before (orange, teal)', () => {
    expect(contrast('#F46A25', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#28A197', '#ffffff')).toBeLessThan(4.5);
  });
});
