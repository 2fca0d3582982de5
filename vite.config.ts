/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bakeDefaultView } from './build/bake-plugin';

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
    bakeDefaultView(),
    // Offline after the first visit: the app shell and the data files are precached.
    VitePWA({
      registerType: 'autoUpdate',
      // Deferred: registering the worker must not hold up the first paint of the baked view.
      injectRegister: 'script-defer',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,csv}'],
        navigateFallback: 'index.html',
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
    // Component tests render the whole app; on a busy 2-core machine 5 s is not always enough.
    testTimeout: 20_000,
  },
});
