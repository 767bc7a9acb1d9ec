/**
 * The digest as a raw RFC 2822 message for `Gmail.Users.Messages.send`:
 * exactly one recipient, the person's own address (the caller passes the
 * Gmail profile's address of the account the execution runs as; nothing
 * else can reach this), and the rendered text and HTML as alternatives.
 */
import { formatToHeader } from '../mail/address.js';
import { hashHex } from '../mail/build-message.js';
import { formatTextHeader } from '../mail/header-value.js';
import { encodeBase64Lines, encodeBase64Url, encodeUtf8 } from '../mail/utf8-base64.js';
import type { DigestMail } from './render-digest.js';

/**
 * Builds the message to `ownAddress`.
 *
 * @throws NextRoundError MAIL_INVALID for an invalid address or a control character in a header.
 */
export function buildDigestMessage(ownAddress: string, mail: DigestMail): { mime: string; raw: string } {
  const boundary = `=_nr_${hashHex(`${mail.subject}\n${mail.text}`)}`;
  const mime = [
    'MIME-Version: 1.0',
    formatToHeader({ name: '', email: ownAddress }),
    formatTextHeader('Subject', mail.subject),
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    encodeBase64Lines(mail.text.replace(/\n/g, '\r\n')),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    encodeBase64Lines(mail.html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return { mime, raw: encodeBase64Url(encodeUtf8(mime)) };
}
