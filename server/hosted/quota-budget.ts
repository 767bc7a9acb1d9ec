/**
 * One request budget for every instance of the service, kept in the store:
 * Sheets reads and writes per project and per user, and Calendar requests,
 * so the quotas Google enforces per minute are a design input rather than
 * 429s discovered in production.
 *
 * Google: Sheets allows 300 read and 300 write requests per minute per
 * project and 60 per user per project, "refilled every minute"
 * (https://developers.google.com/sheets/api/limits); Calendar allows 10,000
 * per minute per project and 600 per user, counted "per minute using a
 * sliding window" (https://developers.google.com/calendar/api/guides/quota).
 * Requests are spaced evenly, one per `(60 s + skew) / limit`: then no
 * window of a minute, sliding or fixed, holds more than `limit` of them,
 * even with some milliseconds of network jitter or clock skew between
 * instances. A request needs its user's slot and the project's; a user slot
 * taken while the project is busy is given back.
 */
import { randomUUID } from 'node:crypto';
import type { QuotaSlotStore } from '../store/types.js';

export type QuotaKind = 'sheets.read' | 'sheets.write' | 'calendar';

/** Requests per minute, per project and per user, for each kind. */
export type QuotaLimits = Record<QuotaKind, { project: number; user: number }>;

/** Google's published defaults (see the module comment). */
export const GOOGLE_QUOTAS: QuotaLimits = {
  'sheets.read': { project: 300, user: 60 },
  'sheets.write': { project: 300, user: 60 },
  calendar: { project: 10_000, user: 600 },
};

/** The port: take one request of `kind` for `user` now, or learn how long to wait. */
export interface QuotaBudget {
  /** 0 when the request may go now (its slots are taken); otherwise ms to wait, nothing taken. */
  take(kind: QuotaKind, user: string): Promise<number>;
}

export interface QuotaBudgetOptions {
  store: QuotaSlotStore;
  limits: QuotaLimits;
  /** Added to the minute before dividing it up: network jitter and clock skew between instances (default 500 ms). */
  skewMs?: number;
  now?: () => number;
}

/** The spacing between two requests that keeps `perMinute` in every minute. */
export const spacingFor = (perMinute: number, skewMs: number) => Math.ceil((60_000 + skewMs) / perMinute);

/** @example const budget = createQuotaBudget({ store, limits: GOOGLE_QUOTAS }); await waitForQuota(budget, 'sheets.write', userId); */
export function createQuotaBudget(options: QuotaBudgetOptions): QuotaBudget {
  const now = options.now ?? Date.now;
  const skew = options.skewMs ?? 500;
  return {
    async take(kind, user) {
      const limit = options.limits[kind];
      const userKey = `${kind}:user:${user}`;
      const userSpacing = spacingFor(limit.user, skew);
      const holder = randomUUID();
      const userWait = await options.store.takeQuotaSlot(userKey, now(), userSpacing, holder);
      if (userWait > 0) return userWait;
      const projectWait = await options.store.takeQuotaSlot(`${kind}:project`, now(), spacingFor(limit.project, skew), holder);
      if (projectWait === 0) return 0;
      // The project is busy: the user's slot goes back unless a later take of the same user built on it.
      await options.store.returnQuotaSlot(userKey, userSpacing, holder);
      return projectWait;
    },
  };
}

export interface QuotaWaitOptions {
  sleep?: (ms: number) => Promise<void>;
  /** Each wait, for logs and figures. */
  onWait?: (kind: QuotaKind, ms: number) => void;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `budget` lets one request of `kind` go for `user`: demand above the quota waits, it never fails. */
export async function waitForQuota(budget: QuotaBudget, kind: QuotaKind, user: string, options: QuotaWaitOptions = {}): Promise<void> {
  for (;;) {
    const wait = await budget.take(kind, user);
    if (wait === 0) return;
    options.onWait?.(kind, wait);
    await (options.sleep ?? sleepFor)(wait);
  }
}
