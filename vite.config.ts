/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { DATA_CACHE } from './src/data/data-cache-name.ts';

/**
 * The Content-Security-Policy, added to the built page only: the dev server injects inline scripts
 * for hot reloading. Recharts positions with style attributes, hence style-src 'unsafe-inline'.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
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
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  // Relative base so the built files work from any sub-path of any static host.
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    // Offline after the first visit: the app shell is precached. The data files are not: a copy
    // is kept only once the page has validated it (src/data/queries.ts), so a corrupt or partial
    // response is never what the page falls back on.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        // Every view is the one page with a query string: `./?geo=uk` is `./` offline too. There
        // is no navigation fallback, so a path the app does not have is the host's not-found
        // page, never a blank copy of this page with its scripts unresolvable.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: /\/data\/[a-z]+\.csv(?:\?.*)?$/,
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

  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
