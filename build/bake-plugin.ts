import { readFile } from 'node:fs/promises';
import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { builtinEnvironments } from 'vitest/runtime';

const ROOT = new URL('../', import.meta.url).pathname;
const DATA_FILES = ['observations.csv', 'sources.csv', 'geographies.csv'] as const;

/**
 * Renders the default view (header, filter bar, headline cards, trend chart) from the bundled
 * data files into the built index.html, so that the first chart is on screen before any script
 * has run. The page's scripts replace it once their own render is drawn (src/app/baked-view.ts);
 * `baked-check.js` hides it before the first paint when the address asks for another view or
 * imports are stored in this browser.
 */
export function bakeDefaultView(): Plugin {
  return {
    name: 'bake-default-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const texts = Object.fromEntries(
          await Promise.all(
            DATA_FILES.map(
              async (f) => [f, await readFile(`${ROOT}public/data/${f}`, 'utf8')] as const,
            ),
          ),
        ) as Record<(typeof DATA_FILES)[number], string>;
        const markup = await renderInDom(texts);
        const baked = `<div id="baked" inert>${markup}</div>\n    <div id="root"></div>`;
        if (!html.includes('<div id="root"></div>'))
          throw new Error('bake-default-view: no <div id="root"></div> in index.html');
        return {
          html: html.replace('<div id="root"></div>', baked),
          tags: [{ tag: 'script', attrs: { src: './baked-check.js' }, injectTo: 'head' }],
        };
      },
    },
  };
}

/** Loads the app's modules through Vite (TypeScript, JSX) in a jsdom window, as the tests do. */
async function renderInDom(texts: Record<string, string>): Promise<string> {
  const env = await builtinEnvironments.jsdom.setup(globalThis, {
    jsdom: { url: 'http://localhost/', pretendToBeVisual: true },
  });
  // The baked view is the page as first painted: what waits for a painted frame stays out.
  const noFrame = () => 0;
  globalThis.requestAnimationFrame = noFrame;
  window.requestAnimationFrame = noFrame;
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    appType: 'custom',
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const entry = (await server.ssrLoadModule('/build/bake-entry.tsx')) as {
      bakeDefaultView: (texts: Record<string, string>) => Promise<string>;
    };
    return await entry.bakeDefaultView(texts);
  } finally {
    await server.close();
    await env.teardown(globalThis);
  }
}
