/**
 * The one place a Google API call answered 401 gets a fresh access token:
 * an access token can expire (or be cut short by Google) in the middle of a
 * pass, and Google's answer to that is 401 with "Request had invalid
 * authentication credentials"; the remedy is to refresh and repeat
 * (https://developers.google.com/identity/protocols/oauth2/web-server#offline).
 * Once per request: a second 401 is a real refusal (AUTH_REQUIRED as before),
 * and a refused refresh (`invalid_grant`) is the OAuth flow's business.
 * Only 401: a 403 is a permission or rate-limit answer, which a new token
 * does not change (the retry policy handles rate limits).
 */

/** The part of google-auth-library's OAuth2Client that googleapis calls for every request. */
export interface RequestingAuth {
  request: (...args: never[]) => unknown;
  setCredentials(credentials: { access_token: string }): void;
}

const statusOf = (error: unknown): unknown => (error as { response?: { status?: unknown } } | null)?.response?.status;

/**
 * Makes `auth` answer a 401 by asking `renew(staleToken)` for a fresh access
 * token and repeating the request once.
 * @example refreshOnUnauthorized(oauth, token, (stale) => access.renew(userId, stale));
 */
export function refreshOnUnauthorized(auth: RequestingAuth, initialToken: string, renew: (stale: string) => Promise<string>): void {
  let current = initialToken;
  const plain = auth.request.bind(auth) as (options: unknown) => Promise<unknown>;
  const retrying = async (options: unknown): Promise<unknown> => {
    const used = current;
    try {
      return await plain(options);
    } catch (error) {
      if (statusOf(error) !== 401) throw error;
      const fresh = await renew(used);
      if (fresh !== current) {
        current = fresh;
        auth.setCredentials({ access_token: fresh });
      }
      return plain(options);
    }
  };
  auth.request = retrying as RequestingAuth['request'];
}
