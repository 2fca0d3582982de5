import type { Page } from '@playwright/test';

// What the label tests share: the places a user can select, and a wait for charts to settle.

/** Every place with figures: selected together, the most lines a chart can be asked for. */
export const EVERY_PLACE = [
  'england-wales',
  'uk',
  'england',
  'wales',
  'scotland',
  'northern-ireland',
  'west-midlands-region',
  'west-midlands-region-excl-west-mercia',
  'west-midlands-police',
  'staffordshire',
  'warwickshire',
  'dyfed-powys',
  'gwent',
  'north-wales',
  'south-wales',
  'thames-valley',
  'wiltshire',
  'northamptonshire',
];

/** Waits until no chart moves for three frames: lazy panels, label code and fonts arrive late. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const snapshot = () =>
      [...document.querySelectorAll('svg.recharts-surface *, svg.chart-surface *')]
        .map((e) => {
          const r = e.getBoundingClientRect();
          return `${r.x},${r.y},${r.width},${r.height}`;
        })
        .join('|');
    let last = '';
    let still = 0;
    for (let i = 0; i < 60 && still < 3; i++) {
      await frame();
      const now = snapshot();
      still = now === last ? still + 1 : 0;
      last = now;
    }
  });
}
