/**
 * What the service does on its own, on timers: the periodic incremental
 * pass over every connected calendar (Google drops some notifications), the
 * polling fallback for calendars without a live push channel, and channel
 * upkeep (renew before expiry; open one where none is live). Each pass only
 * enqueues or talks to Google per calendar; one calendar's trouble is
 * logged and never stops the others.
 */
import { createHash } from 'node:crypto';
import { isNextRoundError } from '../../shared/errors.js';
import type { WorkQueue } from '../queue/types.js';
import type { CalendarRecord, Channel, SyncStore } from '../store/types.js';
import type { GoogleAccess } from './google-access.js';
import { describeError, type Log } from './json-log.js';
import { openChannel, renewChannel } from './push-channels.js';

export interface BackgroundDeps {
  store: SyncStore;
  queue: Pick<WorkQueue, 'enqueue'>;
  access: GoogleAccess;
  log: Log;
  /** PUBLIC_URL + /webhooks/calendar */
  webhookAddress: string;
  channelTtlMs: number;
  renewAheadMs: number;
  /** Width of the window in which one instance claims opening a missing channel. */
  claimWindowMs: number;
  now?: () => number;
}

/** One of `count` equal parts of the calendars (by a hash of the key), so a pass can be spread over its interval. */
export interface Slice {
  index: number;
  count: number;
}

export interface BackgroundPasses {
  /** Enqueues a sync of every connected calendar (of one slice, when given); returns how many. */
  runPeriodicPass(slice?: Slice): Promise<number>;
  /** Enqueues a sync of every connected calendar without a live channel (of one slice, when given); returns how many. */
  pollUnwatched(slice?: Slice): Promise<number>;
  /** Renews channels expiring soon and opens missing ones; returns counts. */
  maintainChannels(): Promise<{ renewed: number; opened: number }>;
}

/** Logs a watch refusal as a warning with Google's reason: polling instead of push must never be silent. */
export const logRefusal = (log: Log) => (refusal: { calendarKey: string; status: number | null; reason: string; message: string }) =>
  log('warn', 'channel.refused', { ...refusal, fallback: 'polling' });

/** Which of `count` slices a calendar falls in: stable, and the same on every instance. */
export function sliceOf(key: string, count: number): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % count;
}

/** @example const passes = createBackgroundPasses(deps); setInterval(() => void passes.runPeriodicPass(), 900_000); */
export function createBackgroundPasses(deps: BackgroundDeps): BackgroundPasses {
  const now = deps.now ?? Date.now;
  const channelDeps = { store: deps.store, address: deps.webhookAddress, ttlMs: deps.channelTtlMs, now, onRefused: logRefusal(deps.log) };

  async function liveChannels(): Promise<Channel[]> {
    return (await deps.store.listChannelsExpiringBefore(Number.MAX_SAFE_INTEGER)).filter((channel) => channel.expiresAt > now());
  }

  async function enqueueAll(all: CalendarRecord[], slice: Slice | undefined): Promise<number> {
    let count = 0;
    const calendars = slice ? all.filter((calendar) => sliceOf(calendar.key, slice.count) === slice.index) : all;
    for (const calendar of calendars) {
      await deps.queue.enqueue({ calendarKey: calendar.key, userId: calendar.userId, reason: 'poll' });
      count++;
    }
    return count;
  }

  /** Runs `work` for one calendar; AUTH_REQUIRED (invalid_grant) was already recorded by the OAuth flow. */
  async function guarded(what: string, calendar: CalendarRecord, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (isNextRoundError(error, 'AUTH_REQUIRED')) deps.access.forget(calendar.userId);
      deps.log('warn', `${what}.failed`, { calendarKey: calendar.key, code: isNextRoundError(error) ? error.code : 'INTERNAL', error: describeError(error) });
    }
  }

  return {
    async runPeriodicPass(slice) {
      return enqueueAll(await deps.store.listSyncableCalendars(), slice);
    },

    async pollUnwatched(slice) {
      const watched = new Set((await liveChannels()).map((channel) => channel.calendarKey));
      return enqueueAll(
        (await deps.store.listSyncableCalendars()).filter((calendar) => !watched.has(calendar.key)),
        slice,
      );
    },

    async maintainChannels() {
      const counts = { renewed: 0, opened: 0 };
      const calendars = new Map((await deps.store.listSyncableCalendars()).map((calendar) => [calendar.key, calendar]));
      const live = await liveChannels();
      for (const old of live.filter((channel) => channel.expiresAt < now() + deps.renewAheadMs)) {
        const calendar = calendars.get(old.calendarKey);
        if (!calendar) continue;
        await guarded('channel.renew', calendar, async () => {
          const { calendar: api } = await deps.access.clientsFor(calendar.userId);
          const fresh = await renewChannel(api, old, calendar, channelDeps);
          if (!fresh) return;
          counts.renewed++;
          deps.log('info', 'channel.renewed', { calendarKey: calendar.key, old: old.channelId, channel: fresh.channelId, expiresAt: fresh.expiresAt });
        });
      }
      const watched = new Set(live.map((channel) => channel.calendarKey));
      const window = Math.floor(now() / deps.claimWindowMs);
      for (const calendar of calendars.values()) {
        if (watched.has(calendar.key)) continue;
        // One instance per window opens it; the others see it live next time.
        if ((await deps.store.acquireFence(`watch:${calendar.key}:${window}`)) !== 1) continue;
        await guarded('channel.open', calendar, async () => {
          const { calendar: api } = await deps.access.clientsFor(calendar.userId);
          const channel = await openChannel(api, calendar, channelDeps);
          if (!channel) return;
          counts.opened++;
          deps.log('info', 'channel.opened', { calendarKey: calendar.key, channel: channel.channelId, expiresAt: channel.expiresAt });
        });
      }
      return counts;
    },
  };
}
