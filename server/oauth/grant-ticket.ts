/**
 * The ticket the Picker page sends back: who (user, spreadsheet) and until
 * when, MAC'd with a key only the service holds, so the page can only ever
 * ask to verify the grant of the connection its OAuth callback completed —
 * nobody can grant a file into someone else's connection. Stateless, so any
 * instance can check it; verifying is idempotent, so a replay changes nothing.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';

export interface GrantTicket {
  userId: string;
  spreadsheetId: string;
  expiresAt: number;
}

const Payload = z.object({ u: z.string().min(1).max(256), s: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/), e: z.number().int() });

/** A 32-byte MAC key for tickets, derived (HKDF-SHA256) from a service secret so it never equals that secret. */
export function deriveTicketKey(secret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'nextround picker grant ticket v1', 32));
}

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

/** @example const ticket = signTicket(key, { userId, spreadsheetId, expiresAt: now + 1_800_000 }); */
export function signTicket(key: Buffer, ticket: GrantTicket): string {
  const payload = Buffer.from(JSON.stringify({ u: ticket.userId, s: ticket.spreadsheetId, e: ticket.expiresAt })).toString('base64url');
  return `${payload}.${mac(key, payload)}`;
}

/** The ticket, or null when it is forged, altered, malformed or expired. */
export function openTicket(key: Buffer, ticket: string, now: number): GrantTicket | null {
  const [payload, tag, extra] = ticket.split('.');
  if (!payload || !tag || extra !== undefined) return null;
  const expected = Buffer.from(mac(key, payload));
  const given = Buffer.from(tag);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const fields = Payload.safeParse(parsed);
  if (!fields.success || fields.data.e <= now) return null;
  return { userId: fields.data.u, spreadsheetId: fields.data.s, expiresAt: fields.data.e };
}
