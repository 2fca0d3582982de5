#!/usr/bin/env node
// `npm run data:manifest [folder]`: after the data files of a deployed copy change (no rebuild),
// checks them as the page does and rewrites the folder's manifest.json, so the page accepts them.
// The folder defaults to dist/data, the built site's. Exits 1, naming every problem, when a file
// fails a check; the old manifest is then left as it was.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const dir = resolve(process.argv[2] ?? 'dist/data');
// The checks are the page's own TypeScript modules, loaded through Vite.
const { module } = await runnerImport(resolve(import.meta.dirname, '../build/data-checks.ts'), {
  configFile: false,
  logLevel: 'error',
});
let json;
try {
  json = await module.manifestJson(dir);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
const target = resolve(dir, 'manifest.json');
await writeFile(target, json);
const { release, files } = JSON.parse(json);
console.log(`Wrote ${target}: release ${release ?? 'unknown'}`);
for (const [file, { rows, sha256 }] of Object.entries(files))
  console.log(`  ${file}: ${rows} rows, SHA-256 ${sha256}`);
