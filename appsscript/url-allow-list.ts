/**
 * The addresses the add-on may fetch (the manifest's urlFetchWhitelist):
 * a URL is checked here before UrlFetchApp sees it, so a refusal is named
 * in the person's words instead of Google's. Minimal stand-in for this
 * branch (job boards only); branch i12 owns the full list.
 */

/** Prefixes an address must start with; each ends with `/` so a look-alike host cannot match. */
export const ALLOWED_URL_PREFIXES: readonly string[] = [
  'https://boards.greenhouse.io/',
  'https://job-boards.greenhouse.io/',
  'https://jobs.lever.co/',
  'https://jobs.ashbyhq.com/',
  'https://jobs.smartrecruiters.com/',
  'https://apply.workable.com/',
];

// Workday serves each company from its own host: <tenant>.wd<N>.myworkdayjobs.com.
const WORKDAY_HOST = /^https:\/\/[a-z0-9-]+\.wd\d{1,3}\.myworkdayjobs\.com\//i;

/** Whether `url` may be fetched; a refusal says what to do instead. */
export function checkAllowedUrl(url: string): { ok: true } | { ok: false; message: string } {
  const lower = url.trim().toLowerCase();
  if (ALLOWED_URL_PREFIXES.some((prefix) => lower.startsWith(prefix)) || WORKDAY_HOST.test(lower)) return { ok: true };
  return { ok: false, message: 'NextRound may not open pages on that site. Paste the description instead.' };
}
