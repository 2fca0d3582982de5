import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/e2e/chromium.mjs';
const b = await chromium.launch(CHROMIUM_LAUNCH);
for (let i = 0; i < 4; i++) {
  const c = await b.newContext({ serviceWorkers: 'block' });
  const p = await c.newPage();
  await p.addInitScript(() => {
    window.__marks = [];
    new MutationObserver((_, o) => { if (document.querySelector('.recharts-surface')) { o.disconnect(); window.__marks.push(['svg-in-dom', performance.now()]); requestAnimationFrame(() => window.__marks.push(['raf', performance.now()])); } }).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => window.__marks.push(['dcl', performance.now()]));
  });
  await p.goto('http://127.0.0.1:4197/');
  await p.waitForTimeout(1500);
  console.log(JSON.stringify(await p.evaluate(() => ({ marks: window.__marks.map(([k, t]) => `${k}:${Math.round(t)}`), paint: performance.getEntriesByType('paint').map((e) => `${e.name}:${Math.round(e.startTime)}`), nav: (() => { const n = performance.getEntriesByType('navigation')[0]; return `resp:${Math.round(n.responseEnd)} dom:${Math.round(n.domInteractive)}`; })(), res: performance.getEntriesByType('resource').filter(r=>/css|baked|register/.test(r.name)).map(r => `${r.name.split('/').pop()}:${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`) }))));
  await c.close();
}
await b.close();
