/**
 * Timers for the background passes: each runs on its interval, never
 * overlapping itself, its failures logged (never thrown), and all stop at once.
 */
import { describeError, type Log } from './json-log.js';

export interface IntervalPasses {
  /** Schedules `pass` every `seconds`; returns a function that runs it now (unless it is running). */
  every(seconds: number, name: string, pass: () => Promise<unknown>): () => Promise<void>;
  /**
   * Runs `pass` for one slice of the calendars at a time, one slice every
   * `seconds / slices`, so a pass over every calendar is spread over its
   * interval instead of enqueued at once. The slice follows the wall clock,
   * so every instance works on the same slice at the same time (their jobs coalesce).
   */
  spread(seconds: number, name: string, pass: (slice: { index: number; count: number }) => Promise<unknown>): void;
  clear(): void;
}

/** Slices per interval: one per second of it, at most 60. */
export const slicesFor = (seconds: number) => Math.max(1, Math.min(60, Math.floor(seconds)));

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
    spread(seconds, name, pass) {
      const count = slicesFor(seconds);
      const tickMs = (seconds * 1000) / count;
      this.every(tickMs / 1000, name, () => pass({ index: Math.floor(Date.now() / tickMs) % count, count }));
    },
    clear() {
      cleared = true;
      for (const timer of timers) clearInterval(timer);
    },
  };
}
