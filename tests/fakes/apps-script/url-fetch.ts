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
 * - an address nobody serves cannot be reached: it throws.
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

  constructor(private readonly log: CallLog) {}

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
