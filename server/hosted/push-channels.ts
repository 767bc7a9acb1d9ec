/**
 * Calendar push channels (events.watch): open one per connected calendar,
 * renew before expiry (a new channel first, then `channels.stop` on the old,
 * so no moment is left uncovered), stop them all on disconnect. The channel
 * token is random per channel and stored only as a hash. A calendar Google
 * will not watch is left to the polling fallback.
 */
import { randomUUID } from 'node:crypto';
import type { calendar_v3 } from '@googleapis/calendar';
import { isNextRoundError } from '../../shared/errors.js';
import { readFailure, translateGoogleError } from '../google/google-errors.js';
import type { CalendarRecord, Channel, SyncStore } from '../store/types.js';
import { createChannelToken, hashChannelToken } from '../webhook/channel-token.js';

/** The two Calendar calls channels need; a `calendar_v3.Calendar` is one. */
export interface ChannelsApi {
  events: { watch(params: calendar_v3.Params$Resource$Events$Watch): Promise<{ data: calendar_v3.Schema$Channel }> };
  channels: { stop(params: calendar_v3.Params$Resource$Channels$Stop): Promise<unknown> };
}

export interface ChannelDeps {
  store: Pick<SyncStore, 'saveChannel' | 'stopChannel'>;
  /** PUBLIC_URL + /webhooks/calendar */
  address: string;
  ttlMs: number;
  now?: () => number;
  /**
   * Told why Google refused to watch a calendar (the calendar is then polled). Some refusals are the
   * calendar's (pushNotSupportedForRequestedResource), others our configuration's (an address Google
   * will not call: not https, domain not verified): an operator must see those, not a silent fallback.
   */
  onRefused?: (refusal: { calendarKey: string; status: number | null; reason: string; message: string }) => void;
}

/**
 * Opens a channel on `calendar` and stores it; returns null when Google
 * refuses to watch it (the calendar is then polled).
 * @throws NextRoundError for trouble worth retrying (UNAVAILABLE, RATE_LIMITED) or AUTH_REQUIRED.
 */
export async function openChannel(api: ChannelsApi, calendar: CalendarRecord, deps: ChannelDeps): Promise<Channel | null> {
  const now = deps.now ?? Date.now;
  const token = createChannelToken();
  const id = `nr-${randomUUID()}`;
  let data: calendar_v3.Schema$Channel;
  try {
    ({ data } = await api.events.watch({
      calendarId: calendar.calendarId,
      requestBody: { id, type: 'web_hook', address: deps.address, token, expiration: String(now() + deps.ttlMs) },
    }));
  } catch (error) {
    const translated = translateGoogleError(error, 'Calendar events.watch', `calendar ${calendar.calendarId}`);
    // 400 (e.g. pushNotSupportedForRequestedResource, an address Google refuses) or 404: this calendar is polled.
    if (isNextRoundError(translated, 'INVALID_INPUT') || isNextRoundError(translated, 'NOT_FOUND')) {
      const failure = readFailure(error);
      deps.onRefused?.({ calendarKey: calendar.key, status: failure.status, reason: failure.reason, message: failure.message });
      return null;
    }
    throw translated;
  }
  // A `sync` notice may arrive before this save; it carries no work, so a 403 to it loses nothing.
  const channel: Channel = {
    channelId: id,
    resourceId: data.resourceId ?? '',
    tokenHash: hashChannelToken(token),
    userId: calendar.userId,
    calendarKey: calendar.key,
    expiresAt: Number(data.expiration ?? now() + deps.ttlMs),
    stoppedAt: null,
    lastMessage: 0,
  };
  await deps.store.saveChannel(channel);
  return channel;
}

/** Stops a channel at Google (best effort: an expired or unknown channel is already stopped) and in the store. */
export async function stopChannel(api: ChannelsApi, channel: Channel, deps: Pick<ChannelDeps, 'store' | 'now'>): Promise<void> {
  await deps.store.stopChannel(channel.channelId, (deps.now ?? Date.now)());
  await api.channels.stop({ requestBody: { id: channel.channelId, resourceId: channel.resourceId } }).catch(() => undefined);
}

/**
 * Renews one expiring channel. Of several instances renewing it at once,
 * only the one that takes the renewal's first fence goes on (an atomic
 * counter in the store). The new channel is opened and saved before the old
 * one is stopped, in the store and at Google, so notices keep landing.
 * @returns the new channel, or null when another instance renews it or the calendar can no longer be watched.
 */
export async function renewChannel(
  api: ChannelsApi,
  old: Channel,
  calendar: CalendarRecord,
  deps: ChannelDeps & { store: Pick<SyncStore, 'acquireFence'> },
): Promise<Channel | null> {
  if ((await deps.store.acquireFence(`renew:${old.channelId}`)) !== 1) return null;
  const fresh = await openChannel(api, calendar, deps);
  await stopChannel(api, old, deps);
  return fresh;
}
