/**
 * Connect calendar: the add-on's side of the hosted sync service. Each call
 * is one UrlFetchApp POST to the service with `Authorization: Bearer
 * <ScriptApp.getIdentityToken()>` (an OpenID token Google signs for this
 * person; the service verifies it, so no shared secret exists) and the
 * active spreadsheet's id. Answers are parsed with zod; the service address
 * is the script property NEXTROUND_SERVICE_URL, set by whoever deploys.
 */
import * as z from 'zod';
import { NextRoundError } from '../../shared/errors.js';
import type { AddonApi } from '../api/contract.js';
import { ChooseCalendarsInput } from '../api/inputs.js';
import type { ConnectStatus } from '../api/views.js';

export const SERVICE_URL_PROPERTY = 'NEXTROUND_SERVICE_URL';

const CalendarStatus = z.object({ calendarId: z.string(), push: z.boolean(), lastSyncAt: z.string().nullable(), lastError: z.string().nullable() });
const StatusAnswer = z.object({
  status: z.enum(['not_connected', 'connected', 'needs_sheet_access', 'needs_reconnect', 'disconnected']),
  thisSpreadsheet: z.boolean(),
  calendars: z.array(CalendarStatus),
});
const UrlAnswer = z.object({ url: z.string().regex(/^https:\/\//, 'must be an https URL') });
const CalendarsAnswer = z.object({ calendars: z.array(z.object({ id: z.string(), name: z.string(), primary: z.boolean(), chosen: z.boolean() })) });
const ChooseAnswer = z.object({ selected: z.number(), watched: z.number(), polled: z.number() });

/** The service's https address, or null when none is configured. */
function serviceUrl(): string | null {
  const raw = PropertiesService.getScriptProperties().getProperty(SERVICE_URL_PROPERTY);
  if (raw === null || raw.trim() === '') return null;
  const url = raw.trim().replace(/\/+$/, '');
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[\w./-]*)?$/.test(url)) {
    throw new NextRoundError('CONFIG_INVALID', `The script property ${SERVICE_URL_PROPERTY} must be an https address.`, { where: SERVICE_URL_PROPERTY });
  }
  return url;
}

/** One call to the service; its JSON answer parsed with `schema`, its `{ error }` turned into a NextRoundError. */
function callService<T>(path: string, schema: z.ZodType<T>, extra: Record<string, unknown> = {}): T {
  const base = serviceUrl();
  if (base === null) throw new NextRoundError('CONFIG_INVALID', 'Calendar sync is not set up for this add-on yet.', { where: SERVICE_URL_PROPERTY });
  const response = UrlFetchApp.fetch(base + path, {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: `Bearer ${ScriptApp.getIdentityToken()}` },
    payload: JSON.stringify({ spreadsheetId: SpreadsheetApp.getActiveSpreadsheet().getId(), ...extra }),
    muteHttpExceptions: true,
    followRedirects: false,
  });
  const code = response.getResponseCode();
  let body: unknown = null;
  try {
    body = JSON.parse(response.getContentText());
  } catch {
    body = null;
  }
  if (code !== 200) {
    const error = z.object({ error: z.string().max(500) }).safeParse(body);
    throw new NextRoundError(code === 401 ? 'AUTH_REQUIRED' : 'UNAVAILABLE', error.success ? error.data.error : `The sync service answered HTTP ${code}.`, {
      where: path,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new NextRoundError('INVALID_INPUT', `The sync service's answer to ${path} was not understood.`, { where: path });
  return parsed.data;
}

export const loadConnection: AddonApi['loadConnection'] = () => {
  if (serviceUrl() === null) return { configured: false, status: 'not_connected', thisSpreadsheet: false, calendars: [] } satisfies ConnectStatus;
  return { configured: true, ...callService('/api/status', StatusAnswer) };
};

export const startConnect: AddonApi['startConnect'] = () => callService('/oauth/start', UrlAnswer);

export const listCalendars: AddonApi['listCalendars'] = () => callService('/api/calendars', CalendarsAnswer);

export const chooseCalendars: AddonApi['chooseCalendars'] = (input) => {
  const parsed = ChooseCalendarsInput.safeParse(input);
  if (!parsed.success) throw new NextRoundError('INVALID_INPUT', 'Pick up to 50 calendars.', { where: 'calendarIds' });
  return callService('/api/calendars/select', ChooseAnswer, { calendarIds: parsed.data.calendarIds });
};

export const syncNow: AddonApi['syncNow'] = () => callService('/api/sync', z.object({ queued: z.number() }));

export const disconnectCalendar: AddonApi['disconnectCalendar'] = () =>
  callService('/api/disconnect', z.object({ status: z.literal('disconnected'), revoked: z.boolean() }));
