/**
 * The googleapis clients NextRound uses, built one way: our retry policy is
 * the only one (googleapis' own retry is off), requests time out, and
 * `rootUrl` can point them at a local fake (a global `google.options` is not
 * honoured for that; see GOOGLE.md).
 */
import { auth, calendar, type calendar_v3 } from '@googleapis/calendar';
import { sheets, type sheets_v4 } from '@googleapis/sheets';

export interface GoogleClientOptions {
  /** An OAuth2 client with credentials (refreshing ones included). */
  auth: InstanceType<typeof auth.OAuth2>;
  /** e.g. `http://127.0.0.1:4010/` for the fake; Google's own when absent. */
  rootUrl?: string;
  /** Per-request timeout; Sheets itself gives up at 180 s. */
  timeoutMs?: number;
}

export interface GoogleClients {
  calendar: calendar_v3.Calendar;
  sheets: sheets_v4.Sheets;
}

/** Calendar v3 and Sheets v4 clients sharing auth, timeout and (for tests) `rootUrl`, with googleapis' retry off. */
export function createGoogleClients(options: GoogleClientOptions): GoogleClients {
  const common = {
    auth: options.auth,
    retry: false,
    timeout: options.timeoutMs ?? 60_000,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
  };
  return { calendar: calendar({ version: 'v3', ...common }), sheets: sheets({ version: 'v4', ...common }) };
}

/** An OAuth2 client holding a fixed access token (tests, or a token the caller refreshed). */
export function fixedTokenAuth(accessToken: string): InstanceType<typeof auth.OAuth2> {
  const client = new auth.OAuth2();
  client.setCredentials({ access_token: accessToken, expiry_date: Date.now() + 3600_000 });
  return client;
}
