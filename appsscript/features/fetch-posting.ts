/**
 * Fetches a job posting's page with UrlFetchApp, bounded: only addresses the
 * allow-list accepts (the manifest's urlFetchWhitelist would refuse the
 * others with Google's words), HTML only, and at most MAX_PAGE_BYTES read
 * (Google downloads up to 50 MB per call, "URL Fetch response size",
 * https://developers.google.com/apps-script/guides/services/quotas; a
 * posting is far smaller). Every refusal is a value whose message asks for
 * the description to be pasted instead.
 */
import { decodeTextBytes } from '../../shared/import/decode-csv-bytes.js';
import { checkAllowedUrl } from '../url-allow-list.js';

export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

export type FetchedPage = { kind: 'page'; html: string } | { kind: 'refused'; message: string };

const PASTE = 'Paste the description instead.';

/** The page at `url` as text, or why it cannot be read. */
export function fetchPostingPage(url: string): FetchedPage {
  if (!/^https:\/\//i.test(url)) return { kind: 'refused', message: `Paste a link starting with https://, or paste the description instead.` };
  const allowed = checkAllowedUrl(url, 'job');
  if (!allowed.ok) return { kind: 'refused', message: allowed.message };
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    response = UrlFetchApp.fetch(url, { muteHttpExceptions: true, followRedirects: true, headers: { Accept: 'text/html, application/xhtml+xml' } });
  } catch {
    return { kind: 'refused', message: `The page could not be reached. ${PASTE}` };
  }
  const code = response.getResponseCode();
  if (code !== 200) return { kind: 'refused', message: statusWords(code) };
  const headers = response.getHeaders() as Record<string, string>;
  const type = (Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '').toLowerCase();
  if (type && !/text\/html|application\/xhtml\+xml/.test(type)) {
    return { kind: 'refused', message: `That link is not a web page (it is ${type.split(';')[0]!.trim()}). ${PASTE}` };
  }
  const bytes = response.getContent();
  const read = bytes.length > MAX_PAGE_BYTES ? bytes.slice(0, MAX_PAGE_BYTES) : bytes;
  return { kind: 'page', html: decodeTextBytes(read).text };
}

/** What an HTTP status means to the person, never the number itself. */
function statusWords(code: number): string {
  if (code === 404 || code === 410) return 'That page could not be found (it may have been taken down). Paste the job description instead.';
  // LinkedIn answers 999 to programs; 401, 403 and 429 are how other sites refuse them.
  if (code === 401 || code === 403 || code === 429 || code === 999) return `That site refuses to be read by other programs. ${PASTE}`;
  if (code >= 500) return `That site is not answering properly right now. Try again later, or paste the description instead.`;
  return `That page could not be read. ${PASTE}`;
}
