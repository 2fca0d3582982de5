import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import { LABEL_SIZE, type ChartSpec, type SlideSpec } from './pptx-spec';
import { xmlSafe, xmlText } from '../lib/xml-text';

// Loaded only when someone downloads a PowerPoint file: pptxgenjs is large and most never do.

const FONT = 'Arial';
const INK = '0F172A';
const MUTED = '475569';

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function pointLabel(idx: number, text: string): string {
  return (
    `<c:dLbl><c:idx val="${idx}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>` +
    `<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:showLegendKey val="0"/>` +
    `<c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`
  );
}

/** SVG dash arrays as PowerPoint's preset dashes, so each line is told apart as on screen. */
function presetDash(dash: string | undefined): string {
  const parts = (dash ?? '').split(/\s+/).filter(Boolean).map(Number);
  if (parts.length === 0) return 'solid';
  if (parts.length >= 4) return 'lgDashDot';
  return (parts[0] ?? 0) <= 2 ? 'sysDot' : 'dash';
}

/**
 * Gives every point of a chart its label as the page shows it, marks included ("5,335†",
 * "≈20%"): PowerPoint would otherwise print the bare number, losing the mark. `labels[s][i]` is
 * series s, point i; a point with no figure, or whose label was dropped, gets none. A line series
 * gets its dash from `dashes[s]`.
 */
export function withPointLabels(
  chartXml: string,
  labels: readonly (readonly string[])[],
  dashes: readonly (string | undefined)[] = [],
): string {
  let series = -1;
  return (
    chartXml
      // A missing figure is left out of the cached values, so PowerPoint draws a gap, not a zero.
      .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '')
      .replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (block) => {
        series++;
        const own = labels[series];
        const dash = presetDash(dashes[series]);
        const dashed = block.replace('<a:prstDash val="solid"/>', `<a:prstDash val="${dash}"/>`);
        if (!own) return dashed;
        const points = own
          .map((text, i) => (text === '—' ? '' : text === '' ? deleted(i) : pointLabel(i, text)))
          .join('');
        return dashed.replace('<c:dLbls>', `<c:dLbls>${points}`);
      })
  );
}

/** A point whose label is not drawn: without it PowerPoint would print the bare number. */
function deleted(idx: number): string {
  return `<c:dLbl><c:idx val="${idx}"/><c:delete val="1"/></c:dLbl>`;
}

const WIDTH = 12.3;
const LEFT = 0.5;
const SLIDE_HEIGHT = 7.5;
/** The layout every slide uses: its title and headline are placeholders, so a charity's template
 * restyles them and a screen reader finds each slide's title. */
const LAYOUT = 'BOARD';
const TITLE = { x: LEFT, y: 0.3, w: WIDTH, h: 0.6 };
const HEADLINE = { x: LEFT, y: 0.95, w: WIDTH, h: 0.8 };
const HEADLINE_SIZE = 15;
const FILTER_TOP = 1.75;
const BODY_TOP = 2.05;
const FOOTER_BOTTOM = SLIDE_HEIGHT - 0.15;
/** The footer's most room: a chart keeps at least 60% of the slide's height. */
const FOOTER_MAX = 0.7;
const FOOTER_SIZE = 9;

/** Inches a paragraph of Arial takes across the slide's width: a generous estimate, so text
 * never runs into the block below it. */
function textHeight(text: string, fontSize: number): number {
  const perLine = (WIDTH * 72) / (fontSize * 0.52);
  const lines = text
    .split('\n')
    .reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
  return (lines * fontSize * 1.2) / 72 + 0.1;
}

/** The headline's type size: 15 pt, smaller for a long one, so that it never runs into the filter
 * line below it (a computed takeaway of over about 220 characters did). An edited headline is
 * at most MAX_HEADLINE (300) characters, which fit at 12 pt. */
function headlineSize(text: string): number {
  for (let size = HEADLINE_SIZE; size > 11; size--)
    if (textHeight(text, size) <= HEADLINE.h) return size;
  return 11;
}

