/**
 * `nextround check-config`: checks the hosted service's environment without
 * starting it, one line per problem naming the variable, exit 2 when any.
 * It applies the same zod schemas the service starts with (server/config,
 * server/hosted) and adds what the service starts without but cannot grant
 * a tracker without: the Picker's project number and API key.
 */
import { CheckedServiceConfig } from '../config/service-config.js';
import { HostedConfig } from '../hosted/hosted-config.js';
import type { CliIo } from './cli-io.js';

/** Variables the service needs for a person to connect, with what each one is. */
const NEEDED_FOR_CONNECT: Record<string, string> = {
  GOOGLE_PROJECT_NUMBER: "the Cloud project number, the Google Picker's setAppId: drive.file grants the tracker to this project",
  GOOGLE_PICKER_API_KEY: 'a browser API key allowed to call the Google Picker API',
};

/** Every problem of `env`, one line each, sorted by variable; empty when the service can run. */
export function configProblems(env: Record<string, string | undefined>): string[] {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const lines = new Set<string>();
  for (const schema of [CheckedServiceConfig, HostedConfig]) {
    const parsed = schema.safeParse(present);
    if (!parsed.success) for (const issue of parsed.error.issues) lines.add(`${issue.path.join('.') || '(environment)'} ${issue.message}`);
  }
  for (const [name, what] of Object.entries(NEEDED_FOR_CONNECT)) if (!(name in present)) lines.add(`${name} is required (${what})`);
  return [...lines].sort();
}

/** Prints the problems (stderr) or one line saying all is well (stdout); returns the exit code. */
export function runCheckConfig(env: Record<string, string | undefined>, io: CliIo): number {
  const problems = configProblems(env);
  if (problems.length === 0) {
    io.stdout('nextround check-config: the hosted service configuration is complete.\n');
    return 0;
  }
  for (const problem of problems) io.stderr(`nextround check-config: ${problem}\n`);
  return 2;
}
