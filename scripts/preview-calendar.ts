/**
 * The preview's stand-in for the hosted sync service, so the Calendar page
 * works without Google: a demo connection with sample calendars, answered
 * through the same UrlFetchApp calls the add-on makes (features/connect.ts).
 * There is no Google sign-in here: Connect answers with a message instead
 * of a consent link, and puts the demo connection back.
 */
import type { LoadedAddon } from '../tests/support/load-bundle.js';

const DEMO_URL = 'https://sync.preview.invalid';
const SAMPLE_CALENDARS = [
  { id: 'primary', name: 'Me (main calendar)', primary: true },
  { id: 'recruiting@example.com', name: 'Recruiting (shared)', primary: false },
  { id: 'en.usa#holiday@group.v.calendar.google.com', name: 'Holidays', primary: false },
];

type Answer = { code: number; body: unknown };

/** Wires `loaded` to an in-memory demo service; returns nothing to call, the bundle does the calling. */
export function installDemoCalendar(loaded: LoadedAddon): void {
  let connected = true;
  let chosen = new Set(['primary']);
  const lastSyncAt = new Date().toISOString();
  const status = () => ({
    status: connected ? 'connected' : 'disconnected',
    thisSpreadsheet: connected,
    calendars: connected ? [...chosen].map((calendarId) => ({ calendarId, push: true, lastSyncAt, lastError: null })) : [],
  });
  const routes: Record<string, (body: { calendarIds?: string[] }) => Answer> = {
    '/api/status': () => ({ code: 200, body: status() }),
    '/api/calendars': () => ({ code: 200, body: { calendars: SAMPLE_CALENDARS.map((calendar) => ({ ...calendar, chosen: chosen.has(calendar.id) })) } }),
    '/api/calendars/select': ({ calendarIds = [] }) => {
      chosen = new Set(calendarIds);
      return { code: 200, body: { selected: chosen.size, watched: chosen.size, polled: 0 } };
    },
    '/api/sync': () => ({ code: 200, body: { queued: chosen.size } }),
    '/api/disconnect': () => {
      connected = false;
      return { code: 200, body: { status: 'disconnected', revoked: true } };
    },
    '/oauth/start': () => {
      connected = true;
      return { code: 409, body: { error: 'The preview has no Google sign-in; the demo calendars are connected again. Press Refresh.' } };
    },
  };
  loaded.scriptProperties.setProperty('NEXTROUND_SERVICE_URL', DEMO_URL);
  loaded.context.ScriptApp = { ...(loaded.context.ScriptApp as object), getIdentityToken: () => 'preview-identity-token' };
  // The demo service answers its own address; every other address goes to the counting UrlFetchApp fake
  // (what it serves, e.g. the sample job posting of preview-job-posting.ts, or "cannot be reached").
  const others = loaded.urlFetch.service;
  loaded.context.UrlFetchApp = {
    fetch: (url: string, options: Parameters<typeof others.fetch>[1] & { payload?: string } = {}) => {
      if (!url.startsWith(`${DEMO_URL}/`)) return others.fetch(url, options);
      const route = routes[new URL(url).pathname];
      const answer = route
        ? route(JSON.parse(options.payload ?? '{}') as { calendarIds?: string[] })
        : { code: 404, body: { error: 'The demo service has no such route.' } };
      return { getResponseCode: () => answer.code, getContentText: () => JSON.stringify(answer.body) };
    },
  };
}
