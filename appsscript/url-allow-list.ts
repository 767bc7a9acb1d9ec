/**
 * The addresses the add-on may fetch with UrlFetchApp, in one place: the
 * build writes ALLOWED_URL_PREFIXES into the manifest's `urlFetchWhitelist`
 * (scripts/addon-manifest.mjs), which Google requires of a versioned
 * deployment and enforces: "when you define an allowlist, script projects
 * can't access URLs that have not been added to the allowlist"
 * (https://developers.google.com/apps-script/manifest/allowlist-url). The
 * code checks the same list first, so a person gets a clear message instead
 * of Google's exception.
 *
 * Google's rules, followed here: each prefix is https, has a full domain and
 * a non-empty path; one wildcard only, as the leading label (`*.icloud.com`,
 * matching one or more subdomains, never the bare domain; `p*-caldav` is not
 * allowed); path matching is case-sensitive; a URL matches when it equals the
 * prefix or is its child (`/foo` matches `/foo`, `/foo/…`, `/foo?…`, `/foo#…`).
 *
 * The hosted sync service's address depends on the deployment: the build
 * adds it from NEXTROUND_SERVICE_URL (docs/deploy-addon.md).
 */

/** Calendar feeds the person may paste, and the job boards a job's link may point at. */
export const ALLOWED_URL_PREFIXES: readonly string[] = [
  // Calendar feeds (.ics), each at the path its "publish" or "secret address" links use.
  'https://calendar.google.com/calendar/ical/',
  'https://outlook.office365.com/owa/calendar/',
  'https://outlook.office.com/owa/calendar/',
  'https://outlook.live.com/owa/calendar/',
  // iCloud shares as webcal://pNN-caldav.icloud.com/published/…; a wildcard may only be a whole leading label.
  'https://*.icloud.com/published/',
  'https://calendar.proton.me/api/calendar/v1/url/',
  // Fastmail publishes calendars on user.fm.
  'https://user.fm/calendar/',
  'https://export.calendar.yahoo.com/',
  // Job postings (applicant tracking systems' public boards and their posting APIs).
  'https://boards.greenhouse.io/',
  'https://job-boards.greenhouse.io/',
  'https://boards-api.greenhouse.io/v1/boards/',
  'https://jobs.lever.co/',
  'https://api.lever.co/v0/postings/',
  'https://jobs.ashbyhq.com/',
  'https://api.ashbyhq.com/posting-api/job-board/',
  'https://*.myworkdayjobs.com/',
  'https://jobs.smartrecruiters.com/',
  'https://api.smartrecruiters.com/v1/companies/',
  'https://apply.workable.com/',
  'https://*.recruitee.com/',
  'https://*.teamtailor.com/',
  'https://*.bamboohr.com/careers',
  'https://jobs.jobvite.com/',
];

export type UrlCheck = { ok: true } | { ok: false; message: string };

/** Whether the add-on may fetch `url`; if not, what to tell the person. */
export function checkAllowedUrl(url: string, purpose?: 'calendar' | 'job'): UrlCheck {
  const parts = splitUrl(url);
  if (parts && ALLOWED_URL_PREFIXES.some((prefix) => matchesPrefix(parts, prefix))) return { ok: true };
  const where = parts ? parts.host : 'that address';
  const instead = {
    calendar: 'Paste the address of a calendar published from Google Calendar, Outlook, iCloud, Proton Calendar, Fastmail or Yahoo.',
    job: 'Paste the job description instead.',
    either:
      'For a calendar, paste the address of one published from Google Calendar, Outlook, iCloud, Proton Calendar, Fastmail or Yahoo; ' +
      'for a job, paste the job description instead.',
  }[purpose ?? 'either'];
  return { ok: false, message: `The add-on can’t fetch pages from ${where}: Google lets a published add-on fetch only the sites it lists. ${instead}` };
}

interface UrlParts {
  /** Lowercase host (hosts are case-insensitive). */
  host: string;
  /** Everything after the host: path, query and fragment, as written. */
  rest: string;
}

/** https only, no user info, no port: a prefix names none, so such a URL matches none. */
function splitUrl(url: string): UrlParts | null {
  const match = /^https:\/\/([a-z0-9.-]+)(\/[^\s]*)?$/i.exec(url.trim());
  if (!match) return null;
  return { host: match[1]!.toLowerCase(), rest: match[2] ?? '/' };
}

function matchesPrefix(url: UrlParts, prefix: string): boolean {
  const parts = splitUrl(prefix.replace('://*.', '://wildcard.'));
  if (!parts) return false;
  const wildcard = prefix.startsWith('https://*.');
  const base = wildcard ? parts.host.slice('wildcard.'.length) : parts.host;
  const hostMatches = wildcard ? url.host.endsWith(`.${base}`) : url.host === base;
  if (!hostMatches) return false;
  if (url.rest === parts.rest) return true;
  if (!url.rest.startsWith(parts.rest)) return false;
  // A child of the prefix: `/foo` covers `/foo/…`, `/foo?…`, `/foo#…`, not `/foobar`.
  return parts.rest.endsWith('/') || '/?#'.includes(url.rest[parts.rest.length]!);
}
