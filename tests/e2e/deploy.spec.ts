import { expect, test, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFile, chmod, cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deflateSync } from 'fflate';
import { PANEL_IDS } from '../../src/state/filters';

// The built site served as deployed: by nginx with deploy/nginx.conf.template, started here by
// deploy/serve.sh (tests/e2e/ensure-nginx.sh installs nginx), from a copy of dist/ that the test
// may change as a data update does.

let nginx: ChildProcess;
let origin: string;
let site: string;
let runDir: string;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

test.beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'deployed-'));
  // nginx's workers may run as another user than the test's.
  await chmod(dir, 0o755);
  site = join(dir, 'site');
  runDir = join(dir, 'run');
  await cp(resolve('dist'), site, { recursive: true });
  const port = await freePort();
  nginx = spawn('bash', [resolve('deploy/serve.sh'), site], {
    env: { ...process.env, PORT: String(port), RUN_DIR: runDir, FRAME_ANCESTORS: "'self'" },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  origin = `http://127.0.0.1:${port}/`;
  await expect
    .poll(
      () =>
        fetch(origin).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 15_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  nginx.kill();
});

const head = (path: string) => fetch(new URL(path, origin));

test('nginx sends the policy, cache rules, content types, compression and not-found page', async () => {
  const html = await readFile(join(site, 'index.html'), 'utf8');
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!;
  const page = await head('./');
  // The page's own policy, and framing limited by FRAME_ANCESTORS.
  expect(page.headers.get('content-security-policy')).toBe(
    `${meta.replaceAll('&#39;', "'")}; frame-ancestors 'self'`,
  );
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(page.headers.get('cache-control')).toBe('no-cache');

  const asset = (await readdir(join(site, 'assets'))).find((f) => f.endsWith('.js'))!;
  const hashed = await head(`assets/${asset}`);
  expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(hashed.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(hashed.headers.get('content-encoding')).toBe('gzip');

  for (const [path, type] of [
    ['sw.js', 'text/javascript; charset=utf-8'],
    ['data/observations.csv', 'text/csv; charset=utf-8'],
    ['data/manifest.json', 'application/json; charset=utf-8'],
    ['favicon.png', 'image/png'],
  ]) {
    const response = await head(path!);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type'), path).toBe(type);
    expect(response.headers.get('cache-control'), path).toBe('no-cache');
  }
  expect((await head('data/observations.csv')).headers.get('content-encoding')).toBe('gzip');

  const missing = await head('no/such/page');
  expect(missing.status).toBe(404);
  expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(missing.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
  expect(await missing.text()).toContain('<h1>Page not found</h1>');
});

const trend = (page: Page) => page.getByRole('region', { name: 'Offences over time' });

test('behind nginx: a first visit, an offline reload, and a data update announced', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`${origin}?geo=england-wales`);
  await expect(trend(page).locator('svg.chart-surface')).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 15_000,
    })
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(trend(page).locator('svg.chart-surface')).toBeVisible();

  // A data update on the host, without a rebuild: a file changed, then its manifest rewritten.
  await appendFile(
    join(site, 'data/observations.csv'),
    // Test-only: a made-up later release of the 2017/18 figure.
    'offences,2017/18,england-wales,,,,"3,300",,nspcc-2019-09,2030-01,test data,,,\n',
  );
  execFileSync('node', [resolve('scripts/data-manifest.mjs'), join(site, 'data')]);
  await context.setOffline(false);
  const notice = page.getByRole('status').filter({ hasText: 'Newer figures have been published' });
  await expect(notice).toContainText(
    'Newer figures have been published since this page was opened.',
    { timeout: 20_000 },
  );
  await notice.getByRole('button', { name: 'Show the new figures' }).click();
  await expect(notice).toHaveCount(0);
  // Shown, and what a reload gets from then on.
  await page.goto(`${origin}?geo=england-wales&view=table`);
  await expect(trend(page).getByRole('row', { name: /^2017\/18 3,300/ })).toBeVisible();
  await context.close();
});

/** Words that compress about as badly as real notes do. */
function note(seed: number): string {
  let x = seed;
  const words: string[] = [];
  while (words.join(' ').length < 1900) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    words.push(x.toString(36).slice(0, 3 + (x % 6)));
  }
  return words.join(' ');
}

test('a 20-slide deck link with long notes opens in a fresh profile behind nginx', async ({
  browser,
}) => {
  const slides = Array.from({ length: 20 }, (_, i) => [
    PANEL_IDS[i % PANEL_IDS.length]!,
    '',
    `Slide ${i + 1}`,
    note(i + 1),
  ]);
  const deck = Buffer.from(
    deflateSync(new TextEncoder().encode(JSON.stringify(slides)), { level: 9 }),
  ).toString('base64url');
  const link = `${origin}#deck=2.${deck}`;
  // Longer than nginx's request-line limit (8 KB): only the fragment makes it work.
  expect(link.length).toBeGreaterThan(16_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  const linked = page.getByRole('region', { name: 'Deck from the link' });
  await expect(linked.getByRole('listitem')).toHaveCount(20, { timeout: 30_000 });
  await context.close();
  // Servers and their logs never see the deck.
  expect(await readFile(join(runDir, 'access.log'), 'utf8')).not.toContain('deck=');
});
