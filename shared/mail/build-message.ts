/**
 * The raw RFC 2822 message for Gmail's advanced service
 * (`Gmail.Users.Drafts.create({message: {raw}}, 'me')`, scope
 * `gmail.compose`): one recipient, an encoded subject, and a
 * multipart/alternative body with the same text as plain text and as
 * escaped HTML. Pure: the same input gives the same bytes.
 */
import { NextRoundError } from '../errors.js';
import { formatToHeader, type Person } from './address.js';
import { formatTextHeader } from './header-value.js';
import { textToHtml } from './html.js';
import { encodeBase64Lines, encodeBase64Url, encodeUtf8 } from './utf8-base64.js';

export interface DraftInput {
  /** Exactly one recipient: the interviewer's (or contact's) validated address. */
  readonly to: Person;
  readonly subject: string;
  /** The rendered template body, plain text. */
  readonly text: string;
}

export interface DraftMessage {
  /** The message as text, CRLF line ends: what a test or a preview reads. */
  readonly mime: string;
  /** base64url of the UTF-8 message: the `raw` field Gmail takes. */
  readonly raw: string;
}

/**
 * Builds the draft message.
 *
 * @throws NextRoundError MAIL_INVALID for an empty subject or body, a
 *   missing or invalid address, or a control character in any header value.
 */
export function buildDraftMessage(input: DraftInput): DraftMessage {
  const subject = input.subject.trim();
  if (subject === '') throw new NextRoundError('MAIL_INVALID', 'The subject is empty; a draft needs one.', { where: 'Subject' });
  if (input.text.trim() === '') throw new NextRoundError('MAIL_INVALID', 'The message body is empty.', { where: 'Body' });
  const to = formatToHeader(input.to);
  return alternativeMessage(to, subject, input.text, textToHtml(input.text));
}

/**
 * One message with `toHeader` as its only recipient and the text and HTML as
 * multipart/alternative parts (base64, CRLF line ends): drafts and the digest.
 *
 * @throws NextRoundError MAIL_INVALID for a control character in the subject.
 */
export function alternativeMessage(toHeader: string, subject: string, text: string, html: string): DraftMessage {
  const boundary = `=_nr_${hashHex(`${subject}\n${text}`)}`;
  // Body parts are base64, whose alphabet has no "=_", so the boundary can never occur inside them.
  const mime = [
    'MIME-Version: 1.0',
    toHeader,
    formatTextHeader('Subject', subject),
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    encodeBase64Lines(text.replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n')),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    encodeBase64Lines(html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return { mime, raw: encodeBase64Url(encodeUtf8(mime)) };
}

/** FNV-1a, 32 bits, as 8 hex digits: a stable boundary without randomness. */
export function hashHex(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
