/**
 * A small, strict reader of the raw messages the add-on hands to Gmail, for
 * tests (and the fake Gmail service): unfolds headers, decodes RFC 2047
 * words, splits multipart bodies and decodes base64 parts with Node's own
 * Buffer, so the encoders under test are checked against an independent one.
 */

export interface ReadMessage {
  /** Header names in order, as written. */
  headerNames: string[];
  /** Decoded header values by lower-cased name (last wins). */
  headers: Record<string, string>;
  /** Raw (still encoded, unfolded) header lines. */
  rawHeaders: string[];
  parts: { contentType: string; body: string }[];
}

/** Reads a base64url `raw` field into its MIME text. */
export function decodeRaw(raw: string): string {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(raw)) throw new Error('raw is not base64url');
  return Buffer.from(raw, 'base64url').toString('utf8');
}

export function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}

export function readMessage(mime: string): ReadMessage {
  const split = mime.indexOf('\r\n\r\n');
  if (split < 0) throw new Error('no blank line after the headers');
  const headerBlock = mime.slice(0, split);
  if (/\r(?!\n)|(?<!\r)\n/.test(headerBlock)) throw new Error('bare CR or LF in the headers');
  const rawHeaders = headerBlock.split(/\r\n(?![ \t])/);
  const headerNames: string[] = [];
  const headers: Record<string, string> = {};
  for (const line of rawHeaders) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`not a header: ${line}`);
    const name = line.slice(0, colon);
    headerNames.push(name);
    headers[name.toLowerCase()] = decodeWords(
      line
        .slice(colon + 1)
        .replace(/\r\n[ \t]/g, ' ')
        .trim(),
    );
  }
  const boundary = /boundary="([^"]+)"/.exec(headers['content-type'] ?? '')?.[1];
  const parts: ReadMessage['parts'] = [];
  if (boundary) {
    const body = mime.slice(split + 4);
    const chunks = body.split(`--${boundary}`);
    if (chunks.at(-1)?.startsWith('--') !== true) throw new Error('no closing boundary');
    for (const chunk of chunks.slice(1, -1)) {
      const [head = '', content = ''] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
      const contentType = /Content-Type: ([^\r\n]+)/i.exec(head)?.[1] ?? '';
      parts.push({ contentType, body: Buffer.from(content.replace(/\r\n/g, ''), 'base64').toString('utf8') });
    }
  }
  return { headerNames, headers, rawHeaders, parts };
}
