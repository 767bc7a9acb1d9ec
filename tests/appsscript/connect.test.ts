import { describe, expect, it } from 'vitest';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';

const SHEET_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

interface Sent {
  url: string;
  options: {
    method?: string;
    contentType?: string;
    headers?: Record<string, string>;
    payload?: string;
    muteHttpExceptions?: boolean;
    followRedirects?: boolean;
  };
}

/** The bundle with a script property for the service address and a UrlFetchApp that answers `answer` and records requests. */
function withService(serviceUrl: string | null, answer: (sent: Sent) => { code: number; body: string }): { loaded: LoadedAddon; sent: Sent[] } {
  const loaded = loadBundle();
  const sent: Sent[] = [];
  const context = loaded.context;
  context.PropertiesService = {
    ...(context.PropertiesService as object),
    getScriptProperties: () => ({ getProperty: (key: string) => (key === 'NEXTROUND_SERVICE_URL' ? serviceUrl : null) }),
  };
  context.ScriptApp = { ...(context.ScriptApp as object), getIdentityToken: () => 'identity-token-of-alice' };
  context.UrlFetchApp = {
    fetch: (url: string, options: Sent['options']) => {
      const request = { url, options };
      sent.push(request);
      const { code, body } = answer(request);
      return { getResponseCode: () => code, getContentText: () => body };
    },
  };
  Object.assign(loaded.spreadsheet, { getId: () => SHEET_ID });
  return { loaded, sent };
}

describe('the Connect feature of the built add-on', () => {
  it('reports "not set up" without calling anything when no service address is configured', () => {
    const { loaded, sent } = withService(null, () => ({ code: 500, body: '' }));
    expect(loaded.addon.loadConnection()).toEqual({ configured: false, status: 'not_connected', thisSpreadsheet: false, calendars: [] });
    expect(sent).toEqual([]);
  });

  it('asks the service with the identity token and the spreadsheet id, and returns its parsed status', () => {
    const status = {
      status: 'connected',
      thisSpreadsheet: true,
      calendars: [{ calendarId: 'primary', push: true, lastSyncAt: '2026-05-01T10:00:00.000Z', lastError: null }],
    };
    const { loaded, sent } = withService('https://sync.example.com/', () => ({ code: 200, body: JSON.stringify(status) }));
    expect(loaded.addon.loadConnection()).toEqual({ configured: true, ...status });
    expect(sent).toEqual([
      {
        url: 'https://sync.example.com/api/status',
        options: {
          method: 'post',
          contentType: 'application/json',
          headers: { Authorization: 'Bearer identity-token-of-alice' },
          payload: JSON.stringify({ spreadsheetId: SHEET_ID }),
          muteHttpExceptions: true,
          followRedirects: false,
        },
      },
    ]);
  });

  it('sends the chosen calendar ids and refuses more than 50 before calling', () => {
    const { loaded, sent } = withService('https://sync.example.com', () => ({ code: 200, body: JSON.stringify({ selected: 2, watched: 1, polled: 1 }) }));
    expect(loaded.addon.chooseCalendars({ calendarIds: ['primary', 'team@example.com'] })).toEqual({ selected: 2, watched: 1, polled: 1 });
    expect(sent.map((request) => [request.url, request.options.payload])).toEqual([
      ['https://sync.example.com/api/calendars/select', JSON.stringify({ spreadsheetId: SHEET_ID, calendarIds: ['primary', 'team@example.com'] })],
    ]);
    expect(() => loaded.addon.chooseCalendars({ calendarIds: Array.from({ length: 51 }, (_, i) => `cal-${i}`) })).toThrow('Pick up to 50 calendars.');
    expect(sent).toHaveLength(1);
  });

  it.each([
    ["the service's own error message", 409, JSON.stringify({ error: 'Connect your calendar first.' }), 'Connect your calendar first.'],
    ['the HTTP status when the answer is not JSON', 502, '<html>bad gateway</html>', 'The sync service answered HTTP 502.'],
    [
      'a clear message when a 200 answer has the wrong shape',
      200,
      JSON.stringify({ queued: 'many' }),
      "The sync service's answer to /api/sync was not understood.",
    ],
  ])('turns a failed call into an error naming %s', (_what, code, body, message) => {
    const { loaded } = withService('https://sync.example.com', () => ({ code, body }));
    expect(() => loaded.addon.syncNow()).toThrow(message);
  });

  it('refuses a service address that is not https', () => {
    const { loaded, sent } = withService('http://sync.example.com', () => ({ code: 200, body: '{}' }));
    expect(() => loaded.addon.loadConnection()).toThrow('The script property NEXTROUND_SERVICE_URL must be an https address.');
    expect(sent).toEqual([]);
  });

  it('opens consent only at an https URL the service returns', () => {
    const { loaded } = withService('https://sync.example.com', () => ({ code: 200, body: JSON.stringify({ url: 'javascript:alert(1)' }) }));
    expect(() => loaded.addon.startConnect()).toThrow("The sync service's answer to /oauth/start was not understood.");
  });

  it('passes on whether Google confirmed the revocation when disconnecting', () => {
    const { loaded } = withService('https://sync.example.com', () => ({ code: 200, body: JSON.stringify({ status: 'disconnected', revoked: false }) }));
    expect(loaded.addon.disconnectCalendar()).toEqual({ status: 'disconnected', revoked: false });
  });
});
