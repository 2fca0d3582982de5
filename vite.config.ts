/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_CACHE } from './src/data/data-cache-name.ts';
import { bakeDefaultView, INLINE_SCRIPT_HASHES } from './build/bake-plugin.ts';
import { dataManifest } from './build/data-manifest.ts';
import { bundledCopy } from './build/bundled-copy.ts';

/**
 * The Content-Security-Policy, added to the built page only: the dev server injects inline scripts
 * for hot reloading. No 'unsafe-inline' for styles either: React and Recharts set styles through
 * the DOM (element.style), which the policy allows; only style attributes in markup and <style>
 * elements would need it, and the page has none (a browser test listens for violations).
 */
const CSP = [
  "default-src 'self'",
  // Its own files, and the two scripts the build writes into the page (build/bake-plugin.ts).
  `script-src 'self' ${INLINE_SCRIPT_HASHES.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `vite preview` answers a path the site does not have as a static host does: 404 with the
 * site's not-found page (public/404.html), so tests see what users of a real host see.
 */
function notFoundPage(): Plugin {
  return {
    name: 'not-found-page',
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      // Returned: runs after the static files, so it sees only what they did not answer.
      return () =>
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
          const file = resolve(dist, `.${path}`);
          if (file.startsWith(dist) && existsSync(file)) return next();
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(readFileSync(resolve(dist, '404.html')));
        });
    },
  };
}

/**
 * V8 compiles every function of the first view's script in the background as the file streams in
 * (its compile hint, which must be the file's first line), rather than each on the page's thread at
 * its first call: React's among them, inside the task that draws a link view's first chart. A/B
 * against the build without it, loads alternating: a link view's first chart ×0.88–×0.96 with the
 * CPU slowed 4× (11 loads each), ×0.94–×0.98 at 1× (21). Written once the bundle is complete:
 * Vite's own first line (the lazy chunks' dependencies) before it, and the hint had no effect.
 */
function compileFirstViewEagerly(): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'compile-first-view-eagerly',
    apply: 'build',
    enforce: 'post',
    // The file's name changes with it, as with any other change to its content.
    augmentChunkHash: (chunk) => (chunk.name === 'first-view' ? HINT : undefined),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk' && chunk.name === 'first-view') {
            chunk.code = HINT + chunk.code;
            // Its source map (`vite build --sourcemap`), a line further down.
            const map = bundle[`${chunk.fileName}.map`];
            if (map?.type === 'asset' && typeof map.source === 'string') {
              const json = JSON.parse(map.source) as { mappings: string };
              map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
            }
          }
      },
    },
  };
}

export default defineConfig({
  // Relative base so the built files work from any sub-path of any static host.
  base: './',
  // One page, whose views are query strings: a path it does not have is a 404, not this page
  // served where its relative script addresses cannot resolve (a blank page).
  appType: 'mpa',
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    notFoundPage(),
    bakeDefaultView(),
    compileFirstViewEagerly(),
    dataManifest(),
    bundledCopy(),
    // Offline after the first visit: the app shell is precached. The data files are not: a copy
    // is kept only once the page has validated it (src/data/queries.ts), so a corrupt or partial
    // response is never what the page falls back on.
    VitePWA({
      registerType: 'autoUpdate',
      // Registered by src/main.tsx once the page is idle after loading.
      injectRegister: null,
      manifest: false,
      workbox: {
        // The icon too, not the link-preview pictures.
        globPatterns: ['**/*.{js,css,html,svg}', 'favicon.png'],
        globIgnores: ['404.html'],
        // Every view is the one page with a query string: `./?geo=uk` is `./` offline too. There
        // is no navigation fallback, so a path the app does not have is the host's not-found
        // page, never a blank copy of this page with its scripts unresolvable.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: null,
        runtimeCaching: [
          {
            // Not a check for a newer release (`?check=`): the saved copy answering a check that
            // failed would say "nothing newer" when the host was only not reachable yet.
            urlPattern: /\/data\/[a-z]+\.csv(?:\?(?!check=).*)?$/,
            handler: 'NetworkFirst',
            options: {
              cacheName: DATA_CACHE,
              // A host that never answers falls back on the last good copy.
              networkTimeoutSeconds: 8,
              matchOptions: { ignoreSearch: true },
              // Whatever the network says is not cached here: only the page knows it is valid.
              plugins: [{ cacheWillUpdate: async () => null }],
            },
          },
        ],
        // Take over this page at once, so it works offline from the first visit.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],

  build: {
    // The page's entry and everything it imports statically in one chunk: split into the
    // pieces the lazy chunks share, it came to 17 files and about 6 KB more compressed.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'first-view', test: /\/src\/main\.tsx$/ },
            // What a link view needs before its first chart besides the first view: the data
            // set's checks, and the dashboard's pieces that download beside the data
            // (lib/beside-data.ts). Left to themselves they came to 19 small chunks, which the
            // browser fetched six at a time, and the checks waited behind them.
            {
              name: 'dashboard',
              test: /\/src\/(app\/dashboard|data\/(parse-dataset|schema)|components\/(data-table|data-update-notice|dataset-context|place-search|url-notices|panel-boundary)|lib\/(use-first-paint|presenter-window|in-turn|export)|state\/filter-line|export\/(export-menu|index)|deck\/(deck-buttons|deck-export|deck-actions)|import\/data-actions)\.tsx?$/,
            },
          ],
        },
        // A panel's chunk is its feature's index.ts: name it after the panel ("age-panel-…"), not
        // "index", so a network log or a failed download names the panel.
        chunkFileNames: (chunk) => {
          const feature = chunk.facadeModuleId?.match(/\/src\/features\/([^/]+)\/index\.ts$/);
          return feature ? `assets/${feature[1]}-panel-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
    // The page's first paint is the baked view, with no script: the entry's own imports are left
    // to be found when it loads, so that they do not compete with the page and its stylesheet for
    // the connection and the processor. A lazy chunk still fetches its imports alongside it.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps),
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Component tests render the whole app and wait for lazily loaded panels; on a busy 2-core
    // machine 5 s is not always enough (a cold first load has taken over 20 s).
    testTimeout: 30_000,
  },
});
