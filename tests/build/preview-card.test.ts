import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEIGHT, WIDTH, previewSvg, wrap } from '../../build/preview-card';

describe('wrap', () => {
  it('keeps every word, in order, on lines that fit, when there is room for them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z0-9,.%†≈]{1,12}$/), { minLength: 1, maxLength: 40 }),
        (words) => {
          const lines = wrap(words.join(' '), 24, 1120, 100);
          expect(lines.join(' ')).toBe(words.join(' '));
          const perLine = Math.floor(1120 / (24 * 0.6));
          for (const l of lines) expect(l.length).toBeLessThanOrEqual(perLine);
        },
      ),
    );
  });

  it('cuts to the lines allowed and says so with an ellipsis', () => {
    const lines = wrap('word '.repeat(200), 24, 1120, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
  });
});

describe('previewSvg', () => {
  it('is a 1200 × 630 image whose text is escaped', () => {
    const svg = previewSvg({
      title: 'Offences <over> time',
      takeaway: 'The full takeaway, on the panel page only.',
      chart: null,
      key: [],
      figures: [{ label: 'Recorded offences', value: '7,263' }],
      sources: [{ title: 'Release', publisher: 'NSPCC', date: '2025-11' }],
      caveats: [],
      headline: 'A & B "quoted"',
    });
    expect(svg).toContain(`width="${WIDTH}" height="${HEIGHT}"`);
    expect(svg).toContain('Offences &lt;over&gt; time');
    expect(svg).toContain('A &amp; B &quot;quoted&quot;');
    expect(svg).toContain('7,263');
    expect(svg).not.toContain('<over>');
  });
});
