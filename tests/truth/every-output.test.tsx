import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../fixtures/bundled';
import { MARKS } from '../../src/data/format';
import { pptxFile } from '../../src/deck/pptx-file';
import { PANEL_IDS } from '../../src/state/filters';
import { VIEWS, capturePanel, outputsOf, viewFilters } from './outputs';

// Issue #25, "Done when": every panel under every named view, and every output of it.

const dataset = bundledDataset();

/** Words that claim a comparison; a computed one carries †, a published one says so. */
const COMPARISON =
  /\b(doubled|double|halved|rose|fell|largest|leading|more than|increased?|decreased?|(had the|changed) (most|least))\b/i;

/** Clauses of a text: sentences, and the parts of a sentence between semicolons. */
function clauses(text: string): string[] {
  return text.split(/(?<=[.;])\s+/).filter((c) => c.trim());
}

/** The clauses that compare without saying how: neither † nor "as published" in them. */
function unmarkedComparisons(texts: readonly string[]): string[] {
  return texts
    .flatMap(clauses)
    .filter((c) => COMPARISON.test(c) && !c.includes('†') && !/as published/i.test(c));
}

/** The marks a text shows that its own legend does not explain. */
function unexplainedMarks(shown: readonly string[], legend: string): string[] {
  return MARKS.filter((m) => shown.some((t) => m.test.test(t)) && !legend.includes(m.text)).map(
    (m) => m.mark,
  );
}

/** The PowerPoint file's slide text, every part of it. */
async function pptxText(slide: Parameters<typeof pptxFile>[0][number]): Promise<string> {
  const zip = await JSZip.loadAsync(await (await pptxFile([slide], 'check')).arrayBuffer());
  const parts = Object.keys(zip.files).filter((n) =>
    /^ppt\/(slides|notesSlides)\/.*\.xml$/.test(n),
  );
  const xml = await Promise.all(parts.map((n) => zip.file(n)!.async('string')));
  return xml.join('\n').replace(/<[^>]+>/g, ' ');
}

describe('every output says what the page says (#25)', () => {
  for (const [view, change] of Object.entries(VIEWS)) {
    for (const id of PANEL_IDS) {
      it(`${id} under ${view}`, async () => {
        const filters = viewFilters(change);
        const model = await capturePanel(dataset, id, filters);
        const out = outputsOf(dataset, model, filters);
        const cells = model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
        const medium = cells.filter((c) => c.confidence === 'M').map((c) => c.text);
        // A publication's own title or address ("… more than double …") is a quotation, not our claim.
        const unquoted = (t: string) =>
          model.sources
            .reduce((x, s) => x.split(s.title).join('(title)'), t)
            .replace(/https?:\/\/\S+/g, '(address)');

        // The page: no unmarked comparison.
        expect(unmarkedComparisons(out.page), 'page').toEqual([]);

        // The zip README: its marks explained, its medium-confidence figures said.
        expect(unexplainedMarks([out.readme], out.readme), 'README marks').toEqual([]);
        expect(unmarkedComparisons(unquoted(out.readme).split(/\r\n/)), 'README').toEqual([]);
        if (medium.length) expect(out.readme).toMatch(/medium confidence/i);

        // The tidy CSV: every medium-confidence figure is marked medium in its own row.
        const rows = out.csv.split('\n').slice(1);
        if (medium.length) expect(rows.some((r) => r.includes(',medium,'))).toBe(true);

        // The citation names the view and the publications; it carries no unmarked comparison.
        expect(unmarkedComparisons([unquoted(out.citation)]), 'citation').toEqual([]);

        // The slide as the file gets it, and the PowerPoint XML itself.
        const slideTexts = [
          out.slide.takeaway,
          ...out.slide.caveats,
          ...(out.slide.chart?.series.flatMap((s) => s.labels) ?? []),
          ...(out.slide.table?.rows.flat() ?? []),
        ];
        expect(unexplainedMarks(slideTexts, out.slide.marks ?? ''), 'slide marks').toEqual([]);
        expect(unmarkedComparisons(slideTexts), 'slide').toEqual([]);
        const xml = await pptxText(out.slide);
        if (medium.length) expect(xml, 'PowerPoint').toMatch(/medium confidence/i);
      });
    }
  }
});
