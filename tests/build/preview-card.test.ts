import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HEIGHT,
  WIDTH,
  previewMeta,
  previewSvg,
  siteUrlOf,
  sourcesLine,
  wrap,
} from '../../build/preview-card';

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

describe('sourcesLine', () => {
  const source = (publisher: string, date: string | null) => ({ title: 'T', publisher, date });

  it('names NSPCC first, then the outlets latest first, each once, with the years', () => {
    expect(
      sourcesLine(
        [
          source('Capital FM Birmingham (regional news reporting the NSPCC release)', '2019-09-11'),
          source('NSPCC', '2019-09'),
          source('Shropshire Star (UK news)', '2025-11-13'),
          source('Shropshire Star; Kenilworth Nub News', '2025-11'),
          source('STV News; The Scotsman and others', null),
        ],
        200,
      ),
    ).toBe(
      'Sources (2019–2025): NSPCC; Shropshire Star; Kenilworth Nub News; Capital FM Birmingham; STV News; The Scotsman and others',
    );
  });

  it('counts the sources that do not fit', () => {
    const line = sourcesLine(
      ['NSPCC', 'ITV News', 'BBC News', 'Express & Star'].map((p) => source(p, '2024')),
      42,
    );
    expect(line).toBe('Sources (2024): NSPCC; ITV News and 2 more');
    expect(line).toHaveLength(42);
  });
});

describe('SITE_URL', () => {
  it('is optional, with a warning that the previews then have relative addresses', () => {
    const { url, warning } = siteUrlOf(undefined);
    expect(url).toBe('');
    expect(warning).toMatch(/SITE_URL is not set.*relative og:image.*no og:url/);
  });

  it('gives absolute og:image and og:url, with the "/" a folder needs', () => {
    const { url, warning } = siteUrlOf('https://example.org/stats');
    expect(warning).toBeNull();
    const tags = Object.fromEntries(
      previewMeta({ title: 'Trend', headline: 'H' }, 'panel/trend/', 'Site', url).map(
        ([, name, content]) => [name, content],
      ),
    );
    expect(tags['og:image']).toBe('https://example.org/stats/panel/trend/preview.png');
    expect(tags['twitter:image']).toBe(tags['og:image']);
    expect(tags['og:url']).toBe('https://example.org/stats/panel/trend/');
    expect(tags['og:description']).toBe('H');
  });

  it('is refused, saying why, when it is not a web address', () => {
    expect(() => siteUrlOf('example.org/stats/')).toThrow(
      /SITE_URL "example.org\/stats\/" is not an address/,
    );
    expect(() => siteUrlOf('ftp://example.org/')).toThrow(
      /must start with https:\/\/ or http:\/\//,
    );
    expect(() => siteUrlOf('https://example.org/?x=1')).toThrow(/without "\?" or "#"/);
  });
});
