/**
 * Builds the add-on into dist/appsscript/, the folder clasp pushes:
 *   Code.js       one script; every named export of appsscript/index.ts
 *                 becomes a real top-level `function` (Apps Script finds
 *                 triggers and google.script.run targets only that way)
 *   sidebar.html  the sidebar, its script and styles inlined (no CDN)
 *   appsscript.json
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'appsscript');
const GLOBAL = '__NextRound';
// Apps Script's V8 runtime; keep syntax it is known to accept.
const target = 'es2020';

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// 1. Find the public surface: the entry's named exports.
const probe = await build({
  entryPoints: [join(root, 'appsscript', 'index.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  metafile: true,
  target,
  logLevel: 'silent',
});
const exports = Object.values(probe.metafile.outputs)[0].exports.filter((name) => name !== 'default');
const privateNames = exports.filter((name) => !/^[A-Za-z][A-Za-z0-9]*$/.test(name));
if (privateNames.length > 0) throw new Error(`appsscript/index.ts exports names Apps Script cannot call: ${privateNames}`);

// 2. Bundle as one IIFE, then add one top-level stub per public function.
const script = await build({
  entryPoints: [join(root, 'appsscript', 'index.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: GLOBAL,
  target,
  legalComments: 'none',
  minifySyntax: true,
  logLevel: 'warning',
});
const stubs = exports
  .map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`)
  .join('\n');
writeFileSync(join(out, 'Code.js'), `${script.outputFiles[0].text}\n${stubs}\n`);

// 3. The sidebar: one self-contained HTML file.
const sidebarEntry = join(root, 'appsscript', 'sidebar', 'main.ts');
if (existsSync(sidebarEntry)) {
  const client = await build({
    entryPoints: [sidebarEntry],
    bundle: true,
    write: false,
    format: 'iife',
    target,
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const css = readFileSync(join(root, 'appsscript', 'sidebar', 'sidebar.css'), 'utf8');
  const shell = readFileSync(join(root, 'appsscript', 'sidebar', 'sidebar.html'), 'utf8');
  // A literal "</script" inside the inlined code would end the tag early.
  const js = client.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = shell.replace('/*INLINE_CSS*/', () => css).replace('/*INLINE_JS*/', () => js);
  writeFileSync(join(out, 'sidebar.html'), html);
}

copyFileSync(join(root, 'appsscript', 'appsscript.json'), join(out, 'appsscript.json'));
console.log(`built dist/appsscript: ${exports.length} public functions (${exports.join(', ')})`);
