import { describe, expect, it } from 'vitest';
import {
  DARK_DERIVED_OPACITY,
  darkColor,
  geographyStyle,
  platformColor,
} from '../../src/lib/palette';

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
  ].map((g, _, all) => geographyStyle(g, all).color),
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
