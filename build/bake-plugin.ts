import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type { Baked } from './bake-entry';
import { previewMeta, siteUrlOf, type PreviewCard } from './preview-card.ts';
import { FIRST_SCREEN_TYPE } from './first-screen-type.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const DATA_FILES = ['observations.csv', 'sources.csv', 'geographies.csv'] as const;

/**
 * The two scripts written into the page (bakeDefaultView says where). Each was a file of its own:
 * the page's parser waited for it to download, and a link view's modules and data files were
 * asked for only once the first had run.
 */
function inlineScript(file: string): string {
  const text = readFileSync(`${ROOT}build/${file}`, 'utf8');
  // Read by the HTML parser as a script's text: either would end it early, or keep it open.
  if (/<\/?script/i.test(text)) throw new Error(`bake-default-view: ${file} holds "<script"`);
  return text;
}
const BAKED_CHECK = inlineScript('baked-check.js');
const BAKED_SKIP = inlineScript('baked-skip.js');
/** What the page's Content-Security-Policy allows besides its own files: these two scripts. */
export const INLINE_SCRIPT_HASHES = [BAKED_CHECK, BAKED_SKIP].map(
  (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`,
);
const SITE = 'Online grooming of children: recorded offences';
// Fonts from package.json, so the previews look the same whatever fonts the machine has.
// DejaVu Sans has every mark the figures carry († ≈ ‡ > <).
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(
  (f) => `${ROOT}node_modules/dejavu-fonts-ttf/ttf/${f}`,
);

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function png(svg: string): Promise<Uint8Array> {
  // Loaded here, not with the config: the dev server and the tests never need them.
  const { Resvg } = await import('@resvg/resvg-js');
  return new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: {
      fontFiles: FONTS,
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  })
    .render()
    .asPng();
}

/** A source as the panel's sources list gives it. */
const sourceText = (s: PreviewCard['sources'][number]) =>
  `${s.title}, ${s.publisher}${s.date ? `, ${s.date}` : ''}`;

/**
 * A panel's own page: its preview tags for link unfurlers, its full takeaway, caveats and
 * sources for those who read it without scripts, and on to the dashboard at it.
 */
function panelPage(id: string, card: PreviewCard, siteUrl: string): string {
  const target = `../../?panel=${id}`;
  const title = `${card.title} · ${SITE}`;
  const meta = previewMeta(card, `panel/${id}/`, SITE, siteUrl)
    .map(([k, name, content]) => `    <meta ${k}="${name}" content="${escape(content)}" />`)
    .join('\n');
  const list = (items: readonly string[]) =>
    items.map((i) => `      <li>${escape(i)}</li>`).join('\n');
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'self'" />
    <title>${escape(title)}</title>
    <meta name="description" content="${escape(card.headline)}" />
${meta}
    <link rel="icon" href="../../favicon.png" type="image/png" sizes="64x64" />
    <meta http-equiv="refresh" content="0; url=${target}" />
  </head>
  <body>
    <h1>${escape(card.title)}</h1>
    <p>${escape(card.takeaway)}</p>
${card.caveats.length ? `    <ul>\n${list(card.caveats)}\n    </ul>\n` : ''}    <p><a href="${target}">Open this panel in the dashboard</a></p>
    <img src="preview.png" width="1200" height="630" alt="${escape(`${card.title}: ${card.headline}`)}" />
    <h2>Sources</h2>
    <ul>
${list(card.sources.map(sourceText))}
    </ul>
  </body>
</html>
`;
}

/**
 * Renders the default view (header, filter bar, headline cards, trend chart) from the bundled
 * data files into the built index.html, so that the first chart is on screen before any script
 * has run; the page's scripts replace it once their own render is drawn (src/app/baked-view.ts),
 * and `baked-check.js` hides it before the first paint when the address asks for another view or
 * imports are stored in this browser (for another view, `baked-skip.js` leaves it unparsed): both
 * are written into the page, their hashes in its Content-Security-Policy. Also
 * writes each panel's page, `panel/<id>/index.html`, with link-preview tags and a 1200 × 630 PNG
 * of its chart drawn from the same chart code.
 */
/**
 * The page's policy allows no inline style (style-src 'self'), and the baked markup carries the
 * style attributes React and Recharts set: each distinct one becomes a class of a stylesheet
 * served with the page. !important keeps an attribute's precedence over the page's own rules.
 */
export function classesForStyles(html: string): { html: string; css: string } {
  const classes = new Map<string, string>();
  const out = html.replace(/<[a-zA-Z][^>]*>/g, (tag) => {
    const style = tag.match(/\sstyle="([^"]*)"/);
    if (!style) return tag;
    let name = classes.get(style[1]!);
    if (!name) classes.set(style[1]!, (name = `bk${classes.size}`));
    const bare = tag.replace(style[0], '');
    return /\sclass="/.test(bare)
      ? bare.replace(/\sclass="([^"]*)"/, (_, c: string) => ` class="${c} ${name}"`)
      : bare.replace(/^<([a-zA-Z][\w-]*)/, `<$1 class="${name}"`);
  });
  const css = [...classes]
    .map(([style, name]) => {
      const rules = style
        .replace(/&quot;/g, '"')
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => (d.includes('!important') ? d : `${d} !important`));
      return `#baked .${name}{${rules.join(';')}}`;
    })
    .join('\n');
  return { html: out, css };
}

