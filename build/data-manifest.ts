// The data manifest (src/data/manifest.ts) written from the data files: by the build into
// dist/data/, and by the dev server on request. `npm run data:manifest` rewrites it after a data update.
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

/** The data checks (data-checks.ts), loaded through Vite's module runner as the page's modules need. */
export async function dataChecks(): Promise<typeof import('./data-checks.ts')> {
  const { module } = await runnerImport<typeof import('./data-checks.ts')>(
    new URL('./data-checks.ts', import.meta.url).pathname,
    { configFile: false, logLevel: 'error' },
  );
  return module;
}

/** The manifest of the data files in `dir` as JSON; throws naming every problem of the files. */
const manifestJson = async (dir: string) => (await dataChecks()).manifestJson(dir);

/** Writes data/manifest.json into the build, and serves it from public/data in development. */
export function dataManifest(): Plugin {
  let dataDir = '';
  return {
    name: 'data-manifest',
    configResolved(config) {
      dataDir = resolve(config.publicDir, 'data');
    },
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'data/manifest.json',
        source: await manifestJson(dataDir),
      });
    },
    configureServer(server) {
      server.middlewares.use('/data/manifest.json', (_req, res, next) => {
        manifestJson(dataDir).then((json) => {
          res.setHeader('Content-Type', 'application/json');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(json);
        }, next);
      });
    },
  };
}
