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
import { parseDataset, type DataTexts, type Dataset } from '../src/data/dataset';
import { resetImports, type ImportStorage } from '../src/import/import-store';
import { resetDeck, type DeckStorage } from '../src/deck/deck-store';
import { previewSvg, type PreviewCard } from './preview-card';

/**
 * The trend chart's width in its panel at a 1280 px wide window, the commonest desktop width: the
 * baked chart is then drawn exactly as the live one that replaces it, and scaled elsewhere.
 */
const PAGE_CHART_WIDTH = 1198;
/** The chart's width in a 1200 × 630 link preview, margins taken off. */
const PREVIEW_CHART_WIDTH = 1120;

let chartWidth = PAGE_CHART_WIDTH;

/** jsdom has no layout: every chart box is reported at the width being baked. */
class FixedResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: chartWidth, height: 340, top: 0, left: 0, x: 0, y: 0 };
    const entry = { target, contentRect: { ...rect, bottom: 340, right: chartWidth } };
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
  read: async () => undefined,
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
  chartWidth = PAGE_CHART_WIDTH;
  return rendered(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
    (c) => c.querySelector('#trend .recharts-line-curve') !== null,
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

/** What a link preview of one panel shows, read from the panel as drawn in the default view. */
function cardOf(section: HTMLElement): PreviewCard {
  const surface = section.querySelector('svg.recharts-surface');
  const key = [...section.querySelectorAll('ul[aria-label="Key"] > li')].flatMap((li) => {
    const swatch = li.querySelector('span[aria-hidden]') as HTMLElement | null;
    const line = li.querySelector('svg line');
    const color = swatch?.style.background || line?.getAttribute('stroke');
    if (!color) return [];
    return [{ label: li.textContent.trim(), color, dash: line?.getAttribute('stroke-dasharray') }];
  });
  const figures = [...section.querySelectorAll('[aria-label="Headline figures"] > li')].map(
    (li) => {
      const [label, value] = li.querySelectorAll('p');
      return { label: label?.textContent ?? '', value: value?.textContent ?? '' };
    },
  );
  const sources = [...section.querySelectorAll('h3 + ul > li')].map((li) =>
    li.textContent.replace(/\s*\(confidence:.*$/, ''),
  );
  let chart: string | null = null;
  if (surface) {
    const clone = surface.cloneNode(true) as SVGSVGElement;
    for (const a of ['style', 'role', 'tabindex', 'class']) clone.removeAttribute(a);
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    chart = new XMLSerializer().serializeToString(clone);
  }
  return {
    title: section.querySelector('h2')?.textContent ?? '',
    takeaway: section.querySelector('h2')?.parentElement?.nextElementSibling?.textContent ?? '',
    chart,
    key,
    figures,
    sources,
  };
}

function panelPreviews(
  client: ReturnType<typeof createQueryClient>,
  dataset: Dataset,
): Promise<PanelPreview[]> {
  chartWidth = PREVIEW_CHART_WIDTH;
  return Promise.all(
    PANELS.map(({ id, Component }) =>
      rendered(
        <QueryClientProvider client={client}>
          <PanelBoundary id={id}>
            <Component dataset={dataset} />
          </PanelBoundary>
        </QueryClientProvider>,
        (c) => {
          const section = c.querySelector(`section#${id}`);
          // A chart is drawn once its surface holds its layers; headline figures are cards.
          return (
            !!section &&
            (!section.querySelector('.recharts-responsive-container') ||
              section.querySelector('svg.recharts-surface .recharts-layer') !== null)
          );
        },
        `the ${id} panel`,
        (c) => ({ id, ...cardOf(c.querySelector(`section#${id}`) as HTMLElement) }),
      ),
    ),
  );
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
    const dashboard = { ...trend, title: site, takeaway: headline.takeaway };
    const svgs: Record<string, string> = { dashboard: previewSvg(dashboard, site) };
    for (const p of panels) svgs[p.id] = previewSvg(p, site);
    return { html, panels, dashboard, svgs };
  } finally {
    // Closes the channels to other tabs that starting the imports and the deck opened: an open
    // one would keep the build's process from ending.
    resetImports(NO_STORAGE);
    resetDeck(NO_DECK);
  }
}
