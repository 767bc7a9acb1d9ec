/**
 * A secret calendar address is a password: whoever has it reads the
 * calendar. Everything the local service shows or logs passes through
 * `redactSecrets`, which keeps enough to recognise the address and hides
 * the secret: Google's `…/private-<key>/basic.ics` keeps `private-•••`,
 * other long token-like path parts, query values and user info become `•••`.
 */

const URL_IN_TEXT = /\b(?:https?|webcals?):\/\/[^\s"'<>]+/gi;
// A path part that reads like a key: 20+ URL-safe characters with a digit in them.
const TOKEN_PART = /^(?=[A-Za-z0-9_%.@-]*\d)[A-Za-z0-9_%.@-]{20,}$/;

function redactUrl(url: string): string {
  const match = /^([a-z]+:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url);
  if (!match) return url;
  const [, scheme, authority = '', path = '', query = ''] = match;
  const host = authority.includes('@') ? `•••@${authority.slice(authority.lastIndexOf('@') + 1)}` : authority;
  const parts = path.split('/').map((part) => (/^private-/i.test(part) ? 'private-•••' : TOKEN_PART.test(part) && !/\.ics$/i.test(part) ? '•••' : part));
  const params = query
    ? `?${query
        .slice(1)
        .split('&')
        .map((pair) => (pair.includes('=') ? `${pair.slice(0, pair.indexOf('='))}=•••` : pair))
        .join('&')}`
    : '';
  return `${scheme}${host}${parts.join('/')}${params}`;
}

/** Every URL in `text` with its secret parts replaced by `•••`. */
export function redactSecrets(text: string): string {
  return text.replace(URL_IN_TEXT, redactUrl);
}

/** `value` with every string in it redacted (for JSON sent out). */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactSecrets(value) as T;
  if (Array.isArray(value)) return value.map(redactDeep) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, redactDeep(v)])) as T;
  return value;
}
