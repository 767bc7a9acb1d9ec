/** The UrlFetchApp fake keeps to what Google documents, never more lenient. */
import { describe, expect, it } from 'vitest';
import { CallLog } from './call-log.js';
import { FakeUrlFetch, MAX_RESPONSE_BYTES, MAX_URL_LENGTH } from './url-fetch.js';

type Response = { getResponseCode(): number; getContent(): number[]; getContentText(): string };

function fake() {
  const urlFetch = new FakeUrlFetch(new CallLog());
  return { urlFetch, fetch: (url: string, params?: object) => urlFetch.service.fetch(url, params) as Response };
}

describe('the UrlFetchApp fake', () => {
  // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object): muteHttpExceptions defaults to false.
  it('throws on an HTTP error status unless muteHttpExceptions is true', () => {
    const { urlFetch, fetch } = fake();
    urlFetch.serve('https://cal.example/a.ics', { status: 404, body: 'gone' });
    expect(() => fetch('https://cal.example/a.ics')).toThrow(/returned code 404/);
    expect(fetch('https://cal.example/a.ics', { muteHttpExceptions: true }).getResponseCode()).toBe(404);
  });

  // https://developers.google.com/apps-script/reference/url-fetch/http-response#getContent(): Byte[] (Java bytes are signed).
  it('answers the content as signed bytes', () => {
    const { urlFetch, fetch } = fake();
    urlFetch.serve('https://cal.example/b.ics', { body: 'é' });
    expect(fetch('https://cal.example/b.ics').getContent()).toEqual([-61, -87]);
    expect(fetch('https://cal.example/b.ics').getContentText()).toBe('é');
  });

  // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String): "The URL can have up to 2,082 characters."
  it('refuses a URL longer than 2,082 characters', () => {
    const { urlFetch, fetch } = fake();
    const long = `https://cal.example/${'x'.repeat(MAX_URL_LENGTH)}`;
    urlFetch.serve(long, { body: 'BEGIN:VCALENDAR' });
    expect(() => fetch(long)).toThrow(/URL Length/);
  });

  // https://developers.google.com/apps-script/guides/services/quotas: URL Fetch response size 50 MB / call.
  it('refuses a response over 50 MB', () => {
    const { urlFetch, fetch } = fake();
    urlFetch.serve('https://cal.example/huge.ics', { body: new Uint8Array(MAX_RESPONSE_BYTES + 1) });
    expect(() => fetch('https://cal.example/huge.ics', { muteHttpExceptions: true })).toThrow(/response size/);
  });

  // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object): followRedirects defaults to true.
  it('follows a redirect unless followRedirects is false, and cannot reach an address nobody serves', () => {
    const { urlFetch, fetch } = fake();
    urlFetch.serve('https://cal.example/old.ics', { status: 301, headers: { Location: 'https://cal.example/new.ics' } });
    urlFetch.serve('https://cal.example/new.ics', { body: 'BEGIN:VCALENDAR' });
    expect(fetch('https://cal.example/old.ics').getContentText()).toBe('BEGIN:VCALENDAR');
    expect(fetch('https://cal.example/old.ics', { followRedirects: false }).getResponseCode()).toBe(301);
    expect(() => fetch('https://nowhere.example/x.ics')).toThrow(/Address unavailable/);
  });
});

// https://developers.google.com/apps-script/manifest/allowlist-url ("Adding prefixes to your allowlist", "Using wildcards"):
// the page's own examples, matched and not matched.
describe('the UrlFetchApp fake with an allowlist (urlFetchWhitelist)', () => {
  const serveAll = (urlFetch: FakeUrlFetch, urls: string[]) => {
    for (const url of urls) urlFetch.serve(url, { body: 'ok' });
  };

  it.each([
    ['https://example.com/foo', 'https://example.com/foo'],
    ['https://example.com/foo', 'https://example.com/foo/'],
    ['https://example.com/foo', 'https://example.com/foo/bar'],
    ['https://example.com/foo', 'https://example.com/foo?bar'],
    ['https://example.com/foo', 'https://example.com/foo#bar'],
    ['https://*.example.com/foo', 'https://subdomain.example.com/foo'],
    ['https://*.example.com/foo', 'https://any.number.of.subdomains.example.com/foo'],
  ])('lets %s fetch %s', (prefix, url) => {
    const urlFetch = new FakeUrlFetch(new CallLog(), [prefix]);
    serveAll(urlFetch, [url]);
    expect(() => urlFetch.service.fetch(url)).not.toThrow();
  });

  it.each([
    // "Path matching is case sensitive."
    ['https://example.com/foo', 'https://example.com/Foo'],
    ['https://example.com/foo', 'https://example.com/foobar'],
    ['https://example.com/foo', 'https://other.example/foo'],
    // "(suffix does not match)", "(there must be at least one subdomain)"
    ['https://*.example.com/foo', 'https://subdomain.example.com/bar'],
    ['https://*.example.com/foo', 'https://example.com/foo'],
  ])('refuses %s to fetch %s, as Google reports it', (prefix, url) => {
    const urlFetch = new FakeUrlFetch(new CallLog(), [prefix]);
    serveAll(urlFetch, [url]);
    expect(() => urlFetch.service.fetch(url)).toThrow(`Request to ${url} failed because the URL has not been whitelisted in the script manifest.`);
  });

  // "This field is optional when you install a test deployment": without one, every URL may be fetched.
  it('lets every URL through without an allowlist', () => {
    const urlFetch = new FakeUrlFetch(new CallLog());
    serveAll(urlFetch, ['https://anything.example/x']);
    expect(() => urlFetch.service.fetch('https://anything.example/x')).not.toThrow();
  });
});
