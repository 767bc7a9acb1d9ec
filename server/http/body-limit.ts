/**
 * The one request-body cap every app installs first (`app.use(limitRequestBodies())`):
 * a declared Content-Length over the cap is refused before a byte is read,
 * and a chunked body is counted while it streams and dropped at the cap, so
 * no request makes the service hold more than the cap in memory. Routes that
 * need less set their own, smaller limit (the webhook, the sidebar API).
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** 1 MiB: the ceiling of WEBHOOK_MAX_BODY_BYTES, the largest body any route accepts. */
export const MAX_REQUEST_BODY_BYTES = 1_048_576;

/** @example app.use(limitRequestBodies()); */
export function limitRequestBodies(maxBytes: number = MAX_REQUEST_BODY_BYTES): MiddlewareHandler {
  return bodyLimit({ maxSize: maxBytes, onError: (c) => c.json({ error: `The request body is larger than ${maxBytes} bytes.` }, 413) });
}