function defineLayout(pptx: PptxGenJS) {
  const shared = {
    fontFace: FONT,
    color: INK,
    valign: 'top' as const,
    align: 'left' as const,
    margin: 0,
  };
  pptx.defineSlideMaster({
    title: LAYOUT,
    background: { color: 'FFFFFF' },
    objects: [
      {
        placeholder: {
          options: { name: 'title', type: 'title', ...TITLE, ...shared, fontSize: 28, bold: true },
          text: '',
        },
      },
      {
        placeholder: {
          options: {
            name: 'headline',
            type: 'body',
            ...HEADLINE,
            ...shared,
            fontSize: HEADLINE_SIZE,
          },
          text: '',
        },
      },
    ],
  });
}

/** What a slide's footer says, and the caveats it has no room for. */
interface Footer {
  text: string;
  left: readonly string[];
}

/** The slide's small print: sources first, then what the chart leaves unsaid. Caveats that do
 * not fit are pointed to `moreAt`, the first "More caveats" slide, which gives them in full. */
function footerOf(spec: SlideSpec, moreAt: number): Footer {
  const said = [
    ...(spec.chart?.besides ?? []),
    spec.fallback,
    spec.chart?.dropped,
    spec.beside?.dropped,
    spec.marks,
  ];
  const footer = (caveats: readonly string[], rest: string[] = []) =>
    [spec.sourceLine, ...said, ...caveats, ...rest].filter(Boolean).join(' ');
  const all = footer(spec.caveats);
  if (textHeight(all, FOOTER_SIZE) <= FOOTER_MAX) return { text: all, left: [] };
  // As many caveats as fit, in order (the first say what the figures are); the rest are counted
  // and given in full on a slide the audience sees, not only in the speaker notes.
  for (let n = spec.caveats.length - 1; n >= 0; n--) {
    const left = spec.caveats.length - n;
    const text = footer(spec.caveats.slice(0, n), [
      `${left} more ${left === 1 ? 'caveat' : 'caveats'}: on the "More caveats" slide (slide ${moreAt}).`,
    ]);
    if (n === 0 || textHeight(text, FOOTER_SIZE) <= FOOTER_MAX)
      return { text, left: spec.caveats.slice(n) };
  }
  return { text: footer([]), left: [] };
}

const MORE_SIZE = 14;
const MORE_TITLE = 'More caveats';
const MORE_HEADLINE = "The caveats that did not fit under their slide's chart, in full.";

/** One caveat on a "More caveats" slide, or the line naming the slide it belongs to. */
interface MoreLine {
  text: string;
  heading: boolean;
}

/** The "More caveats" slides: each slide's left-off caveats under its number and title, as many
 * to a slide as its body holds. */
function morePages(left: readonly { slide: number; title: string; caveats: readonly string[] }[]) {
  const lines: MoreLine[] = left.flatMap((s) => [
    { text: `Slide ${s.slide}: ${s.title}`, heading: true },
    ...s.caveats.map((text) => ({ text, heading: false })),
  ]);
  const room = FOOTER_BOTTOM - BODY_TOP;
  const pages: MoreLine[][] = [];
  let used = Infinity;
  for (const line of lines) {
    const h = textHeight(line.text, MORE_SIZE);
    // A slide's name never ends a page: it moves on with its first caveat.
    const need = line.heading ? h + textHeight('x', MORE_SIZE) : h;
    if (used + need > room) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(line);
    used += h;
  }
  return pages;
}

function addMoreSlide(pptx: PptxGenJS, lines: readonly MoreLine[], page: number, count: number) {
  const slide = pptx.addSlide({ masterName: LAYOUT });
  slide.addText(count > 1 ? `${MORE_TITLE} (${page + 1} of ${count})` : MORE_TITLE, {
    placeholder: 'title',
  });
  slide.addText(MORE_HEADLINE, { placeholder: 'headline', bullet: false });
  slide.addText(
    lines.map((line) => ({
      text: line.text,
      options: {
        bold: line.heading,
        bullet: line.heading ? false : { indent: 18 },
        breakLine: true,
        paraSpaceBefore: line.heading ? 6 : 0,
      },
    })),
    {
      x: LEFT,
      y: BODY_TOP - 0.3,
      w: WIDTH,
      h: FOOTER_BOTTOM - BODY_TOP + 0.3,
      fontFace: FONT,
      fontSize: MORE_SIZE,
      color: INK,
      valign: 'top',
      margin: 0,
    },
  );
  slide.addNotes(lines.map((l) => l.text).join('\n'));
}

