/**
 * UrlFetchApp for the vm-loaded bundle, doing real (blocking) HTTP: the
 * part of fetch(url, params) the add-on uses, as Apps Script documents it
 * (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object)):
 * `method` (default get), `contentType`, `headers`, `payload`,
 * `followRedirects` (default true), `muteHttpExceptions` (default false: an
 * answer of 400 or more throws). `hosts` maps the service's public https
 * origin (what the NEXTROUND_SERVICE_URL property holds, served over TLS in
 * production) to the loopback address of the real service process.
 */
import type { SyncFetcher } from './sync-fetch.js';

interface FetchParams {
  method?: string;
  contentType?: string;
  headers?: Record<string, string>;
  payload?: string;
  followRedirects?: boolean;
  muteHttpExceptions?: boolean;
}

export interface FakeHttpResponse {
  getResponseCode(): number;
  getContentText(): string;
  getHeaders(): Record<string, string>;
}

export function createUrlFetchApp(
  fetcher: SyncFetcher,
  hosts: Record<string, string>,
  seen: string[] = [],
): { fetch(url: string, params?: FetchParams): FakeHttpResponse } {
  return {
    fetch(url, params = {}) {
      const target = new URL(url);
      const local = hosts[target.origin];
      if (!local) throw new Error(`Exception: the e2e world has no host for ${target.origin} (add it to hosts)`);
      seen.push(`${(params.method ?? 'get').toUpperCase()} ${target.pathname}`);
      const headers: Record<string, string> = { ...params.headers };
      if (params.contentType) headers['content-type'] = params.contentType;
      const answer = fetcher.fetch({
        url: local + target.pathname + target.search,
        method: (params.method ?? 'get').toUpperCase(),
        headers,
        body: params.payload,
        redirect: params.followRedirects === false ? 'manual' : 'follow',
      });
      if (answer.status >= 400 && !params.muteHttpExceptions) {
        throw new Error(
          `Exception: Request failed for ${target.origin} returned code ${answer.status}. Truncated server response: ${answer.body.slice(0, 100)}`,
        );
      }
      return { getResponseCode: () => answer.status, getContentText: () => answer.body, getHeaders: () => answer.headers };
    },
  };
}
