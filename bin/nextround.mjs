#!/usr/bin/env node
// The `nextround` command: runs the prebuilt bundle (dist/server/cli.mjs), so no
// TypeScript compiler loads at run time. From a clone it (re)builds the bundle
// first when a source changed since, which needs esbuild (a devDependency).
import { bundleIsFresh } from '../scripts/server-bundle-freshness.mjs';

if (!bundleIsFresh()) {
  const { buildServer } = await import('../scripts/build-server.mjs');
  await buildServer().catch((error) => {
    process.stderr.write(`nextround: ${error.message}\n`);
    process.exit(1);
  });
}
const { runCli } = await import('../dist/server/cli.mjs');
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