/** The speaker notes: the presenter's own words, then every figure, caveat, mark and source. */
function notesOf(spec: SlideSpec): string {
  const small = [
    spec.takeaway,
    spec.computedTakeaway && `The dashboard's own headline: ${spec.computedTakeaway}`,
    ...spec.caveats,
    ...(spec.chart?.besides ?? []),
    spec.chart?.figures,
    spec.beside?.figures,
    spec.marks,
    spec.sourceLine,
  ].filter(Boolean);
  return [spec.note, small.join('\n')].filter(Boolean).join('\n\n');
}

/** Rows of 12 pt text a table slide holds under its header, above the footer. */
export const TABLE_ROWS = 12;

/** A table slide, continued over as many slides as its rows take, the header on each. */
export function tablePages(spec: SlideSpec): SlideSpec[] {
  const table = spec.table;
  if (!table || table.rows.length <= TABLE_ROWS) return [spec];
  const count = Math.ceil(table.rows.length / TABLE_ROWS);
  return Array.from({ length: count }, (_, i) => ({
    ...spec,
    title: i === 0 ? spec.title : `${spec.title} (continued, ${i + 1} of ${count})`,
    table: { ...table, rows: table.rows.slice(i * TABLE_ROWS, (i + 1) * TABLE_ROWS) },
  }));
}

type Box = { x: number; y: number; w: number; h: number };

/** A native chart, its labels at 12 pt, with alt text saying what it shows. */
function addChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  chart: ChartSpec,
  box: Box,
  altText: string,
) {
  const line = chart.kind === 'line';
  const type = line ? pptx.ChartType.line : pptx.ChartType.bar;
  slide.addChart(
    type,
    chart.series.map((s) => ({
      name: s.name,
      labels: chart.categories,
      // A missing figure is a gap, never a zero.
      values: s.values as number[],
    })),
    {
      ...box,
      altText,
      barDir: chart.kind === 'hbar' ? 'bar' : 'col',
      barGrouping: 'clustered',
      chartColors: chart.series.map((s) => s.color),
      lineSize: 3,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 7,
      displayBlanksAs: 'gap',
      catAxisLabelFontFace: FONT,
      catAxisLabelFontSize: 12,
      valAxisLabelFontFace: FONT,
      valAxisLabelFontSize: 12,
      showValue: true,
      dataLabelFontFace: FONT,
      dataLabelFontSize: LABEL_SIZE,
      dataLabelPosition: line ? 't' : 'outEnd',
      showLegend: chart.series.length > 1,
      legendPos: 'b',
      legendFontFace: FONT,
      legendFontSize: 12,
      showTitle: true,
      title: chart.caption,
      titleFontFace: FONT,
      titleFontSize: 12,
    },
  );
}