export function bakeDefaultView(): Plugin {
  let baked: Baked | null = null;
  let bakedCss = '';
  let site: ReturnType<typeof siteUrlOf> = { url: '', warning: null };
  let base = './';
  return {
    name: 'bake-default-view',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      // Link previews need absolute addresses: SITE_URL (the folder the site is served from)
      // gives them; a wrong one stops the build, a missing one is warned of.
      site = siteUrlOf(process.env.SITE_URL);
      base = config.base;
      if (site.warning) config.logger.warn(`\n(!) ${site.warning}\n`);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const texts = Object.fromEntries(
          await Promise.all(
            DATA_FILES.map(
              async (f) => [f, await readFile(`${ROOT}public/data/${f}`, 'utf8')] as const,
            ),
          ),
        ) as Record<(typeof DATA_FILES)[number], string>;
        baked = await renderInDom(texts);
        if (!html.includes('<div id="root"></div>'))
          throw new Error('bake-default-view: no <div id="root"></div> in index.html');
        const styled = classesForStyles(baked.html);
        bakedCss = styled.css;
        // A picture of the page until the live one replaces it: inert, and hidden from assistive
        // technology, which is given the live page only.
        // It ends with a marker the head waits for (rel="expect"): a page painted while the parser
        // was still inside it showed part of it, then moved what followed (a layout shift).
        // For a link to another view, baked-skip.js makes it one comment, up to the one after it:
        // it must hold no comment's end of its own (React escapes every ">" it writes).
        if (styled.html.includes('-->'))
          throw new Error(
            'bake-default-view: the baked view holds "-->", which would end it early',
          );
        const page = `<script id="baked-skip" data-type="${FIRST_SCREEN_TYPE.join(',')}">${BAKED_SKIP}</script><div id="baked" inert aria-hidden="true">${styled.html}<span id="baked-end" hidden></span></div><!-- -->\n    <div id="root"></div>`;
        // The check blocks the first paint: it goes first, before the stylesheet (a script after
        // one waits for it), so that a link view's modules and data files are asked for at once.
        const charset = html.match(/<meta charset="[^"]*" ?\/?>/)?.[0];
        if (!charset) throw new Error('bake-default-view: no <meta charset> in index.html');
        // The stylesheet gates the first paint too: asked for next, before the scripts compete
        // for the connection.
        const stylesheet = html.match(/<link rel="stylesheet"[^>]*>/)?.[0];
        if (!stylesheet) throw new Error('bake-default-view: no stylesheet link in index.html');
        // A link's view is drawn by the scripts alone: the check asks for their modules at once
        // (the entry, what it imports, the dashboard's chunk and the data files' bundled copy),
        // not once the whole baked view below has been parsed and each has found the next.
        const chunks = Object.values(ctx.bundle ?? {});
        const dashboard = chunks.find((c) => c.type === 'chunk' && c.name === 'dashboard');
        const copy = chunks.find(
          (c) => c.type === 'chunk' && c.facadeModuleId === '\0virtual:bundled-copy',
        );
        const files = new Set<string>();
        const add = (file: string | undefined) => {
          const chunk = file ? ctx.bundle?.[file] : undefined;
          if (!chunk || chunk.type !== 'chunk' || files.has(file!)) return;
          files.add(file!);
          chunk.imports.forEach(add);
        };
        add(ctx.chunk?.fileName);
        add(dashboard?.fileName);
        add(copy?.fileName);
        const modules = [...files].map((f) => `${base}${f}`).join(' ');
        const check = `${charset}\n    <script id="baked-check" data-link-view="${modules}">${BAKED_CHECK}</script>\n    ${stylesheet}\n    <link rel="stylesheet" href="./baked.css" />\n    <link rel="expect" href="#baked-end" blocking="render" />`;
        return {
          html: html
            .replace(stylesheet, '')
            // Functions, so that a "$" in the scripts is not read as a replacement pattern.
            .replace(charset, () => check)
            .replace('<div id="root"></div>', () => page),
          tags: [
            ...previewMeta(baked.dashboard, '', SITE, site.url).map(([k, name, content]) => ({
              tag: 'meta',
              attrs: { [k]: name, content },
              injectTo: 'head' as const,
            })),
          ],
        };
      },
    },
    async generateBundle() {
      if (!baked) return;
      this.emitFile({ type: 'asset', fileName: 'baked.css', source: bakedCss });
      this.emitFile({
        type: 'asset',
        fileName: 'preview.png',
        source: await png(baked.svgs.dashboard!),
      });
      for (const p of baked.panels) {
        this.emitFile({
          type: 'asset',
          fileName: `panel/${p.id}/index.html`,
          source: panelPage(p.id, p, site.url),
        });
        this.emitFile({
          type: 'asset',
          fileName: `panel/${p.id}/preview.png`,
          source: await png(baked.svgs[p.id]!),
        });
      }
    },
  };
}

/** Loads the app's modules through Vite (TypeScript, JSX) in a jsdom window, as the tests do. */
async function renderInDom(texts: Record<string, string>): Promise<Baked> {
  const { builtinEnvironments } = await import('vitest/runtime');
  const env = await builtinEnvironments.jsdom.setup(globalThis, {
    jsdom: { url: 'http://localhost/', pretendToBeVisual: true },
  });
  // The baked view is the page as first painted: what waits for a painted frame stays out.
  const noFrame = () => 0;
  globalThis.requestAnimationFrame = noFrame;
  window.requestAnimationFrame = noFrame;
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    appType: 'custom',
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const entry = (await server.ssrLoadModule('/build/bake-entry.tsx')) as {
      bake: (texts: Record<string, string>, site: string) => Promise<Baked>;
    };
    return await entry.bake(texts, SITE);
  } finally {
    await server.close();
    await env.teardown(globalThis);
  }
}
