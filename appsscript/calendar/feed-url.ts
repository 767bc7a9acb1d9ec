/**
 * A calendar feed's address as the person pastes it (Outlook, iCloud,
 * Proton, any published .ics): https only, and webcal:// (the "subscribe"
 * links iCloud and Outlook hand out) read as https. Plain http is refused:
 * the feed's secret address would travel in clear.
 *
 * The add-on cannot look at where an address points, and need not:
 * UrlFetchApp fetches over "Google's network infrastructure", its requests
 * "originate from a set pool of IP ranges" of Google's
 * (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app),
 * not from the person's machine, so a feed address cannot reach the
 * person's private network.
 */
import { NextRoundError } from '../../shared/errors.js';
import { checkAllowedUrl } from '../url-allow-list.js';

/** Longer addresses are refused: fetch(url) takes "up to 2,082 characters" (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String)). */
export const MAX_FEED_URL = 2_082;

/** The https address to fetch, from what the person pasted. */
export function feedUrl(pasted: string): string {
  const text = pasted.trim();
  const url = /^webcal:\/\//i.test(text) ? `https://${text.slice('webcal://'.length)}` : text;
  if (url.length > MAX_FEED_URL)
    throw new NextRoundError('INVALID_INPUT', `That address is longer than ${MAX_FEED_URL} characters.`, { where: 'feed address' });
  const match = /^https:\/\/([^/?#@\s]+)([/?#][^\s]*)?$/i.exec(url);
  if (!match) {
    throw new NextRoundError(
      'INVALID_INPUT',
      'Paste the calendar’s address starting with https:// or webcal:// (for example from Outlook’s “Publish calendar” or iCloud’s “Public calendar”).',
      {
        where: 'feed address',
      },
    );
  }
  // Only addresses the published add-on may fetch (its manifest's urlFetchWhitelist); anything else would fail on every pass.
  const allowed = checkAllowedUrl(url, 'calendar');
  if (!allowed.ok) throw new NextRoundError('INVALID_INPUT', allowed.message, { where: 'feed address' });
  return url;
}

/** A short name for messages: the host, and the end of the path. */
export function feedName(url: string): string {
  const { 1: host = url, 2: path = '' } = /^https:\/\/([^/?#]+)([^?#]*)/i.exec(url) ?? [];
  const last = path.split('/').filter(Boolean).pop();
  return last ? `${host}/…/${decodeURIComponentSafe(last)}`.slice(0, 120) : host.slice(0, 120);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