function addSlide(pptx: PptxGenJS, spec: SlideSpec, footer: Footer) {
  const slide = pptx.addSlide({ masterName: LAYOUT });
  const text = { x: LEFT, w: WIDTH, fontFace: FONT, valign: 'top' as const, margin: 0 };
  slide.addText(spec.title, { placeholder: 'title' });
  // The size on the run: pptxgenjs lets the placeholder's own size win over the box's options.
  slide.addText([{ text: spec.takeaway, options: { fontSize: headlineSize(spec.takeaway) } }], {
    placeholder: 'headline',
    bullet: false,
  });
  slide.addText(spec.filterLine, { ...text, y: FILTER_TOP, h: 0.3, fontSize: 12, color: MUTED });

  const footerTop = FOOTER_BOTTOM - Math.min(FOOTER_MAX, textHeight(footer.text, FOOTER_SIZE));
  slide.addText(
    [
      { text: `${footer.text} ` },
      { text: 'View on the dashboard', options: { hyperlink: { url: spec.link } } },
    ],
    { ...text, y: footerTop, h: FOOTER_BOTTOM - footerTop, fontSize: FOOTER_SIZE, color: MUTED },
  );
  const body = { x: LEFT, y: BODY_TOP, w: WIDTH, h: footerTop - 0.05 - BODY_TOP };
  if (spec.chart) {
    // Two charts share the width, a gap between them; one takes it all.
    const gap = 0.3;
    const w = spec.beside ? (body.w - gap) / 2 : body.w;
    addChart(pptx, slide, spec.chart, { ...body, w }, `${spec.chart.caption}. ${spec.takeaway}`);
    if (spec.beside)
      addChart(
        pptx,
        slide,
        spec.beside,
        { ...body, x: body.x + w + gap, w },
        `${spec.beside.caption}. ${spec.beside.figures}`,
      );
  } else if (spec.table) {
    const table = spec.table;
    const rows = [table.header, ...table.rows].map((r, i) =>
      r.map((cell) => ({
        text: cell,
        options: { bold: i === 0, fontSize: 12, fontFace: FONT, color: INK },
      })),
    );
    slide.addText(table.caption, {
      ...text,
      y: body.y,
      h: 0.3,
      fontSize: 12,
      bold: true,
      color: INK,
    });
    slide.addTable(rows, {
      x: body.x,
      y: body.y + 0.35,
      w: body.w,
      border: { type: 'solid', pt: 0.5, color: 'CBD5E1' },
      autoPage: false,
    });
  }
  slide.addNotes(notesOf(spec));
}

/** The PowerPoint file of these slides, with each chart's points labelled as on the page. */
export async function pptxFile(slides: readonly SlideSpec[], title: string): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  // Every text that reaches the file is made safe for XML here, once: a note pasted from Word or
  // an imported file's name must not make a part PowerPoint refuses.
  const safe = xmlSafe(slides);
  pptx.title = xmlText(title);
  pptx.company = 'Online grooming of children: recorded offences';
  defineLayout(pptx);
  const pages = safe.flatMap(tablePages);
  const footers = pages.map((page) => footerOf(page, pages.length + 1));
  pages.forEach((page, i) => addSlide(pptx, page, footers[i]!));
  const more = morePages(
    pages.flatMap((page, i) => {
      const left = footers[i]!.left;
      // A table continued over slides shares its caveats: they are given once, for its first.
      const continued = i > 0 && pages[i - 1]!.caveats === page.caveats;
      return left.length > 0 && !continued
        ? [{ slide: i + 1, title: page.title, caveats: left }]
        : [];
    }),
  );
  more.forEach((lines, i) => addMoreSlide(pptx, lines, i, more.length));
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(written);
  // pptxgenjs numbers the charts in the order they were added (a slide's first, then the one
  // beside it), counting on from the charts of every file made before in this page: order them
  // by that number.
  const names = Object.keys(zip.files)
    .map((name) => ({ name, n: Number(/^ppt\/charts\/chart(\d+)\.xml$/.exec(name)?.[1]) }))
    .filter((c) => Number.isInteger(c.n))
    .sort((a, b) => a.n - b.n)
    .map((c) => c.name);
  const charts = safe.flatMap((s) => [s.chart, s.beside].filter((c) => c !== null));
  await Promise.all(
    charts.map(async (chart, i) => {
      const name = names[i];
      const xml = name && (await zip.file(name)?.async('string'));
      const labels = chart.series.map((x) => x.labels);
      const dashes = chart.kind === 'line' ? chart.series.map((x) => x.dash) : [];
      if (name && xml) zip.file(name, withPointLabels(xml, labels, dashes));
    }),
  );
  return zip.generateAsync({
    type: 'blob',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}
