/**
 * Builds the add-on into dist/appsscript/, the folder clasp pushes:
 *   Code.js       one script, plus one real top-level `function` per name
 *                 of appsscript/api/entry-points.ts (Apps Script finds
 *                 triggers and google.script.run targets only that way);
 *                 fails when appsscript/index.ts exports other names
 *   sidebar.html  the sidebar, its script and styles inlined (no CDN)
 *   appsscript.json  the repository's, plus urlFetchWhitelist (addon-manifest.mjs)
 *   board.html    the board dialog (Ui.showModalDialog), built the same way
 *   screens.html  the sidebar's rarer pages, `<script>…</script>` only: the sidebar
 *                 fetches it (loadScreens) the first time one of them opens
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderStubs, resolveEntryPoints } from './entry-stubs.mjs';
import { composeManifest, readAllowedPrefixes } from './addon-manifest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'appsscript');
const GLOBAL = '__NextRound';
// Apps Script's V8 runtime; keep syntax it is known to accept.
const target = 'es2020';

/**
 * zod's `z.locales` drags ~380 KB of translated messages into the bundle
 * (a namespace export cannot be tree-shaken). NextRound writes its own
 * messages, so both bundles get English only.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${sep}zod${sep}`) ? { path: args.importer, namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: 'export { default as en } from "../locales/en.js";',
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

// Files are overwritten in place (stale ones removed at the end) so that a test
// reading the bundle while another build runs never finds the folder empty.
mkdirSync(out, { recursive: true });
const written = new Set(['Code.js', 'appsscript.json']);

// 1. The public surface: the listed entry points, which the entry must export exactly.
const exports = await resolveEntryPoints(join(root, 'appsscript', 'index.ts'), join(root, 'appsscript', 'api', 'entry-points.ts'));

// 2. Bundle as one IIFE, then add one top-level stub per public function.
const script = await build({
  entryPoints: [join(root, 'appsscript', 'index.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: GLOBAL,
  target,
  legalComments: 'none',
  // Whitespace and syntax only: identifiers stay readable in Apps Script's stack traces.
  minifySyntax: true,
  minifyWhitespace: true,
  plugins: [zodEnglishOnly],
  logLevel: 'warning',
});
const stubs = renderStubs(exports, GLOBAL);
writeFileSync(join(out, 'Code.js'), `${script.outputFiles[0].text}\n${stubs}\n`);

// 3. The sidebar and the board dialog, each one self-contained HTML file, and the sidebar's on-demand pages.
async function buildClientScript(entry) {
  const client = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target,
    minify: true,
    legalComments: 'none',
    plugins: [zodEnglishOnly],
    logLevel: 'warning',
  });
  // A literal "</script" inside the inlined code would end the tag early.
  return client.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
}

async function buildPage(name, dir) {
  const entry = join(dir, 'main.ts');
  if (!existsSync(entry)) return;
  const js = await buildClientScript(entry);
  const styles = await build({
    entryPoints: [join(dir, `${name}.css`)],
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'warning',
  });
  const css = styles.outputFiles[0].text.trim();
  const shell = readFileSync(join(dir, `${name}.html`), 'utf8');
  const html = shell.replace('/*INLINE_CSS*/', () => css).replace('/*INLINE_JS*/', () => js);
  writeFileSync(join(out, `${name}.html`), html);
  written.add(`${name}.html`);
}
await buildPage('sidebar', join(root, 'appsscript', 'sidebar'));
await buildPage('board', join(root, 'appsscript', 'sidebar', 'board'));
// No shell and no styles: its pages run inside the sidebar, under sidebar.css.
writeFileSync(join(out, 'screens.html'), `<script>${(await buildClientScript(join(root, 'appsscript', 'sidebar', 'screens', 'main.ts'))).trim()}</script>\n`);
written.add('screens.html');

// 4. The manifest, with the fetch allowlist from appsscript/url-allow-list.ts (and the service's address, if given).
const baseManifest = JSON.parse(readFileSync(join(root, 'appsscript', 'appsscript.json'), 'utf8'));
const prefixes = await readAllowedPrefixes(join(root, 'appsscript', 'url-allow-list.ts'));
const manifest = composeManifest(baseManifest, prefixes, process.env.NEXTROUND_SERVICE_URL || undefined);
writeFileSync(join(out, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
for (const name of readdirSync(out)) if (!written.has(name)) rmSync(join(out, name), { recursive: true, force: true });
console.log(`built dist/appsscript: ${exports.length} public functions (${exports.join(', ')})`);
