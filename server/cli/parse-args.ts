/**
 * `nextround sync` arguments → a checked command. Every problem becomes a
 * NextRoundError naming the flag, so the CLI can print one line and exit 2.
 */
import { parseArgs } from 'node:util';
import { NextRoundError } from '../../shared/errors.js';
import { DAY_MS } from '../../shared/time/index.js';
import { checkEmails, checkTimeZone, checkWindow, readDay, readRegex } from './setting-checks.js';
import type { AddJobCommand } from './add-job-command.js';
import type { ImportCommand } from './import-command.js';

/** A checked `nextround sync` invocation. */
export interface SyncCommand {
  sources: string[];
  out: string;
  from: Date;
  to: Date;
  timeZone: string;
  include: RegExp | undefined;
  exclude: RegExp | undefined;
  json: boolean;
  /** Where cursors live (SQLite); default ./.nextround. */
  stateDir: string;
  /** The person's own addresses (--me): never listed as interviewers. */
  selfEmails: string[];
}

export type Command =
  | { kind: 'sync'; sync: SyncCommand }
  | { kind: 'check-config' }
  | { kind: 'add-job'; addJob: AddJobCommand; json: boolean }
  | { kind: 'import'; importCsv: ImportCommand; json: boolean }
  /** `topic` is the command whose help was asked for, or undefined for the general usage. */
  | { kind: 'help'; topic: 'sync' | 'check-config' | 'add-job' | 'import' | undefined }
  | { kind: 'version' };

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

function bad(message: string, where: string): never {
  throw new NextRoundError('INVALID_INPUT', message, { where });
}

/** The flags after `sync`, as node:util parseArgs reads them. */
function readFlags(rest: string[]) {
  try {
    return parseArgs({
      args: [...rest],
      strict: true,
      allowPositionals: false,
      options: {
        ics: { type: 'string', multiple: true },
        out: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        tz: { type: 'string' },
        include: { type: 'string' },
        exclude: { type: 'string' },
        json: { type: 'boolean', default: false },
        state: { type: 'string' },
        me: { type: 'string', multiple: true },
      },
    }).values;
  } catch (error) {
    bad(`${(error as Error).message.split('\n')[0]}`, 'arguments');
  }
}

/**
 * @throws NextRoundError INVALID_INPUT naming the flag and the problem.
 * @example parseCommand(['sync', '--ics', 'cal.ics', '--out', 't.xlsx'], new Date())
 */
export function parseCommand(argv: readonly string[], now: Date): Command {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === 'help' || isHelp(verb)) return { kind: 'help', topic: undefined };
  if (verb === '--version' || verb === '-v') return { kind: 'version' };
  if (verb === 'check-config') return rest.some(isHelp) ? { kind: 'help', topic: 'check-config' } : { kind: 'check-config' };
  if (verb === 'add-job' || verb === 'import') return rest.some(isHelp) ? { kind: 'help', topic: verb } : parseDataIn(verb, rest);
  if (verb !== 'sync') bad(`unknown command "${verb}"; the commands are "sync", "add-job", "import" and "check-config" (see nextround --help).`, 'command');
  // Asked for help, the person gets it even next to a flag that would not parse.
  if (rest.some(isHelp)) return { kind: 'help', topic: 'sync' };
  const values = readFlags(rest);
  const sources = values.ics ?? [];
  if (sources.length === 0) bad('--ics is required (a .ics file or an https URL; repeat it for several calendars).', '--ics');
  if (!values.out) bad('--out is required (the .xlsx tracker to create or update).', '--out');
  if (!values.out.toLowerCase().endsWith('.xlsx')) bad(`--out ${values.out} must end in .xlsx.`, '--out');
  const timeZone = checkTimeZone(values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone, '--tz');
  const from = values.from ? readDay(values.from, '--from') : new Date(now.getTime() - 365 * DAY_MS);
  const to = values.to ? readDay(values.to, '--to') : new Date(now.getTime() + 365 * DAY_MS);
  const selfEmails = checkEmails(values.me ?? [], '--me');
  checkWindow(from, to, '--from', '--to');
  return {
    kind: 'sync',
    sync: {
      sources,
      out: values.out,
      from,
      to,
      timeZone,
      include: values.include === undefined ? undefined : readRegex(values.include, '--include'),
      exclude: values.exclude === undefined ? undefined : readRegex(values.exclude, '--exclude'),
      json: values.json ?? false,
      stateDir: values.state ?? './.nextround',
      selfEmails,
    },
  };
}

/** `add-job <url-or-file>` and `import <csv> --out <xlsx>`: one positional, then flags. */
function parseDataIn(verb: 'add-job' | 'import', rest: string[]): Command {
  let values: { out?: string; tz?: string; json?: boolean; 'add-anyway'?: boolean; map?: string[]; stage?: string[]; 'day-order'?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...rest],
      strict: true,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        tz: { type: 'string' },
        json: { type: 'boolean', default: false },
        'add-anyway': { type: 'boolean', default: false },
        map: { type: 'string', multiple: true },
        stage: { type: 'string', multiple: true },
        'day-order': { type: 'string' },
      },
    }));
  } catch (error) {
    bad(`${(error as Error).message.split('\n')[0]}`, 'arguments');
  }
  const what = verb === 'add-job' ? 'a job posting (an https address, or a saved page or description file)' : 'the CSV file to import';
  if (positionals.length !== 1) bad(`${verb} takes one ${what}; see nextround ${verb} --help.`, verb);
  if (values.out !== undefined && !values.out.toLowerCase().endsWith('.xlsx')) bad(`--out ${values.out} must end in .xlsx.`, '--out');
  const timeZone = checkTimeZone(values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone, '--tz');
  const json = values.json ?? false;
  if (verb === 'add-job')
    return { kind: 'add-job', json, addJob: { target: positionals[0]!, out: values.out, addAnyway: values['add-anyway'] ?? false, timeZone } };
  if (!values.out) bad('--out is required (the .xlsx tracker to import into; created when missing).', '--out');
  const dayOrder = values['day-order'];
  if (dayOrder !== undefined && dayOrder !== 'dmy' && dayOrder !== 'mdy')
    bad(`--day-order ${dayOrder}: use dmy (20/11/2026) or mdy (11/20/2026).`, '--day-order');
  return {
    kind: 'import',
    json,
    importCsv: { csv: positionals[0]!, out: values.out, timeZone, maps: values.map ?? [], stages: values.stage ?? [], dayOrder },
  };
}
