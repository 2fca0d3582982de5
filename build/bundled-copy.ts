// `virtual:bundled-copy`: the bundled data files as the page's checks read them
// (src/data/bundled-copy.ts), made from public/data when the module is first asked for, in the
// build, the dev server and the tests alike.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { dataChecks } from './data-manifest.ts';

const ID = 'virtual:bundled-copy';
const RESOLVED = `\0${ID}`;

export function bundledCopy(): Plugin {
  let dataDir = '';
  return {
    name: 'bundled-copy',
    configResolved(config) {
      dataDir = resolve(config.publicDir, 'data');
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      const json = await (await dataChecks()).bundledCopyJson(dataDir);
      // A string read with JSON.parse: quicker for the browser than the same object as code.
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
