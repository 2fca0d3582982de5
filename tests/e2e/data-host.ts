import type { BrowserContext, Page } from '@playwright/test';
import { createHash } from 'node:crypto';

/** Rows of a bundled data file: none of them holds a line break inside quotes. */
const rowsOf = (text: string) => text.trimEnd().split('\n').length - 1;

/**
 * Serves a data file changed by `change` while `when()` says so, as a host does after a data
 * update: with a manifest that describes the changed file (`npm run data:manifest`), unless
 * `manifest` is false (a file cut or replaced behind the manifest's back).
 */
export async function changeDataFile(
  target: Page | BrowserContext,
  file: string,
  change: (text: string) => string,
  { when = () => true, manifest = true }: { when?: () => boolean; manifest?: boolean } = {},
) {
  await target.route(`**/data/${file}*`, async (route) => {
    if (!when()) return route.fallback();
    const response = await route.fetch();
    await route.fulfill({ response, body: change(await response.text()) });
  });
  if (!manifest) return;
  await target.route('**/data/manifest.json*', async (route) => {
    if (!when()) return route.fallback();
    const response = await route.fetch();
    const described = await response.json();
    const original = await fetch(new URL(`./${file}`, route.request().url())).then((r) => r.text());
    const body = change(original);
    described.files[file] = {
      rows: rowsOf(body),
      sha256: createHash('sha256').update(body).digest('hex'),
    };
    await route.fulfill({ response, json: described });
  });
}
