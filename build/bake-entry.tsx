// Runs at build time, in a jsdom window (see bake-plugin.ts): Recharts 3 draws its lines in
// effects, which a string render (react-dom/server) never runs, so views are rendered with
// react-dom/client as the browser would and read back as markup.
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from '../src/app/app';
import { PANELS } from '../src/app/panels';
import { createQueryClient } from '../src/app/query-client';
import { PanelBoundary } from '../src/components/panel-boundary';
import { datasetQuery } from '../src/data/queries';
import type { DataTexts, Dataset } from '../src/data/dataset';
import { parseDataset } from '../src/data/parse-dataset';
import { resetImports, type ImportStorage } from '../src/import/import-store';
import { resetDeck, type DeckStorage } from '../src/deck/deck-store';
import {
  PanelCaptureContext,
  type KeyItem,
  type PanelCapture,
  type PanelModel,
} from '../src/components/panel-capture';
import { PresentingContext, type Presenting } from '../src/components/presenting';
import { CHART_FONT, previewLayout, previewSvg, type PreviewCard } from './preview-card';

/**
 * The trend chart's width in its panel at a 1280 px wide window, the commonest desktop width, where
 * the headline figures stand beside it: the baked chart is then drawn exactly as the live one that
 * replaces it, and scaled elsewhere.
 */
const PAGE_CHART_WIDTH = 747;
const PAGE_CHART = { width: PAGE_CHART_WIDTH, height: 340 };

let chartSize = PAGE_CHART;

/** jsdom has no layout: every chart box is reported at the size being baked. */
class FixedResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const { width, height } = chartSize;
    const rect = { width, height, top: 0, left: 0, x: 0, y: 0 };
    const entry = { target, contentRect: { ...rect, bottom: height, right: width } };
    this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

const NO_DECK: DeckStorage = {
  load: async () => [],
  save: async () => {},
  remove: async () => {},
};

const NO_STORAGE: ImportStorage = {
  list: async () => [],
  read: async () => ({ value: undefined, problem: 'nothing is stored at build time' }),
  save: async () => {},
  remove: async () => {},
};

async function until(found: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (found()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`The bake never showed ${what}`);
}

/** Renders, waits for `ready`, and hands the container to `read` before unmounting. */
async function rendered<T>(
  node: ReactNode,
  ready: (container: HTMLElement) => boolean,
  what: string,
  read: (container: HTMLElement) => T,
): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(node);
  await until(() => ready(container), what);
  const out = read(container);
  root.unmount();
  container.remove();
  return out;
}

/** The markup of the default view, as first painted (the panels below it still to load). */
function defaultView(client: ReturnType<typeof createQueryClient>): Promise<string> {
  chartSize = PAGE_CHART;
  return rendered(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
    (c) => c.querySelector('#trend .chart-line') !== null,
    "the trend chart's lines",
    (c) => {
      // React sets a select's choice and a box's tick as properties; markup needs attributes.
      for (const o of c.querySelectorAll('option')) o.toggleAttribute('selected', o.selected);
      for (const i of c.querySelectorAll('input')) i.toggleAttribute('checked', i.checked);
      return c.innerHTML;
    },
  );
}

export interface PanelPreview extends PreviewCard {
  id: string;
}

/** What a panel reports of itself while drawn for a preview: its model and its charts' keys. */
function capturing() {
  const seen: { model: Omit<PanelModel, 'keys'> | null; keys: (readonly KeyItem[])[] } = {
    model: null,
    keys: [],
  };
  const capture: PanelCapture = {
    panel: (model) => {
      seen.model = model;
    },
    key: (items) => {
      seen.keys.push(items);
    },
  };
  return { seen, capture };
}

/**
 * Charts draw as on a slide: their ticks and values at the preview's type size, laid out for
 * the box they are given rather than scaled into it.
 */
const PREVIEW_PRESENTING: Presenting = {
  fontSize: CHART_FONT,
  width: 1200,
  filterLine: '',
  part: 0,
  page: 0,
  setPages: () => {},
};

/**
 * How far a chart's text runs past its box on either side (jsdom measures no text, so Recharts
 * cannot size its axes to their labels): estimated from each text's anchor, length and size.
 */
function overhang(surface: Element, width: number): { left: number; right: number } {
  let left = 0;
  let right = width;
  for (const t of surface.querySelectorAll('text')) {
    const x = Number(t.getAttribute('x') ?? t.querySelector('tspan')?.getAttribute('x'));
    if (!Number.isFinite(x)) continue;
    const size = Number(t.getAttribute('font-size')) || CHART_FONT;
    // A wrapped label is one line per tspan: its width is its longest line's.
    const lines = [...t.querySelectorAll('tspan')].map((l) => l.textContent ?? '');
    const longest = Math.max(
      ...(lines.length ? lines : [t.textContent ?? '']).map((l) => l.length),
    );
    const w = longest * size * 0.62;
    const anchor = t.getAttribute('text-anchor') ?? 'start';
    const from = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
    left = Math.min(left, from);
    right = Math.max(right, from + w);
  }
  return { left: Math.ceil(-left), right: Math.ceil(right - width) };
}

