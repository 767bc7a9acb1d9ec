/**
 * The API the add-on's Connect panel calls (UrlFetchApp, with
 * `Authorization: Bearer <ScriptApp.getIdentityToken()>` and a JSON body
 * holding the spreadsheet id): connection status, the person's calendars,
 * picking which to import, Sync now, Disconnect. Every route first verifies
 * the identity token; bodies are parsed with zod. Answers are JSON, errors
 * `{ error }` naming what is wrong.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod';
import { isNextRoundError } from '../../shared/errors.js';
import type { IdentifyCaller } from '../oauth/oauth-routes.js';
import type { OAuthFlow } from '../oauth/oauth-flow.js';
import type { WorkQueue } from '../queue/types.js';
import { deriveCalendarKey, type SyncStore } from '../store/types.js';
import type { GoogleAccess } from './google-access.js';
import type { Log } from './json-log.js';
import { openChannel, stopChannel } from './push-channels.js';
import { readConnectionStatus } from './connection-status.js';
import { logRefusal } from './background-passes.js';
import { listPersonCalendars } from './calendar-list.js';

export interface SidebarApiDeps {
  store: SyncStore;
  queue: Pick<WorkQueue, 'enqueue'>;
  flow: Pick<OAuthFlow, 'disconnect'>;
  access: GoogleAccess;
  identify: IdentifyCaller;
  log: Log;
  webhookAddress: string;
  channelTtlMs: number;
  /** False: calendars are polled, no channel is opened. */
  push?: boolean;
  /** The channel-upkeep window: opening a calendar's channel is claimed per window, here and there alike. */
  claimWindowMs: number;
  now?: () => number;
}

