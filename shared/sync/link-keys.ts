/**
 * How linking recognises the same application and the same person: company
 * and role compared by a normalised key, contacts by address. Also the ids
 * of the rows linking creates, derived from what they were created for (the
 * core has no randomness): a rerun, or a retry after a lost response, finds
 * the row already there by its key and creates nothing.
 */
import { sha256Hex } from '../ics/sha256.js';

// A company is the same company with or without its legal form ("Acme", "Acme, Inc.", "ACME Corp").
const LEGAL_FORMS = new Set([
  'inc',
  'llc',
  'ltd',
  'limited',
  'gmbh',
  'ag',
  'corp',
  'corporation',
  'co',
  'plc',
  'sa',
  'sas',
  'bv',
  'nv',
  'srl',
  'spa',
  'ab',
  'oy',
  'kk',
]);

/** Lower case, accents and punctuation dropped, runs of space as one: "Acme-Café, Inc." → "acme cafe inc". */
function words(text: unknown): string[] {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word !== '');
}

/** The key a company is matched by: its words without a trailing legal form. */
export function companyKey(company: unknown): string {
  const list = words(company);
  while (list.length > 1 && LEGAL_FORMS.has(list[list.length - 1]!)) list.pop();
  return list.join(' ');
}

/** The key a role is matched by ("Senior Backend Engineer" = "senior backend engineer"). */
export function roleKey(role: unknown): string {
  return words(role).join(' ');
}

/** An application's key: company and role together; an empty role is a key of its own. */
export function applicationKey(company: unknown, role: unknown): string {
  return `${companyKey(company)}\u0000${roleKey(role)}`;
}

/** The key a contact is matched by: the address, case-insensitive. */
export function emailKey(email: unknown): string {
  return String(email ?? '')
    .trim()
    .toLowerCase();
}

/**
 * A stable id for a row created from `seed`, not among `taken` (a person who
 * changed a row's key keeps its old id; the new row must not share it).
 * @example stableRowId('app', 'event-1', new Set()) // 'app-' + 16 hex digits
 */
export function stableRowId(prefix: 'app' | 'ct', seed: string, taken: ReadonlySet<string>): string {
  for (let attempt = 0; ; attempt++) {
    const id = `${prefix}-${sha256Hex(`${prefix}\u0000${seed}\u0000${attempt}`).slice(0, 16)}`;
    if (!taken.has(id)) return id;
  }
}
