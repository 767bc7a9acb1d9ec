#!/usr/bin/env node
// The `nextround` command: registers tsx (a runtime dependency) in-process to
// run the TypeScript CLI, so `npx nextround` works from the repo with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../server/cli/main.ts');
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