const CalendarId = z
  .string()
  .min(1)
  .max(320)
  .regex(/^[^\s<>"']+$/, 'must be a calendar id');
const SelectBody = z.object({ calendarIds: z.array(CalendarId).max(50) });

function statusOf(error: unknown): 400 | 409 | 503 | 500 {
  if (isNextRoundError(error, 'UNAVAILABLE') || isNextRoundError(error, 'RATE_LIMITED')) return 503;
  if (isNextRoundError(error, 'AUTH_REQUIRED')) return 409;
  if (isNextRoundError(error, 'INVALID_INPUT') || isNextRoundError(error, 'NOT_FOUND')) return 400;
  return 500;
}

/** @example app.route('/', createSidebarApi(deps)); */
export function createSidebarApi(deps: SidebarApiDeps): Hono {
  const now = deps.now ?? Date.now;
  const app = new Hono();
  app.use('/api/*', bodyLimit({ maxSize: 16_384, onError: (c) => c.json({ error: 'The request body is too large.' }, 413) }));

  /** Runs `work` for a verified caller bound to this spreadsheet's connection where `mustBeConnected`. */
  const handle = (work: (c: Context, who: { userId: string; spreadsheetId: string }) => Promise<Response>) => async (c: Context) => {
    try {
      const who = await deps.identify(c.req.raw.clone());
      if ('refused' in who) return c.json({ error: who.refused }, 401);
      return await work(c, who);
    } catch (error) {
      const status = statusOf(error);
      deps.log(status === 500 ? 'error' : 'warn', 'api.failed', { path: c.req.path, code: isNextRoundError(error) ? error.code : 'INTERNAL' });
      return c.json({ error: status === 500 || !isNextRoundError(error) ? 'The service failed; try again.' : error.message }, status);
    }
  };

  const requireConnected = async (userId: string, spreadsheetId: string) => {
    const connection = await deps.store.getConnection(userId);
    if (connection?.status === 'needs_sheet_access')
      return 'NextRound needs access to the sheet: click "Connect calendar" and choose the tracker in the file picker.';
    if (connection?.status !== 'connected') return 'Connect your calendar first.';
    if (connection.spreadsheetId !== spreadsheetId) return 'Your calendar is connected to another tracker; connect it here to move it.';
    return null;
  };

  app.post(
    '/api/status',
    handle(async (c, who) => c.json(await readConnectionStatus(deps.store, who, now()))),
  );

  app.post(
    '/api/calendars',
    handle(async (c, who) => {
      const refusal = await requireConnected(who.userId, who.spreadsheetId);
      if (refusal) return c.json({ error: refusal }, 409);
      const { calendar } = await deps.access.clientsFor(who.userId);
      const listed = await listPersonCalendars(calendar);
      const chosen = new Set((await deps.store.listCalendars(who.userId)).filter((cal) => cal.enabled).map((cal) => cal.calendarId));
      const items = listed.map((item) => ({ ...item, chosen: chosen.has(item.id) || (item.primary && chosen.has('primary')) }));
      return c.json({ calendars: items });
    }),
  );

  app.post(
    '/api/calendars/select',
    handle(async (c, who) => {
      const body = SelectBody.safeParse(await c.req.json().catch(() => null));
      if (!body.success) return c.json({ error: `calendarIds ${body.error.issues[0]?.message ?? 'is invalid'}.` }, 400);
      const refusal = await requireConnected(who.userId, who.spreadsheetId);
      if (refusal) return c.json({ error: refusal }, 409);
      const wanted = new Set(body.data.calendarIds);
      const known = await deps.store.listCalendars(who.userId);
      const live = (await deps.store.listChannelsExpiringBefore(Number.MAX_SAFE_INTEGER)).filter((ch) => ch.userId === who.userId);
      const { calendar: api } = await deps.access.clientsFor(who.userId);
      for (const old of known.filter((cal) => cal.enabled && !wanted.has(cal.calendarId))) {
        await deps.store.saveCalendar({ ...old, enabled: false });
        for (const channel of live.filter((ch) => ch.calendarKey === old.key)) await stopChannel(api, channel, { store: deps.store, now });
      }
      let watched = 0;
      for (const calendarId of wanted) {
        const record = { key: deriveCalendarKey(who.userId, calendarId), userId: who.userId, calendarId, enabled: true };
        await deps.store.saveCalendar(record);
        const hasChannel = live.some((ch) => ch.calendarKey === record.key && ch.expiresAt > now());
        // The same claim as channel upkeep's, so the two never open two channels for one calendar.
        const claimed =
          !hasChannel && deps.push !== false && (await deps.store.acquireFence(`watch:${record.key}:${Math.floor(now() / deps.claimWindowMs)}`)) === 1;
        if (
          hasChannel ||
          (claimed &&
            (await openChannel(api, record, {
              store: deps.store,
              address: deps.webhookAddress,
              ttlMs: deps.channelTtlMs,
              now,
              onRefused: logRefusal(deps.log),
            })))
        )
          watched++;
        await deps.queue.enqueue({ calendarKey: record.key, userId: who.userId, reason: 'manual' });
      }
      deps.log('info', 'calendars.selected', { userId: who.userId, count: wanted.size, watched });
      return c.json({ selected: wanted.size, watched, polled: wanted.size - watched });
    }),
  );

  app.post(
    '/api/sync',
    handle(async (c, who) => {
      const refusal = await requireConnected(who.userId, who.spreadsheetId);
      if (refusal) return c.json({ error: refusal }, 409);
      const calendars = (await deps.store.listCalendars(who.userId)).filter((cal) => cal.enabled);
      for (const calendar of calendars) await deps.queue.enqueue({ calendarKey: calendar.key, userId: who.userId, reason: 'manual' });
      return c.json({ queued: calendars.length });
    }),
  );

  app.post(
    '/api/disconnect',
    handle(async (c, who) => {
      const live = (await deps.store.listChannelsExpiringBefore(Number.MAX_SAFE_INTEGER)).filter((ch) => ch.userId === who.userId);
      // Stop channels at Google while the token still works; revoking comes after.
      const api = await deps.access.clientsFor(who.userId).then(
        (clients) => clients.calendar,
        () => null,
      );
      for (const channel of live) {
        if (api) await stopChannel(api, channel, { store: deps.store, now });
      }
      const { revoke } = await deps.flow.disconnect(who.userId);
      deps.access.forget(who.userId);
      deps.log(revoke === 'failed' ? 'warn' : 'info', 'connection.disconnected', { userId: who.userId, channels: live.length, revoke });
      return c.json({ status: 'disconnected', revoked: revoke !== 'failed' });
    }),
  );

  return app;
}