/** One panel drawn for its preview, at a chart box of the given size. */
function previewOf(
  client: ReturnType<typeof createQueryClient>,
  dataset: Dataset,
  { id, Component }: (typeof PANELS)[number],
  box: { width: number; height: number },
): Promise<PanelPreview> {
  chartSize = box;
  const { seen, capture } = capturing();
  return rendered(
    <QueryClientProvider client={client}>
      <PanelCaptureContext.Provider value={capture}>
        <PresentingContext.Provider value={PREVIEW_PRESENTING}>
          <PanelBoundary id={id}>
            <Component dataset={dataset} />
          </PanelBoundary>
        </PresentingContext.Provider>
      </PanelCaptureContext.Provider>
    </QueryClientProvider>,
    (c) => {
      const section = c.querySelector(`section#${id}`);
      // A chart is drawn once its surface holds its layers; headline figures are cards.
      return (
        !!section &&
        seen.model !== null &&
        !section.querySelector('[data-chart-waiting]') &&
        (!section.querySelector('.recharts-responsive-container') ||
          section.querySelector('svg.recharts-surface .recharts-layer') !== null)
      );
    },
    `the ${id} panel`,
    (c) => {
      const section = c.querySelector(`section#${id}`) as HTMLElement;
      const model = seen.model!;
      const surface = section.querySelector('svg.recharts-surface');
      let chart: string | null = null;
      if (surface) {
        const clone = surface.cloneNode(true) as SVGSVGElement;
        for (const a of ['style', 'role', 'tabindex', 'class']) clone.removeAttribute(a);
        clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
        chart = new XMLSerializer().serializeToString(clone);
      }
      const figures = [...section.querySelectorAll('[aria-label="Headline figures"] > li')].map(
        (li) => {
          const [label, value, detail] = li.querySelectorAll('p');
          return {
            label: label?.textContent ?? '',
            value: value?.textContent ?? '',
            detail: detail?.textContent ?? '',
          };
        },
      );
      return {
        id,
        title: model.title,
        takeaway: model.takeaway,
        headline: model.headline,
        chart,
        // The first chart's key: the chart the preview draws.
        key: chart
          ? (seen.keys[0] ?? []).map(({ label, color, dash }) => ({ label, color, dash }))
          : [],
        figures,
        sources: model.sources,
        caveats: model.caveats,
        overhang: surface ? overhang(surface, box.width) : undefined,
      };
    },
  );
}

/**
 * Each panel twice: once to learn what its card says (which sets the room left for the chart),
 * then with the chart drawn at exactly that room.
 */
async function panelPreviews(
  client: ReturnType<typeof createQueryClient>,
  dataset: Dataset,
): Promise<PanelPreview[]> {
  const out: PanelPreview[] = [];
  for (const panel of PANELS) {
    const first = await previewOf(client, dataset, panel, { width: 1120, height: 340 });
    const { chart } = previewLayout(first);
    const drawn = first.chart ? await previewOf(client, dataset, panel, chart) : first;
    out.push({ ...drawn, overhang: first.overhang });
  }
  return out;
}

/** The whole dashboard's preview: the headline panel's sentence over the trend chart. */
async function dashboardPreview(
  client: ReturnType<typeof createQueryClient>,
  dataset: Dataset,
  site: string,
  headline: PanelPreview,
  trend: PanelPreview,
): Promise<PreviewCard> {
  const sources = [
    ...new Map(
      [...headline.sources, ...trend.sources].map((s) => [
        `${s.publisher}|${s.title}|${s.date}`,
        s,
      ]),
    ).values(),
  ];
  const card = {
    ...trend,
    title: site,
    takeaway: headline.takeaway,
    headline: headline.headline,
    sources,
    caveats: [...headline.caveats, ...trend.caveats],
  };
  const box = previewLayout(card).chart;
  const panel = PANELS.find((p) => p.id === 'trend')!;
  const { chart } = await previewOf(client, dataset, panel, box);
  return { ...card, chart, overhang: trend.overhang };
}

export interface Baked {
  /** The default view's markup, for index.html. */
  html: string;
  panels: PanelPreview[];
  /** The whole dashboard's preview: its headline sentence over the trend chart. */
  dashboard: PreviewCard;
  svgs: Record<string, string>;
}

/** Bakes the default view and every panel's link preview from the given data files. */
export async function bake(texts: DataTexts, site: string): Promise<Baked> {
  globalThis.ResizeObserver = FixedResizeObserver as unknown as typeof ResizeObserver;
  const dataset = parseDataset(texts);
  const client = createQueryClient();
  client.setQueryData(datasetQuery().queryKey, dataset);
  resetImports(NO_STORAGE);
  resetDeck(NO_DECK);
  try {
    // The default view first: it sets the filters to the data set's defaults, as a visit does.
    const html = await defaultView(client);
    const panels = await panelPreviews(client, dataset);
    const trend = panels.find((p) => p.id === 'trend')!;
    const headline = panels.find((p) => p.id === 'headline')!;
    // The headline sentence over the trend chart: credit both panels' sources, and give the
    // headline's caveats first.
    const dashboard = await dashboardPreview(client, dataset, site, headline, trend);
    const svgs: Record<string, string> = { dashboard: previewSvg(dashboard) };
    for (const p of panels) svgs[p.id] = previewSvg(p);
    return { html, panels, dashboard, svgs };
  } finally {
    // Closes the channels to other tabs that starting the imports and the deck opened: an open
    // one would keep the build's process from ending.
    resetImports(NO_STORAGE);
    resetDeck(NO_DECK);
  }
}
