/**
 * The add-on's fetch allow list: every prefix is one Google accepts in
 * urlFetchWhitelist, and checkAllowedUrl decides as the UrlFetchApp fake
 * (its own reading of https://developers.google.com/apps-script/manifest/allowlist-url) does.
 */
import { describe, expect, it } from 'vitest';
import { ALLOWED_URL_PREFIXES, checkAllowedUrl } from '../../appsscript/url-allow-list.js';
import { prefixProblem } from '../../scripts/addon-manifest.mjs';
import { allowedBy } from '../fakes/apps-script/url-fetch.js';

const ALLOWED = [
  'https://calendar.google.com/calendar/ical/me%40gmail.com/private-abc/basic.ics',
  'https://outlook.office365.com/owa/calendar/0a1b/2c3d/reachcalendar.ics',
  'https://outlook.live.com/owa/calendar/00000000-0000/abc/cid-1/calendar.ics',
  'https://p52-caldav.icloud.com/published/2/MTIzNDU2',
  'https://calendar.proton.me/api/calendar/v1/url/abc/calendar.ics?CacheKey=x&PassphraseKey=y',
  'https://user.fm/calendar/v1-abc/Calendar.ics',
  'https://boards.greenhouse.io/acme/jobs/123',
  'https://job-boards.greenhouse.io/acme/jobs/123?gh_src=x',
  'https://jobs.lever.co/acme/0f0e-11',
  'https://jobs.ashbyhq.com/acme/1b2c',
  'https://acme.wd5.myworkdayjobs.com/en-US/careers/job/Berlin/Engineer_R123',
  'https://jobs.smartrecruiters.com/Acme/7434-engineer',
  'https://apply.workable.com/acme/j/ABC123/',
  'https://acme.bamboohr.com/careers/42',
  'https://ACME.Recruitee.com/o/engineer',
];
const REFUSED = [
  'https://cal.example/me.ics',
  'http://calendar.google.com/calendar/ical/x/basic.ics',
  'https://icloud.com/published/2/x',
  'https://calendar.google.com/calendar/r/settings',
  'https://calendar.google.com/calendar/ICAL/x/basic.ics',
  'https://myworkdayjobs.com/x',
  'https://jobs.lever.co.evil.example/acme',
  'https://user@jobs.lever.co/acme',
  'https://jobs.lever.co:8443/acme',
  'https://acme.bamboohr.com/careersxyz',
  'https://www.linkedin.com/jobs/view/123',
  'not an address',
];

describe('the allow list', () => {
  it('holds only prefixes Google accepts: https, a full domain, a path, one leading wildcard at most', () => {
    expect(ALLOWED_URL_PREFIXES.map((prefix) => [prefix, prefixProblem(prefix)]).filter(([, problem]) => problem !== null)).toEqual([]);
    expect(new Set(ALLOWED_URL_PREFIXES).size).toBe(ALLOWED_URL_PREFIXES.length);
  });

  it.each(ALLOWED)('lets the add-on fetch %s, as Google’s rules do', (url) => {
    expect(checkAllowedUrl(url)).toEqual({ ok: true });
    expect(ALLOWED_URL_PREFIXES.some((prefix) => allowedBy(prefix, url))).toBe(true);
  });

  it.each(REFUSED)('refuses %s, as Google’s rules do', (url) => {
    expect(checkAllowedUrl(url).ok).toBe(false);
    expect(ALLOWED_URL_PREFIXES.some((prefix) => allowedBy(prefix, url))).toBe(false);
  });

  it('tells the person which site cannot be fetched and what to paste instead, in their words', () => {
    const check = checkAllowedUrl('https://www.linkedin.com/jobs/view/123');
    expect(check).toEqual({ ok: false, message: expect.stringContaining('can’t fetch pages from www.linkedin.com') });
    expect(!check.ok && check.message).toMatch(/paste the job description instead\.$/);
    expect(!check.ok && check.message).not.toMatch(/urlFetchWhitelist|prefix|manifest/i);
  });
});
