import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import type { SlideSpec } from './pptx-spec';

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

function addSlide(pptx: PptxGenJS, spec: SlideSpec) {
  const slide = pptx.addSlide();
  slide.addText(spec.title, {
    x: 0.5,
    y: 0.25,
    w: 12.3,
    h: 0.7,
    fontFace: FONT,
    fontSize: 28,
    bold: true,
    color: INK,
  });
  slide.addText(spec.takeaway, {
    x: 0.5,
    y: 0.95,
    w: 12.3,
    h: 0.75,
    fontFace: FONT,
    fontSize: 15,
    color: INK,
    valign: 'top',
  });
  slide.addText(spec.filterLine, {
    x: 0.5,
    y: 1.7,
    w: 12.3,
    h: 0.35,
    fontFace: FONT,
    fontSize: 12,
    color: MUTED,
  });
  const body = { x: 0.5, y: 2.1, w: 12.3, h: 3.95 };
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
        barDir: line ? undefined : 'bar',
        barGrouping: 'clustered',
        chartColors: chart.series.map((s) => s.color),
        lineSize: 3,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 7,
        displayBlanksAs: 'gap',
        // Bars run top to bottom in the page's order (pptxgenjs's types list only minMax, but
        // it writes the value as given and PowerPoint reads maxMin).
        catAxisOrientation: (line ? 'minMax' : 'maxMin') as 'minMax',
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
      r.map((text) => ({
        text,
        options: { bold: i === 0, fontSize: 10, fontFace: FONT, color: INK },
      })),
    );
    slide.addText(table.caption, {
      x: body.x,
      y: body.y,
      w: body.w,
      h: 0.3,
      fontFace: FONT,
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
  const small = [...(spec.chart?.besides ?? []), spec.fallback, ...spec.caveats, spec.marks]
    .filter(Boolean)
    .join(' ');
  if (small)
    slide.addText(small, {
      x: 0.5,
      y: 6.05,
      w: 12.3,
      h: 0.6,
      fontFace: FONT,
      fontSize: 10,
      color: MUTED,
      valign: 'top',
    });
  slide.addText(
    [
      { text: `${spec.sourceLine} ` },
      { text: 'View on the dashboard', options: { hyperlink: { url: spec.link } } },
    ],
    { x: 0.5, y: 6.7, w: 12.3, h: 0.55, fontFace: FONT, fontSize: 9, color: MUTED, valign: 'top' },
  );
  if (spec.note) slide.addNotes(spec.note);
}

/** The PowerPoint file of these slides, with each chart's points labelled as on the page. */
export async function pptxFile(slides: readonly SlideSpec[], title: string): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  pptx.company = 'Online grooming of children: recorded offences';
  for (const spec of slides) addSlide(pptx, spec);
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  // pptxgenjs numbers the charts in the order they were added, one per charted slide.
  const labels = slides.flatMap((s) => (s.chart ? [s.chart.series.map((x) => x.labels)] : []));
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
