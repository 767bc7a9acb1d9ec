/**
 * Per-user Google clients for the hosted worker, built on the per-API
 * packages (`@googleapis/calendar`, `@googleapis/sheets`: ~0.1 s and ~60 MB
 * to load, against ~1.7 s and ~145 MB for the `googleapis` umbrella; see
 * bench/service.bench.ts). Access tokens come from the OAuth flow's refresh
 * and are cached until a minute before they expire; a 401 mid-pass gets one
 * fresh token and a repeat (refresh-on-unauthorized.ts); `invalid_grant` is
 * the flow's business (needs reconnect, channels stopped, AUTH_REQUIRED thrown).
 */
import type { calendar_v3 } from '@googleapis/calendar';
import type { sheets_v4 } from '@googleapis/sheets';
import type { OAuthFlow } from '../oauth/oauth-flow.js';
import { refreshOnUnauthorized } from './refresh-on-unauthorized.js';
import { paceClients, type PacedClients } from './paced-clients.js';
import type { QuotaBudget, QuotaWaitOptions } from './quota-budget.js';

/** The calls the hosted service makes on one person's behalf. */
export interface UserClients {
  calendar: calendar_v3.Calendar;
  sheets: sheets_v4.Sheets;
}

export interface GoogleAccess {
  /** Clients holding a fresh access token of `userId`, every call paced by the quota budget when there is one. */
  clientsFor(userId: string): Promise<PacedClients>;
  /** Drops a user's cached token (disconnect, needs reconnect). */
  forget(userId: string): void;
}

export interface GoogleAccessOptions {
  flow: Pick<OAuthFlow, 'refreshAccessToken'>;
  /** `http://127.0.0.1:<port>/` for the fake Google; Google's own when absent. */
  rootUrl?: string | undefined;
  timeoutMs?: number;
  /** The shared request budget; without it calls go unpaced (tests of other parts). */
  budget?: QuotaBudget;
  quotaWait?: QuotaWaitOptions;
  now?: () => number;
}

/** Loaded on first use, so the service listens before ~0.1 s of client code is read. */
let libraries: Promise<[typeof import('@googleapis/calendar'), typeof import('@googleapis/sheets')]> | null = null;
const loadLibraries = () => (libraries ??= Promise.all([import('@googleapis/calendar'), import('@googleapis/sheets')]));

/**
 * Builds the two clients around one access token; our retry policy is the only one (the clients' own is off).
 * With `renew`, a 401 gets a fresh token from it and one repeat.
 */
export async function createUserClients(
  accessToken: string,
  rootUrl?: string,
  timeoutMs = 60_000,
  renew?: (stale: string) => Promise<string>,
): Promise<UserClients> {
  const [{ auth, calendar }, { sheets }] = await loadLibraries();
  const oauth = new auth.OAuth2();
  oauth.setCredentials({ access_token: accessToken });
  if (renew) refreshOnUnauthorized(oauth, accessToken, renew);
  const common = { auth: oauth, retry: false, timeout: timeoutMs, ...(rootUrl ? { rootUrl } : {}) };
  return { calendar: calendar({ version: 'v3', ...common }), sheets: sheets({ version: 'v4', ...common }) };
}

/** @example const clients = await createGoogleAccess({ flow, rootUrl }).clientsFor(userId); */
export function createGoogleAccess(options: GoogleAccessOptions): GoogleAccess {
  const now = options.now ?? Date.now;
  const tokens = new Map<string, { accessToken: string; expiresAt: number }>();
  const clients = new Map<string, Promise<PacedClients>>();
  // One refresh per user at a time, however many of their calendars sync (or hit a 401) at once.
  const pending = new Map<string, Promise<string>>();

  /** A live access token of `userId` other than `stale` (the one Google just refused). */
  function tokenFor(userId: string, stale?: string): Promise<string> {
    const cached = tokens.get(userId);
    if (cached && cached.accessToken !== stale && cached.expiresAt - 60_000 > now()) return Promise.resolve(cached.accessToken);
    let inFlight = pending.get(userId);
    if (!inFlight) {
      inFlight = options.flow
        .refreshAccessToken(userId)
        .then((token) => {
          const accessToken = token.accessToken.reveal();
          tokens.set(userId, { accessToken, expiresAt: token.expiresAt });
          return accessToken;
        })
        .finally(() => pending.delete(userId));
      pending.set(userId, inFlight);
    }
    return inFlight;
  }

  return {
    async clientsFor(userId) {
      const accessToken = await tokenFor(userId);
      const key = `${userId}\u0000${accessToken}`;
      let built = clients.get(key);
      if (!built) {
        for (const old of clients.keys()) if (old.startsWith(`${userId}\u0000`)) clients.delete(old);
        // The one repeat after a 401 goes out on the paced call's slot, unpaced: rare (a token expiring mid-pass), and the budget's margin absorbs it.
        built = createUserClients(accessToken, options.rootUrl, options.timeoutMs, (stale) => tokenFor(userId, stale)).then((raw) =>
          options.budget ? paceClients(raw, options.budget, userId, options.quotaWait) : raw,
        );
        clients.set(key, built);
      }
      return built;
    },
    forget(userId) {
      tokens.delete(userId);
      for (const old of clients.keys()) if (old.startsWith(`${userId}\u0000`)) clients.delete(old);
    },
  };
}
