/**
 * The `nextround` CLI. Stable for scripts: a summary line (or `--json`),
 * exit 0 on success, 2 on bad input with one line naming the file and the
 * problem, 75 (sysexits' EX_TEMPFAIL) when the pass was skipped because the
 * tracker is busy (open in a spreadsheet program, another pass), 1 on anything unexpected.
 */
import { ClassifyRules } from '../../shared/classify/rules.js';
import { isNextRoundError, type ErrorCode } from '../../shared/errors.js';
import { runCheckConfig } from './check-config.js';
import type { CliIo } from './cli-io.js';
import { ADD_JOB_HELP, CHECK_CONFIG_HELP, IMPORT_HELP, SYNC_HELP, USAGE } from './help-text.js';
import { randomUUID } from 'node:crypto';
import { formatAddJob, runAddJobCommand } from './add-job-command.js';
import { runImportCommand } from './import-command.js';
import { parseCommand } from './parse-args.js';
import { openStateStore } from './state-store.js';
import { formatSummary } from './summary-text.js';
import { syncTracker } from './sync-tracker.js';
import { packageVersion } from './version.js';

/** Codes that mean the person's input (a flag, a file, a URL, a workbook) needs fixing. */
const BAD_INPUT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INVALID_INPUT',
  'ICS_INVALID',
  'FETCH_REFUSED',
  'NOT_FOUND',
  'CONFIG_INVALID',
  'HEADER_MISSING',
  'HEADER_DUPLICATE',
  'SYNC_ABORTED',
  'CONFLICT',
]);

// A host name that does not resolve is a typo in the person's URL, not a fault of ours.
const DNS_FAILURES: ReadonlySet<string> = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);

function isBadInput(error: unknown): error is Error {
  if (!isNextRoundError(error)) return false;
  if (BAD_INPUT.has(error.code)) return true;
  for (let cause: unknown = error.cause; cause instanceof Error; cause = cause.cause) {
    if (DNS_FAILURES.has((cause as NodeJS.ErrnoException).code ?? '')) return true;
  }
  return false;
}

export type { CliIo } from './cli-io.js';

/** The exit code of a pass in which some calendars could not be read while the others synced. */
export const PARTIAL = 3;

/** Runs the CLI and returns the exit code (the caller exits with it). */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  now: Date = new Date(),
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  try {
    const command = parseCommand(argv, now);
    if (command.kind === 'check-config') return runCheckConfig(env, io);
    if (command.kind === 'version') {
      io.stdout(`nextround ${packageVersion()}\n`);
      return 0;
    }
    if (command.kind === 'help') {
      const topics = { sync: SYNC_HELP, 'check-config': CHECK_CONFIG_HELP, 'add-job': ADD_JOB_HELP, import: IMPORT_HELP } as const;
      io.stdout(`${command.topic ? topics[command.topic] : USAGE}\n`);
      return 0;
    }
    if (command.kind === 'add-job') {
      const outcome = await runAddJobCommand(command.addJob, now, `app-${randomUUID()}`);
      io.stdout(command.json ? `${JSON.stringify(outcome)}\n` : formatAddJob(outcome, command.addJob.out));
      return 0;
    }
    if (command.kind === 'import') {
      const plan = await runImportCommand(command.importCsv, now, randomUUID().slice(0, 8));
      const { counts } = plan;
      const line = `Imported ${counts.new} applications (${plan.history.length} stage history rows) into ${command.importCsv.out}; ${counts.alreadyInTracker} already there, ${counts.repeatedInFile} repeated in the file.`;
      io.stdout(command.json ? `${JSON.stringify({ counts, history: plan.history.length })}\n` : `${line}\n`);
      return 0;
    }
    const { sync } = command;
    const cursors = await openStateStore(sync.stateDir, '--state');
    try {
      const summary = await syncTracker({
        sources: sync.sources,
        out: sync.out,
        window: () => ({ from: sync.from, to: sync.to }),
        timeZone: sync.timeZone,
        include: sync.include,
        exclude: sync.exclude,
        ...(sync.selfEmails.length > 0 && { rules: ClassifyRules.parse({ selfEmails: sync.selfEmails }) }),
        cursors,
      });
      io.stdout(sync.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary));
      // Some calendars could not be read (each named in the summary); the others synced.
      return summary.sources.some((source) => source.error !== undefined) ? PARTIAL : 0;
    } finally {
      await cursors.close();
    }
  } catch (error) {
    if (isBadInput(error)) {
      io.stderr(`nextround: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    // The tracker is busy (tracker-lock.ts): nothing was written; running again later is the fix.
    if (isNextRoundError(error, 'UNAVAILABLE')) {
      io.stderr(`nextround: ${error.message}\n`);
      return 75;
    }
    io.stderr(`nextround: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
