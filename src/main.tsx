import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { startImports } from './import';
import { isSafeLink } from './state/url';
import { replaceBakedView } from './app/baked-view';
import { datasetQuery } from './data/queries';
import { whenIdle } from './lib/when-idle';
import './index.css';

/** The longest the page waits for its figures before it is first drawn, saying they are loading. */
const FIRST_DRAW_WAIT_MS = 400;

const imports = startImports({ safe: isSafeLink(window.location.search) });
const client = createQueryClient();
const root = document.getElementById('root')!;
replaceBakedView(root);
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
if (document.documentElement.hasAttribute('data-unbaked')) {
  // A link view (its baked view hidden): its figures are asked for now, not once the page has
  // first rendered, and the page is first drawn with them and with this browser's imports (which
  // the link may name). It was drawn as "Loading the figures…" and then again, in two renders and
  // two layouts before its first chart. Where the baked view is shown, the page renders at once:
  // its figures are not urgent there, and reading them before the first paint held the baked
  // chart back (with imports stored, the scripts come from the cache before that paint).
  const figures = Promise.allSettled([client.prefetchQuery(datasetQuery()), imports]);
  void Promise.race([figures, new Promise((wait) => setTimeout(wait, FIRST_DRAW_WAIT_MS))]).then(
    render,
  );
} else render();

// The offline copy's worker is registered once the page is idle after loading: registered on the
// load event, its task (6–17 ms in traces) ran before a link view's first chart.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  window.addEventListener('load', () =>
    whenIdle(
      () => void navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {}),
      5000,
    ),
  );
