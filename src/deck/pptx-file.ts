import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import type { SlideSpec } from './pptx-spec';
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

/**
 * Gives every point of a chart its label as the page shows it, marks included ("5,335†",
 * "≈20%"): PowerPoint would otherwise print the bare number, losing the mark. `labels[s][i]` is
 * series s, point i; a point with no figure gets no label.
 */
export function withPointLabels(chartXml: string, labels: readonly (readonly string[])[]): string {
  let series = -1;
  let inSeries = false;
  return (
    chartXml
      // A missing figure is left out of the cached values, so PowerPoint draws a gap, not a zero.
      .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '')
      .replace(/<c:ser>|<\/c:ser>|<c:dLbls>/g, (tag) => {
        if (tag === '<c:ser>') {
          series++;
          inSeries = true;
          return tag;
        }
        if (tag === '</c:ser>') {
          inSeries = false;
          return tag;
        }
        const own = inSeries ? labels[series] : undefined;
        if (!own) return tag;
        const points = own
          .map((text, i) => (text === '—' || text === '' ? '' : pointLabel(i, text)))
          .join('');
        return `${tag}${points}`;
      })
  );
}

const WIDTH = 12.3;
const LEFT = 0.5;
const SLIDE_HEIGHT = 7.5;

/** Inches a paragraph of Arial takes across the slide's width: a generous estimate, so text
 * never runs into the block below it. */
function textHeight(text: string, fontSize: number): number {
  const perLine = (WIDTH * 72) / (fontSize * 0.52);
  const lines = text
    .split('\n')
    .reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
  return (lines * fontSize * 1.2) / 72 + 0.1;
}

function addSlide(pptx: PptxGenJS, spec: SlideSpec) {
  const slide = pptx.addSlide();
  const text = { x: LEFT, w: WIDTH, fontFace: FONT, valign: 'top' as const, margin: 0 };
  // From the top: title, takeaway, filter line. From the bottom: sources, then the notes on the
  // figures. The chart or table takes the room between.
  let top = 0.3;
  slide.addText(spec.title, { ...text, y: top, h: 0.55, fontSize: 28, bold: true, color: INK });
  top += 0.65;
  const takeaway = textHeight(spec.takeaway, 15);
  slide.addText(spec.takeaway, { ...text, y: top, h: takeaway, fontSize: 15, color: INK });
  top += takeaway + 0.05;
  slide.addText(spec.filterLine, { ...text, y: top, h: 0.3, fontSize: 12, color: MUTED });
  top += 0.4;

  const sources = `${spec.sourceLine} View on the dashboard`;
  let bottom = SLIDE_HEIGHT - 0.2 - textHeight(sources, 9);
  slide.addText(
    [
      { text: `${spec.sourceLine} ` },
      { text: 'View on the dashboard', options: { hyperlink: { url: spec.link } } },
    ],
    { ...text, y: bottom, h: SLIDE_HEIGHT - 0.2 - bottom, fontSize: 9, color: MUTED },
  );
  const small = [...(spec.chart?.besides ?? []), spec.fallback, ...spec.caveats, spec.marks]
    .filter(Boolean)
    .join(' ');
  if (small) {
    const h = textHeight(small, 10);
    bottom -= h + 0.05;
    slide.addText(small, { ...text, y: bottom, h, fontSize: 10, color: MUTED });
  }
  const body = { x: LEFT, y: top, w: WIDTH, h: Math.max(1.5, bottom - top - 0.1) };
  if (spec.chart) {
    const chart = spec.chart;
    const line = chart.kind === 'line';
    slide.addChart(
      line ? pptx.ChartType.line : pptx.ChartType.bar,
      chart.series.map((s) => ({
        name: s.name,
        labels: chart.categories,
        // A missing figure is a gap, never a zero.
        values: s.values as number[],
      })),
      {
        ...body,
        // Columns over the years, left to right, as the page draws them.
        barDir: 'col',
        barGrouping: 'clustered',
        chartColors: chart.series.map((s) => s.color),
        lineSize: 3,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 7,
        displayBlanksAs: 'gap',
        catAxisLabelFontFace: FONT,
        catAxisLabelFontSize: 11,
        valAxisLabelFontFace: FONT,
        valAxisLabelFontSize: 11,
        showValue: true,
        dataLabelFontFace: FONT,
        dataLabelFontSize: 9,
        dataLabelPosition: line ? 't' : 'outEnd',
        showLegend: true,
        legendPos: 'b',
        legendFontFace: FONT,
        legendFontSize: 11,
        showTitle: true,
        title: chart.caption,
        titleFontFace: FONT,
        titleFontSize: 12,
      },
    );
  } else if (spec.table) {
    const table = spec.table;
    const rows = [table.header, ...table.rows].map((r, i) =>
      r.map((cell) => ({
        text: cell,
        options: { bold: i === 0, fontSize: 10, fontFace: FONT, color: INK },
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
  if (spec.note) slide.addNotes(spec.note);
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
  for (const spec of safe) addSlide(pptx, spec);
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  // pptxgenjs numbers the charts in the order they were added, one per charted slide.
  const labels = safe.flatMap((s) => (s.chart ? [s.chart.series.map((x) => x.labels)] : []));
  const zip = await JSZip.loadAsync(written);
  await Promise.all(
    labels.map(async (own, i) => {
      const name = `ppt/charts/chart${i + 1}.xml`;
      const xml = await zip.file(name)?.async('string');
      if (xml !== undefined) zip.file(name, withPointLabels(xml, own));
    }),
  );
  return zip.generateAsync({
    type: 'blob',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}
