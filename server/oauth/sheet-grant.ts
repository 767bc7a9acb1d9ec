/**
 * Granting the one tracker file. After consent the connection waits in
 * `needs_sheet_access`; a verifying read with the person's token decides:
 * already reachable → `connected`; view-only → said so; not granted → the
 * Picker page (picker-page.ts) asks the person to pick exactly this
 * spreadsheet, and POST /oauth/picker/verify reads it again before the
 * connection becomes `connected`. The page proves which connection it is
 * for with a MAC'd ticket (grant-ticket.ts), never with what it says.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod';
import { isNextRoundError } from '../../shared/errors.js';
import type { Secret } from '../crypto/secret.js';
import type { SyncStore } from '../store/types.js';
import { openTicket, signTicket } from './grant-ticket.js';
import { PICKER_CLIENT_SCRIPT } from './picker-client.js';
import { PRIVATE_PAGE_HEADERS, pickerCsp, renderPickerPage } from './picker-page.js';
import { checkSheetAccess, type SheetAccess } from './sheet-access.js';

export interface PickerSettings {
  /** GOOGLE_PROJECT_NUMBER; the Picker cannot grant under drive.file without it. */
  projectNumber?: string | undefined;
  /** GOOGLE_PICKER_API_KEY. */
  apiKey?: string | undefined;
  /** GOOGLE_PICKER_SCRIPT_URL. */
  scriptUrl: string;
}

export interface SheetGrantDeps {
  store: Pick<SyncStore, 'getConnection' | 'setConnectionStatus'>;
  /** A fresh access token of the person, from the same OAuth client (the flow's refresh). */
  accessTokenFor(userId: string): Promise<{ accessToken: Secret }>;
  ticketKey: Buffer;
  picker: PickerSettings;
  /** The fake Google in tests; Google's own hosts when absent. */
  rootUrl?: string | undefined;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface SheetGrant {
  /** What the OAuth callback answers once consent is stored. */
  afterConsent(who: { userId: string; spreadsheetId: string }): Promise<Response>;
  /** GET /oauth/picker.js and POST /oauth/picker/verify. */
  routes: Hono;
}

const TICKET_TTL_MS = 30 * 60_000;
const VerifyBody = z.object({ ticket: z.string().min(10).max(2048), picked: z.array(z.string().max(256)).max(20) });
const CONNECTED = (title: string) => `Calendar connected to "${title}". You can close this tab and return to your tracker.`;
const CLOSED_PICKER =
  'You closed the file picker without choosing your tracker, so NextRound still cannot write to it. Click "Choose the tracker" and select it.';
const OTHER_FILE = 'That is not the tracker this sidebar belongs to. Click "Choose the tracker" and select the spreadsheet it shows.';
const STALE = 'This page no longer matches your connection (it expired, or Connect was started again). Start Connect again from the sidebar.';
const NOT_SET_UP = 'The sync service is not set up for the Google file picker (GOOGLE_PROJECT_NUMBER, GOOGLE_PICKER_API_KEY); ask whoever runs it.';

/** @example app.route('/', grant.routes); createOAuthRoutes({ flow, identify, afterConsent: grant.afterConsent }); */
export function createSheetGrant(deps: SheetGrantDeps): SheetGrant {
  const now = deps.now ?? Date.now;
  const check = (accessToken: Secret, spreadsheetId: string): Promise<SheetAccess> =>
    checkSheetAccess(accessToken.reveal(), spreadsheetId, { rootUrl: deps.rootUrl, fetch: deps.fetch });
  /** Only a connection still waiting for (or holding) this very spreadsheet may become connected. */
  const stillThisConnection = async (userId: string, spreadsheetId: string) => {
    const connection = await deps.store.getConnection(userId);
    return connection?.spreadsheetId === spreadsheetId && (connection.status === 'needs_sheet_access' || connection.status === 'connected');
  };

  const text = (body: string, status: 200 | 403 | 503) =>
    new Response(body, { status, headers: { ...PRIVATE_PAGE_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });

  async function afterConsent({ userId, spreadsheetId }: { userId: string; spreadsheetId: string }): Promise<Response> {
    const { accessToken } = await deps.accessTokenFor(userId);
    const access = await check(accessToken, spreadsheetId);
    if (access.ok) {
      await deps.store.setConnectionStatus(userId, 'connected', now());
      return text(CONNECTED(access.title), 200);
    }
    if (access.problem === 'read_only') return text(access.message, 403);
    const { projectNumber, apiKey, scriptUrl } = deps.picker;
    if (!projectNumber || !apiKey) return text(NOT_SET_UP, 503);
    const ticket = signTicket(deps.ticketKey, { userId, spreadsheetId, expiresAt: now() + TICKET_TTL_MS });
    const page = renderPickerPage(
      { spreadsheetId, appId: projectNumber, developerKey: apiKey, accessToken: accessToken.reveal(), ticket, verifyUrl: 'picker/verify' },
      scriptUrl,
    );
    return new Response(page, {
      status: 200,
      headers: { ...PRIVATE_PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': pickerCsp(scriptUrl) },
    });
  }

  const routes = new Hono();
  routes.get(
    '/oauth/picker.js',
    () =>
      new Response(PICKER_CLIENT_SCRIPT, {
        headers: { 'content-type': 'text/javascript; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' },
      }),
  );
  routes.post(
    '/oauth/picker/verify',
    bodyLimit({ maxSize: 8_192, onError: (c) => c.json({ connected: false, message: 'The request is too large.' }, 413) }),
    async (c) => {
      const body = VerifyBody.safeParse(await c.req.json().catch(() => null));
      if (!body.success) return c.json({ connected: false, message: 'The request is not one this page sends.' }, 400);
      const ticket = openTicket(deps.ticketKey, body.data.ticket, now());
      if (!ticket || !(await stillThisConnection(ticket.userId, ticket.spreadsheetId))) return c.json({ connected: false, message: STALE }, 400);
      if (body.data.picked.length === 0) return c.json({ connected: false, message: CLOSED_PICKER });
      if (!body.data.picked.includes(ticket.spreadsheetId)) return c.json({ connected: false, message: OTHER_FILE });
      try {
        const access = await check((await deps.accessTokenFor(ticket.userId)).accessToken, ticket.spreadsheetId);
        if (!access.ok) return c.json({ connected: false, message: access.message });
        // Checked again after the Google calls: a disconnect meanwhile must not be undone.
        if (!(await stillThisConnection(ticket.userId, ticket.spreadsheetId))) return c.json({ connected: false, message: STALE }, 400);
        await deps.store.setConnectionStatus(ticket.userId, 'connected', now());
        return c.json({ connected: true, message: CONNECTED(access.title) });
      } catch (error) {
        const message = isNextRoundError(error) ? error.message : 'The check failed; click "Choose the tracker" to try again.';
        return c.json({ connected: false, message }, isNextRoundError(error, 'AUTH_REQUIRED') ? 409 : 503);
      }
    },
  );

  return { afterConsent, routes };
}
