/**
 * Structured logs: one JSON object per line (`{"at","level","event",...}`).
 * Fields whose name suggests a secret are dropped before writing, so a
 * careless caller cannot print a token; values are numbers or short text.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null>;
export type Log = (level: LogLevel, event: string, fields?: LogFields) => void;

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };
const SECRET_NAME = /token|secret|password|authorization|verifier|cookie/i;

/**
 * @example const log = createJsonLog('info', (line) => process.stdout.write(line + '\n'));
 */
export function createJsonLog(minimum: LogLevel, write: (line: string) => void, now: () => number = Date.now): Log {
  return (level, event, fields = {}) => {
    if (RANK[level] < RANK[minimum]) return;
    const safe: LogFields = {};
    for (const [name, value] of Object.entries(fields)) {
      if (SECRET_NAME.test(name)) continue;
      safe[name] = typeof value === 'string' ? value.slice(0, 500) : value;
    }
    write(JSON.stringify({ at: new Date(now()).toISOString(), level, event, ...safe }));
  };
}

/** The message of an error for a log line, without stack or cause (which may carry request data). */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
