import fc from 'fast-check';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { pptxFile } from '../../src/deck/pptx-file';
import { slideSpec, type SlideInput } from '../../src/deck/pptx-spec';
import { cutText, xmlText } from '../../src/lib/xml-text';

/** Throws at the first thing a strict XML 1.0 parser refuses. */
function parseStrict(name: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw new Error(`${name}: ${e.message}`);
  });
  parser.write(xml).close();
}

/** Every .xml and .rels part of a .pptx, parsed strictly. */
async function parseEveryPart(blob: Blob): Promise<number> {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  for (const name of parts) parseStrict(name, await zip.file(name)!.async('string'));
  return parts.length;
}

/** Any UTF-16 unit, lone surrogates and every control character included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const hostile = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('line\u000Bbreak from Word', 'a\u0000b\u001Fc', '\uD83D', '🙂'.repeat(120)),
);

const input = (title: string, note: string, place: string, file: string): SlideInput => ({
  // The deck list cuts a title at 200 units, as a link's title is cut: never through an emoji.
  title: cutText(title, 200),
  takeaway: `Offences in ${place} rose.`,
  filterLine: `${place} · all platforms · 2017/18–2019/20 · counts`,
  caveats: [`Figures for ${place} are medium confidence.`],
  tables: [
    {
      caption: `Offences in ${place}`,
      rowHeader: 'Year',
      columns: [place, 'England and Wales'],
      rows: [
        { header: '2017/18', cells: [{ text: '3,217' }, { text: '—' }] },
        { header: '2018/19', cells: [{ text: '4,373' }, { text: '≈400' }] },
      ],
    },
  ],
  keys: [
    [
      { label: place, color: '#12436D', dash: '' },
      { label: 'England and Wales', color: '#F46A25', dash: '12 4 2 4' },
    ],
  ],
  sourceLine: `Source: ${file}, added in this browser (not checked against a publication).`,
  link: 'https://example.org/?panel=trend',
  note,
});

describe('every PowerPoint file is valid XML', () => {
  it("a note with Word's U+000B and a title cut through an emoji still parse in every part", async () => {
    const title = `${'x'.repeat(199)}🙂 and more`;
    const blob = await pptxFile(
      [slideSpec(input(title, 'First point\u000Bsecond point', 'Wales', 'figures\u000B.csv'))],
      'briefing\u000Bdeck',
    );
    expect(await parseEveryPart(blob)).toBeGreaterThan(20);
  });

  it('any title, note, place name and file name gives a file whose every part parses', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, hostile, async (title, note, place, file) => {
        const blob = await pptxFile([slideSpec(input(title, note, place || 'Wales', file))], file);
        await parseEveryPart(blob);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('text for XML', () => {
  it('turns line breaks into line feeds and drops what XML forbids', () => {
    expect(xmlText('a\u000Bb\u000Cc\u0000d\u0008e\tf\ng\r\uFFFE\uD800h\uDC00🙂')).toBe(
      'a\nb\nc' + 'de\tf\ng\rh🙂',
    );
  });

  it('never cuts through a character', () => {
    expect(cutText('ab🙂', 3)).toBe('ab');
    expect(cutText('ab🙂', 4)).toBe('ab🙂');
    expect(cutText('abc', 5)).toBe('abc');
  });
});
