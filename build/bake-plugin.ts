import { readFile } from 'node:fs/promises';
import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type { Baked } from './bake-entry';
import type { PreviewCard } from './preview-card';

const ROOT = new URL('../', import.meta.url).pathname;
const DATA_FILES = ['observations.csv', 'sources.csv', 'geographies.csv'] as const;
const SITE = 'Online grooming of children: recorded offences';
/** Link previews need absolute addresses: set SITE_URL (ending in /) when building for a host. */
const SITE_URL = process.env.SITE_URL ?? '';
// Fonts from package.json, so the previews look the same whatever fonts the machine has.
// DejaVu Sans has every mark the figures carry († ≈ ‡ > <).
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(
  (f) => `${ROOT}node_modules/dejavu-fonts-ttf/ttf/${f}`,
);

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Open Graph and Twitter Card tags of the page at `url` (from the site's root). Its preview image
 * is `preview.png` beside it; the addresses are absolute when SITE_URL is set.
 */
function previewMeta(card: Pick<PreviewCard, 'title' | 'takeaway'>, url: string) {
  const image = `${SITE_URL ? `${SITE_URL}${url}` : ''}preview.png`;
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', SITE],
    ['property', 'og:title', card.title],
    ['property', 'og:description', card.takeaway],
    ['property', 'og:image', image],
    ['property', 'og:image:width', '1200'],
    ['property', 'og:image:height', '630'],
    ['property', 'og:image:alt', `${card.title}: ${card.takeaway}`],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', card.title],
    ['name', 'twitter:description', card.takeaway],
    ['name', 'twitter:image', image],
  ];
  if (SITE_URL) tags.push(['property', 'og:url', `${SITE_URL}${url}`]);
  return tags;
}

async function png(svg: string): Promise<Uint8Array> {
  // Loaded here, not with the config: the dev server and the tests never need them.
  const { Resvg } = await import('@resvg/resvg-js');
  return new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: {
      fontFiles: FONTS,
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  })
    .render()
    .asPng();
}

/** A panel's own page: its preview tags for link unfurlers, and on to the dashboard at it. */
function panelPage(id: string, card: PreviewCard): string {
  const target = `../../?panel=${id}`;
  const title = `${card.title} · ${SITE}`;
  const meta = previewMeta(card, `panel/${id}/`)
    .map(([k, name, content]) => `    <meta ${k}="${name}" content="${escape(content)}" />`)
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'self'" />
    <title>${escape(title)}</title>
    <meta name="description" content="${escape(card.takeaway)}" />
${meta}
    <link rel="icon" href="../../favicon.svg" type="image/svg+xml" />
    <meta http-equiv="refresh" content="0; url=${target}" />
  </head>
  <body>
    <h1>${escape(card.title)}</h1>
    <p>${escape(card.takeaway)}</p>
    <p><a href="${target}">Open this panel in the dashboard</a></p>
    <img src="preview.png" width="1200" height="630" alt="${escape(`${card.title}: ${card.takeaway}`)}" />
  </body>
</html>
`;
}

/**
 * Renders the default view (header, filter bar, headline cards, trend chart) from the bundled
 * data files into the built index.html, so that the first chart is on screen before any script
 * has run; the page's scripts replace it once their own render is drawn (src/app/baked-view.ts),
 * and `baked-check.js` hides it before the first paint when the address asks for another view or
 * imports are stored in this browser. Also writes each panel's page, `panel/<id>/index.html`,
 * with link-preview tags and a 1200 × 630 PNG of its chart drawn from the same chart code.
 */
export function bakeDefaultView(): Plugin {
  let baked: Baked | null = null;
  return {
    name: 'bake-default-view',
    apply: 'build',
    enforce: 'post',
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
        baked = await renderInDom(texts);
        if (!html.includes('<div id="root"></div>'))
          throw new Error('bake-default-view: no <div id="root"></div> in index.html');
        const page = `<div id="baked" inert>${baked.html}</div>\n    <div id="root"></div>`;
        // The check blocks the first paint: it goes first, before the modules and data files
        // queue for the browser's few connections to the host, so it arrives at once.
        const charset = html.match(/<meta charset="[^"]*" ?\/?>/)?.[0];
        if (!charset) throw new Error('bake-default-view: no <meta charset> in index.html');
        const check = `${charset}\n    <script src="./baked-check.js"></script>`;
        return {
          html: html.replace(charset, check).replace('<div id="root"></div>', page),
          tags: [
            ...previewMeta(baked.dashboard, '').map(([k, name, content]) => ({
              tag: 'meta',
              attrs: { [k]: name, content },
              injectTo: 'head' as const,
            })),
          ],
        };
      },
    },
    async generateBundle() {
      if (!baked) return;
      this.emitFile({
        type: 'asset',
        fileName: 'preview.png',
        source: await png(baked.svgs.dashboard!),
      });
      for (const p of baked.panels) {
        this.emitFile({
          type: 'asset',
          fileName: `panel/${p.id}/index.html`,
          source: panelPage(p.id, p),
        });
        this.emitFile({
          type: 'asset',
          fileName: `panel/${p.id}/preview.png`,
          source: await png(baked.svgs[p.id]!),
        });
      }
    },
  };
}

/** Loads the app's modules through Vite (TypeScript, JSX) in a jsdom window, as the tests do. */
async function renderInDom(texts: Record<string, string>): Promise<Baked> {
  const { builtinEnvironments } = await import('vitest/runtime');
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
      bake: (texts: Record<string, string>, site: string) => Promise<Baked>;
    };
    return await entry.bake(texts, SITE);
  } finally {
    await server.close();
    await env.teardown(globalThis);
  }
}
