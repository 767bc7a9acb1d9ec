/**
 * Fetches an .ics URL without letting it reach the machine's own network
 * (SSRF): the address check runs inside the socket's DNS lookup, so the
 * address checked is the address connected to (no DNS-rebinding window);
 * redirects are followed by hand and checked again; the body is bounded
 * after decompression (gzip bombs) and the whole fetch is bounded in time.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { NextRoundError } from '../../shared/errors.js';
import { isPublicAddress } from './address-policy.js';
import { readBoundedBody } from './bounded-body.js';

export interface SafeFetchOptions {
  /** Decompressed bytes; default 10 MB. */
  maxBytes?: number;
  /** Whole fetch, redirects included; default 15 s. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Which resolved addresses may be connected to; default public unicast only. Tests widen it. */
  isAllowedAddress?: (address: string) => boolean;
  /** Name resolution; default the system resolver. Tests inject one. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolve = (hostname: string) =>
  new Promise<LookupAddress[]>((resolve, reject) => dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/**
 * GETs `url` and returns the body as text.
 *
 * @throws NextRoundError FETCH_REFUSED (scheme, address, redirect, size) or
 *   UNAVAILABLE (timeout, network, HTTP error status), naming the URL.
 */
export async function fetchIcsText(url: string, options: SafeFetchOptions = {}): Promise<string> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  let current = parseUrl(url, url);
  for (let hop = 0; ; hop++) {
    const response = await requestOnce(current, options, deadline);
    if (response.kind === 'body') return response.text;
    if (hop >= (options.maxRedirects ?? 5)) refuse(url, `more than ${options.maxRedirects ?? 5} redirects`);
    const next = parseUrl(new URL(response.location, current).href, url);
    if (current.protocol === 'https:' && next.protocol === 'http:') refuse(url, `a redirect from https to http (${next.href})`);
    current = next;
  }
}

function refuse(url: string, why: string): never {
  throw new NextRoundError('FETCH_REFUSED', `Refused to fetch ${url}: ${why}.`, { where: url });
}

function parseUrl(text: string, original: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch (error) {
    throw new NextRoundError('FETCH_REFUSED', `"${original}" is not a valid URL.`, { where: original, cause: error });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') refuse(original, `the scheme ${url.protocol} is not http(s)`);
  return url;
}

/** A lookup for http.request that resolves, then refuses unless every address is allowed. */
function guardedLookup(url: string, options: SafeFetchOptions): LookupFunction {
  const allowed = options.isAllowedAddress ?? isPublicAddress;
  const resolve = options.resolve ?? systemResolve;
  return (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const bad = addresses.find((a) => !allowed(a.address));
        if (addresses.length === 0 || bad) {
          const why = bad ? `${hostname} resolves to the non-public address ${bad.address}` : `${hostname} has no address`;
          callback(new NextRoundError('FETCH_REFUSED', `Refused to fetch ${url}: ${why}.`, { where: url }), '', 4);
        } else if (lookupOptions.all) {
          callback(null, addresses);
        } else {
          callback(null, addresses[0]!.address, addresses[0]!.family);
        }
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, '', 4),
    );
  };
}

type Outcome = { kind: 'body'; text: string } | { kind: 'redirect'; location: string };

function requestOnce(url: URL, options: SafeFetchOptions, deadline: number): Promise<Outcome> {
  const where = url.href;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Node skips `lookup` for IP literals, so those are checked here.
  if (isIP(host) && !(options.isAllowedAddress ?? isPublicAddress)(host)) refuse(where, `${host} is not a public address`);
  const remaining = deadline - Date.now();
  if (remaining <= 0) throw new NextRoundError('UNAVAILABLE', `Fetching ${where} timed out.`, { where });
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Outcome>((resolve, reject) => {
    const request = client.get(url, {
      lookup: guardedLookup(where, options),
      agent: false,
      headers: { 'accept-encoding': 'gzip, deflate, br', accept: 'text/calendar, */*;q=0.5', 'user-agent': 'NextRound' },
    });
    const timer = setTimeout(() => {
      request.destroy(new NextRoundError('UNAVAILABLE', `Fetching ${where} timed out.`, { where }));
    }, remaining);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      if (error instanceof NextRoundError) reject(error);
      else reject(new NextRoundError('UNAVAILABLE', `Could not fetch ${where}: ${(error as Error).message}.`, { where, cause: error }));
    };
    request.on('error', fail);
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status) && response.headers.location) {
        response.resume();
        clearTimeout(timer);
        resolve({ kind: 'redirect', location: response.headers.location });
        return;
      }
      if (status < 200 || status > 299) {
        response.resume();
        fail(new NextRoundError(status === 404 ? 'NOT_FOUND' : 'UNAVAILABLE', `${where} answered HTTP ${status}.`, { where }));
        return;
      }
      readBoundedBody(response, options.maxBytes ?? 10 * 1024 * 1024, where).then(
        (text) => {
          clearTimeout(timer);
          resolve({ kind: 'body', text });
        },
        (error: unknown) => {
          request.destroy();
          fail(error);
        },
      );
    });
  });
}
