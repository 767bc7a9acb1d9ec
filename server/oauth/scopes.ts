/**
 * The service's OAuth scopes: the narrowest that do the job. Each line says
 * why, and how Google's consent screen words it, so a person who unticked a
 * box is told which one to tick (granular consent: the token response's
 * `scope` lists only what was granted,
 * https://developers.google.com/identity/protocols/oauth2/web-server#exchange-authorization-code).
 * README "Scopes" repeats it for reviewers.
 */
export const SERVICE_SCOPES = [
  /** Read events and open push channels (events.list, events.watch); never writes to the calendar. */
  'https://www.googleapis.com/auth/calendar.events.readonly',
  /** List the person's calendars so they can pick which to import (calendarList.list), names only. */
  'https://www.googleapis.com/auth/calendar.calendarlist.readonly',
  /** Write the tracker spreadsheet the person opened with NextRound, and no other Drive file. */
  'https://www.googleapis.com/auth/drive.file',
] as const;

/**
 * Who consented (`openid`: an `id_token` with the account's `sub`) and their
 * address (`email`: only to name the account when it is the wrong one,
 * https://developers.google.com/identity/openid-connect/openid-connect#scope-param).
 * Google answers `email` as the full userinfo.email URL.
 */
export const SIGN_IN_SCOPES = ['openid', 'email'] as const;

/** Everything the consent URL asks for. */
export const REQUESTED_SCOPES = [...SIGN_IN_SCOPES, ...SERVICE_SCOPES];

/** The consent screen's words for each service scope (Google's scope descriptions). */
export const CONSENT_WORDING: Record<(typeof SERVICE_SCOPES)[number], string> = {
  'https://www.googleapis.com/auth/calendar.events.readonly': 'View events on all your calendars',
  'https://www.googleapis.com/auth/calendar.calendarlist.readonly': "See the list of Google calendars you're subscribed to",
  'https://www.googleapis.com/auth/drive.file': 'See, edit, create, and delete only the specific Google Drive files you use with this app',
};

/** Service scopes missing from a token response's `scope`, in the consent screen's words; empty when all were granted. */
export function uncheckedBoxes(grantedScope: string): string[] {
  const granted = new Set(grantedScope.split(' ').filter(Boolean));
  return SERVICE_SCOPES.filter((scope) => !granted.has(scope)).map((scope) => CONSENT_WORDING[scope]);
}
