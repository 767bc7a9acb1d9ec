/**
 * POST /webhooks/calendar: Calendar push notifications. Oversized bodies are
 * refused before the handler; the channel id, resource id and token (hash,
 * constant-time) must match a live channel; a message number is claimed
 * atomically, so replays are acknowledged without work; the 200 is sent only
 * after the sync job is durably queued, and 503 (which Google retries) when
 * the store or queue is down, with the claim given back.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isNextRoundError } from '../../shared/errors.js';
import type { WorkQueue } from '../queue/types.js';
import type { Channel, ChannelStore } from '../store/types.js';
import { channelTokenMatches, hashChannelToken } from './channel-token.js';
import { readNotificationHeaders } from './notification-headers.js';

export interface WebhookDeps {
  store: Pick<ChannelStore, 'findChannel' | 'advanceMessage' | 'rewindMessage'>;
  queue: Pick<WorkQueue, 'enqueue'>;
  maxBodyBytes: number;
  now?: () => number;
  /** Structured log line; never receives tokens. */
  log?: (event: string, fields: Record<string, string | number>) => void;
}

// Compared against when the channel is unknown, so unknown and known channels take the same time.
const DUMMY_HASH = hashChannelToken('no-such-channel');

/**
 * @example app.route('/', createWebhookApp({ store, queue, maxBodyBytes: 4096 }));
 */
export function createWebhookApp(deps: WebhookDeps): Hono {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? (() => undefined);
  const app = new Hono();
  const unavailable = () => new Response('unavailable, retry later', { status: 503, headers: { 'retry-after': '5' } });

  const limit = bodyLimit({ maxSize: deps.maxBodyBytes, onError: (c) => c.text('body too large', 413) });
  app.post(
    '/webhooks/calendar',
    // Google's notices carry Content-Length: 0; deciding on the header alone spares building a body stream per notice.
    (c, next) => {
      const length = c.req.header('content-length');
      if (length === undefined || c.req.header('transfer-encoding') !== undefined || !/^\d{1,10}$/.test(length)) return limit(c, next);
      return Number(length) > deps.maxBodyBytes ? c.text('body too large', 413) : next();
    },
    async (c) => {
      const headers = readNotificationHeaders((name) => c.req.header(name));
      if (!headers) return c.text('not a calendar notification', 400);
      let channel: Channel | null;
      try {
        channel = await deps.store.findChannel(headers.channelId);
      } catch (error) {
        log('webhook.store_unavailable', { code: isNextRoundError(error) ? error.code : 'INTERNAL' });
        return unavailable();
      }
      const tokenOk = channelTokenMatches(headers.channelToken, channel?.tokenHash ?? DUMMY_HASH);
      const live = channel !== null && channel.stoppedAt === null && channel.expiresAt > now();
      if (!channel || !tokenOk || !live || channel.resourceId !== headers.resourceId) {
        log('webhook.refused', { channel: headers.channelId.slice(0, 64) });
        return c.text('forbidden', 403);
      }
      if (headers.resourceState === 'sync') return c.body(null, 200);
      // Claim the message number atomically: of any number of replays, one wins and queues work.
      let won: boolean;
      try {
        won = await deps.store.advanceMessage(channel.channelId, headers.messageNumber);
      } catch (error) {
        log('webhook.store_unavailable', { code: isNextRoundError(error) ? error.code : 'INTERNAL' });
        return unavailable();
      }
      if (!won) return c.body(null, 200);
      try {
        await deps.queue.enqueue({ calendarKey: channel.calendarKey, userId: channel.userId, reason: 'push' });
      } catch (error) {
        // Give the number back so Google's retry of this 503 is not taken for a replay.
        await deps.store.rewindMessage(channel.channelId, headers.messageNumber, channel.lastMessage).catch(() => false);
        log('webhook.queue_unavailable', { code: isNextRoundError(error) ? error.code : 'INTERNAL' });
        return unavailable();
      }
      return c.body(null, 200);
    },
  );
  return app;
}
