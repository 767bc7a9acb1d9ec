/**
 * Timers for the background passes: each runs on its interval, never
 * overlapping itself, its failures logged (never thrown), and all stop at once.
 */
import { describeError, type Log } from './json-log.js';

export interface IntervalPasses {
  /** Schedules `pass` every `seconds`; returns a function that runs it now (unless it is running). */
  every(seconds: number, name: string, pass: () => Promise<unknown>): () => Promise<void>;
  clear(): void;
}

/** @example const intervals = createIntervalPasses(log); intervals.every(900, 'periodic_pass', () => passes.runPeriodicPass()); */
export function createIntervalPasses(log: Log): IntervalPasses {
  const timers: NodeJS.Timeout[] = [];
  let cleared = false;
  return {
    every(seconds, name, pass) {
      let busy = false;
      const tick = async () => {
        if (busy || cleared) return;
        busy = true;
        try {
          log('debug', `${name}.done`, { result: JSON.stringify(await pass()) });
        } catch (error) {
          log('warn', `${name}.failed`, { error: describeError(error) });
        } finally {
          busy = false;
        }
      };
      timers.push(setInterval(() => void tick(), seconds * 1000));
      return tick;
    },
    clear() {
      cleared = true;
      for (const timer of timers) clearInterval(timer);
    },
  };
}
