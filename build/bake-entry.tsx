// Runs at build time, in a jsdom window (see bake-plugin.ts): Recharts 3 draws its lines in
// effects, which a string render (react-dom/server) never runs, so the default view is rendered
// with react-dom/client as the browser would and read back as markup.
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from '../src/app/app';
import { createQueryClient } from '../src/app/query-client';
import { datasetQuery } from '../src/data/queries';
import { parseDataset, type DataTexts } from '../src/data/dataset';
import { resetImports } from '../src/data/import-store';
import { BAKED_WIDTH, BakedChartWidth } from '../src/lib/baked-chart-size';

const NO_STORAGE = {
  load: async () => [],
  save: async () => {},
  remove: async () => {},
};

async function until(found: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (found()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`The baked view never showed ${what}`);
}

/** The markup of the default view (first screen as first painted) drawn from the given files. */
export async function bakeDefaultView(texts: DataTexts): Promise<string> {
  const client = createQueryClient();
  client.setQueryData(datasetQuery().queryKey, parseDataset(texts));
  resetImports(NO_STORAGE);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(
    <BakedChartWidth value={BAKED_WIDTH}>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </BakedChartWidth>,
  );
  await until(() => container.querySelector('#trend .recharts-line-curve') !== null, 'its lines');
  // React sets a select's choice and a box's tick as properties; markup needs the attributes.
  for (const o of container.querySelectorAll('option')) o.toggleAttribute('selected', o.selected);
  for (const i of container.querySelectorAll('input')) i.toggleAttribute('checked', i.checked);
  const html = container.innerHTML;
  root.unmount();
  container.remove();
  resetImports(NO_STORAGE);
  return html;
}
