/**
 * UrlFetchApp as far as the add-on uses it: fetch(url, params) answering
 * what a test serves per address, each behaviour as Google documents it
 * (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app,
 * https://developers.google.com/apps-script/reference/url-fetch/http-response):
 * - a URL may have at most 2,082 characters (fetch(url));
 * - an HTTP error status throws unless `muteHttpExceptions` is true;
 * - redirects are followed unless `followRedirects` is false;
 * - a response over 50 MB is refused ("URL Fetch response size: 50 MB / call",
 *   https://developers.google.com/apps-script/guides/services/quotas);
 * - getContent() answers Java's Byte[]: signed bytes, -128..127;
 * - an address nobody serves cannot be reached: it throws;
 * - with an allowlist (the manifest's `urlFetchWhitelist`), a URL that
 *   matches none of its prefixes is refused, by the rules of
 *   https://developers.google.com/apps-script/manifest/allowlist-url:
 *   path matching is case-sensitive; a URL matches a prefix it equals or is
 *   a child of; a leading `*.` matches one or more subdomains, never the bare
 *   domain. The page says nothing of redirects: only the requested URL is
 *   checked. The message is the one Google's scripts report ("Request to …
 *   failed because the URL has not been whitelisted in the script manifest").
 */
import type { CallLog } from './call-log.js';

export const MAX_URL_LENGTH = 2_082;
export const MAX_RESPONSE_BYTES = 50 * 1024 * 1024;

export interface ServedResponse {
  status?: number;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
}

type FetchParams = { muteHttpExceptions?: boolean; followRedirects?: boolean; headers?: Record<string, string>; method?: string };

export class FakeUrlFetch {
  private readonly served = new Map<string, ServedResponse>();
  /** Every request made, in order. */
  readonly requests: { url: string; params: FetchParams }[] = [];

  constructor(
    private readonly log: CallLog,
    /** The manifest's urlFetchWhitelist; undefined (a test deployment without one) lets every URL through. */
    private readonly allowList?: readonly string[],
  ) {}

  /** Answers `response` at `url` from now on. */
  serve(url: string, response: ServedResponse): void {
    this.served.set(url, response);
  }

  readonly service = {
    fetch: (url: string, params: FetchParams = {}) => this.fetch(url, params, 0),
  };

  private fetch(url: string, params: FetchParams, hops: number): unknown {
    this.log.record('UrlFetchApp.fetch');
    this.requests.push({ url, params });
    if (url.length > MAX_URL_LENGTH) throw new Error(`Exception: Limit Exceeded: URLFetch URL Length.`);
    if (hops === 0 && this.allowList && !this.allowList.some((prefix) => allowedBy(prefix, url)))
      throw new Error(`Exception: Request to ${url} failed because the URL has not been whitelisted in the script manifest.`);
    const served = this.served.get(url);
    if (!served) throw new Error(`Exception: Address unavailable: ${url}`);
    const status = served.status ?? 200;
    const location = served.headers?.Location;
    if (status >= 300 && status < 400 && location && params.followRedirects !== false && hops < 10) return this.fetch(location, params, hops + 1);
    const bytes = typeof served.body === 'string' ? new TextEncoder().encode(served.body) : (served.body ?? new Uint8Array());
    if (bytes.length > MAX_RESPONSE_BYTES) throw new Error('Exception: Limit Exceeded: URLFetch response size.');
    if (status >= 400 && !params.muteHttpExceptions) throw new Error(`Exception: Request failed for ${url} returned code ${status}.`);
    return {
      getResponseCode: () => status,
      getHeaders: () => ({ ...served.headers }),
      getContent: () => Array.from(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)),
      getContentText: () => new TextDecoder().decode(bytes),
    };
  }
}

/** Whether `prefix` (an allowlist entry) lets `url` through, by the documented rules above. */
export function allowedBy(prefix: string, url: string): boolean {
  const split = (text: string) => {
    const match = /^https:\/\/([^/?#]+)(.*)$/.exec(text);
    return match ? { host: match[1]!.toLowerCase(), path: match[2] || '/' } : null;
  };
  const wildcard = prefix.startsWith('https://*.');
  const want = split(wildcard ? `https://${prefix.slice('https://*.'.length)}` : prefix);
  const got = split(url);
  if (!want || !got) return false;
  if (wildcard ? !got.host.endsWith(`.${want.host}`) : got.host !== want.host) return false;
  if (got.path === want.path) return true;
  if (!got.path.startsWith(want.path)) return false;
  return want.path.endsWith('/') || ['/', '?', '#'].includes(got.path.charAt(want.path.length));
}
