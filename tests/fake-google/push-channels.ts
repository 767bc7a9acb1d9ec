/**
 * Calendar push notifications: `events.watch` opens a channel, every change
 * to the calendar POSTs a body-less notification with Google's headers to
 * its address, `channels.stop` closes it. The first (`sync`) message is sent
 * before `watch` answers, as Google may do.
 */
import { randomUUID } from 'node:crypto';
import { FakeHttpError } from './google-error.js';

export interface Channel {
  id: string;
  resourceId: string;
  calendarId: string;
  address: string;
  token: string | undefined;
  expiration: number;
  stopped: boolean;
  messageNumber: number;
}

export class PushChannels {
  readonly channels = new Map<string, Channel>();
  /** Every delivery attempt (channel id, state, the receiver's status or null when none or lost). */
  readonly sent: { channelId: string; state: string; status: number | null }[] = [];
  /** Longest life Google gives a channel: params.ttl defaults to 604800 s (events.watch reference); later asks are shortened. */
  static readonly MAX_TTL_MS = 604_800_000;
  /** Notifications to drop silently, as Google warns some are lost. */
  loseNext = 0;
  /** Where notices for an https origin are really delivered (tests listen on loopback http); see `route`. */
  private readonly routes = new Map<string, string>();
  private readonly inFlight = new Set<Promise<void>>();

  watch(calendarId: string, body: { id?: string; type?: string; address?: string; token?: string; expiration?: string }): Channel {
    if (!body.id || body.id.length > 64 || !/^[A-Za-z0-9\-_+/=]+$/.test(body.id)) throw new FakeHttpError(400, 'invalid', 'Invalid channel id.');
    if (body.type !== 'web_hook') throw new FakeHttpError(400, 'invalid', 'Channel type must be web_hook.');
    // Google delivers only to https addresses (https://developers.google.com/calendar/api/guides/push: "an HTTPS server");
    // tests listen on loopback http behind `route`.
    if (!body.address || !/^https:\/\/[^/\s]+/.test(body.address))
      throw new FakeHttpError(400, 'push.webhookUrlNotHttps', `WebHook callback must be HTTPS: ${body.address ?? ''}`);
    if (body.token !== undefined && body.token.length > 256) throw new FakeHttpError(400, 'invalid', 'Channel token too long.');
    if (this.channels.has(body.id)) throw new FakeHttpError(400, 'channelIdNotUnique', 'Channel id not unique.');
    const channel: Channel = {
      id: body.id,
      resourceId: `res-${randomUUID()}`,
      calendarId,
      address: body.address,
      token: body.token,
      // https://developers.google.com/calendar/api/v3/reference/events/watch: the answer's expiration is what holds.
      expiration: Math.min(body.expiration ? Number(body.expiration) : Infinity, Date.now() + PushChannels.MAX_TTL_MS),
      stopped: false,
      messageNumber: 0,
    };
    this.channels.set(channel.id, channel);
    this.send(channel, 'sync');
    return channel;
  }

  /** Delivers notices for `httpsOrigin` (e.g. https://nextround.test) to `target` (e.g. http://127.0.0.1:4321), as a TLS front would. */
  route(httpsOrigin: string, target: string): void {
    this.routes.set(new URL(httpsOrigin).origin, target.replace(/\/+$/, ''));
  }

  stop(body: { id?: string; resourceId?: string }): void {
    const channel = body.id ? this.channels.get(body.id) : undefined;
    if (!channel || channel.resourceId !== body.resourceId) throw new FakeHttpError(404, 'notFound', `Channel '${body.id}' not found for project.`);
    channel.stopped = true;
  }

  /** Tells every open channel on the calendar that it changed. */
  notify(calendarId: string): void {
    for (const channel of this.channels.values()) {
      if (channel.calendarId === calendarId && !channel.stopped && channel.expiration > Date.now()) this.send(channel, 'exists');
    }
  }

  /** Resolves when every notification sent so far has been delivered (or failed). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  private send(channel: Channel, state: string): void {
    // Per channel: 1 for the sync message, then increasing, not necessarily by one (https://developers.google.com/calendar/api/guides/push).
    channel.messageNumber = state === 'sync' ? 1 : channel.messageNumber + 1 + Math.floor(Math.random() * 3);
    const headers: Record<string, string> = {
      'X-Goog-Channel-ID': channel.id,
      'X-Goog-Resource-ID': channel.resourceId,
      'X-Goog-Resource-URI': `https://www.googleapis.com/calendar/v3/calendars/${encodeURIComponent(channel.calendarId)}/events?alt=json`,
      'X-Goog-Resource-State': state,
      'X-Goog-Message-Number': String(channel.messageNumber),
      'X-Goog-Channel-Expiration': new Date(channel.expiration).toUTCString(),
    };
    if (channel.token !== undefined) headers['X-Goog-Channel-Token'] = channel.token;
    if (this.loseNext > 0) {
      this.loseNext--;
      this.sent.push({ channelId: channel.id, state, status: null });
      return;
    }
    const deliver = async () => {
      // Google retries a notification only on 500, 502, 503 and 504 (a few times here, without waiting).
      for (let attempt = 1; ; attempt++) {
        const url = new URL(channel.address);
        const target = (this.routes.get(url.origin) ?? url.origin) + url.pathname + url.search;
        const status = await fetch(target, { method: 'POST', headers }).then(
          (response) => response.status,
          () => null,
        );
        this.sent.push({ channelId: channel.id, state, status });
        if (status === null || ![500, 502, 503, 504].includes(status) || attempt >= 3) return;
      }
    };
    const delivery = deliver().finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }
}
