/**
 * The status page answers only requests addressed to this machine by a name
 * it serves: a page on another site that rebinds its own DNS name to
 * 127.0.0.1 (DNS rebinding) reaches the port, but its requests carry that
 * site's name in Host, and are refused with 421 Misdirected Request
 * (RFC 9110 §15.5.20).
 */
import type { MiddlewareHandler } from 'hono';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** The host part of a Host header, lower-case, without port, brackets or a trailing dot. */
export function hostNameOf(header: string): string {
  const text = header.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(text);
  const name = bracketed ? bracketed[1]! : text.split(':').length === 2 ? text.split(':')[0]! : text;
  return name.replace(/\.$/, '');
}

/** The names the status page answers to: the loopback names and the configured HOST. */
export function servedHostNames(configuredHost: string): Set<string> {
  return new Set([...LOOPBACK_NAMES, hostNameOf(configuredHost.includes(':') && !configuredHost.startsWith('[') ? `[${configuredHost}]` : configuredHost)]);
}

/** @example app.use('/status.json', refuseForeignHosts(servedHostNames(config.host))); */
export function refuseForeignHosts(names: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    // @hono/node-server builds the URL from Host; an in-process request (tests) has only the URL.
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!names.has(hostNameOf(host))) {
      return c.text('This NextRound status page answers only to localhost and its configured host.', 421);
    }
    await next();
  };
}
