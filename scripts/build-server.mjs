/**
 * Builds the Node programs into dist/server/, so nothing compiles TypeScript
 * at run time (start-up and memory are the program's own):
 *   main.mjs    `npm start`, local mode (server/main.ts)
 *   cli.mjs     the `nextround` command's runCli (server/cli/main.ts)
 *   hosted.mjs  the hosted service (server/hosted/main.ts), the Docker image's
 *   chunks/     code shared by them or loaded on demand (PostgreSQL, first calls)
 * Packages stay in node_modules (better-sqlite3 and pg are native or
 * dynamic; bundling them breaks them). `node scripts/build-server.mjs` always
 * builds; `--if-stale` builds only when server-bundle-freshness.mjs says a
 * source changed (what `npm start` and bin/nextround.mjs do).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR, bundleIsFresh, INPUTS_FILE, root } from './server-bundle-freshness.mjs';

export const ENTRIES = { main: 'server/main.ts', cli: 'server/cli/main.ts', hosted: 'server/hosted/main.ts' };
// Chunks a build no longer uses are kept a day: a process started from the old build may still load one on demand.
const STALE_CHUNK_MS = 24 * 3_600_000;

/**
 * `import.meta.url` keeps meaning the source file's address (local-config
 * finds examples/ next to server/ that way), wherever the code lands:
 * the repo root is what precedes /dist/server/ in the output file's own URL.
 */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      const source = JSON.stringify(relative(root, args.path).split('\\').join('/'));
      const rootUrl = "import.meta.url.slice(0, import.meta.url.lastIndexOf('/dist/server/') + 1)";
      return { contents: contents.replaceAll('import.meta.url', `new URL(${source}, ${rootUrl}).href`), loader: 'ts' };
    });
  },
};

/** Builds every entry; each file lands whole (written aside, then renamed), entries last, so a concurrent reader never sees half a bundle. */
export async function buildServer() {
  const startedAt = Date.now();
  const result = await (await loadEsbuild()).build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(root, path)])),
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: BUNDLE_DIR,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    plugins: [sourceUrls],
    logLevel: 'error',
  });
  const entries = new Set(Object.keys(ENTRIES).map((name) => join(BUNDLE_DIR, `${name}.mjs`)));
  const files = [...result.outputFiles].sort((a, b) => Number(entries.has(a.path)) - Number(entries.has(b.path)));
  for (const file of files) writeWhole(file.path, file.contents);
  pruneOldChunks(new Set(files.map((file) => file.path)));
  const inputs = Object.keys(result.metafile.inputs).map((path) => relative(root, join(process.cwd(), path)));
  writeWhole(INPUTS_FILE, `${JSON.stringify({ startedAt, inputs }, null, 2)}\n`);
}

// Loaded only to build, so a fresh bundle runs where dev packages were left out (npm ci --omit=dev).
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    throw new Error(`dist/server/ is missing or older than the sources, and esbuild (a devDependency) is not installed: run \`npm install\` in ${root}`);
  }
}

function writeWhole(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const aside = `${path}.${process.pid}.tmp`;
  writeFileSync(aside, contents);
  renameSync(aside, path);
}

function pruneOldChunks(current) {
  const dir = join(BUNDLE_DIR, 'chunks');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!current.has(path) && Date.now() - statSync(path).mtimeMs > STALE_CHUNK_MS) rmSync(path, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && !(process.argv.includes('--if-stale') && bundleIsFresh())) {
  await buildServer().catch((error) => {
    console.error(`nextround: ${error.message}`);
    process.exit(1);
  });
}
