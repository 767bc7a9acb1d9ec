/**
 * The digest as a raw RFC 2822 message for `Gmail.Users.Messages.send`:
 * exactly one recipient, the person's own address (the caller passes the
 * Gmail profile's address of the account the execution runs as; nothing
 * else can reach this), and the rendered text and HTML as alternatives.
 */
import { formatToHeader } from '../mail/address.js';
import { alternativeMessage } from '../mail/build-message.js';
import type { DigestMail } from './render-digest.js';

/**
 * Builds the message to `ownAddress`.
 *
 * @throws NextRoundError MAIL_INVALID for an invalid address or a control character in a header.
 */
export function buildDigestMessage(ownAddress: string, mail: DigestMail): { mime: string; raw: string } {
  return alternativeMessage(formatToHeader({ name: '', email: ownAddress }), mail.subject, mail.text, mail.html);
}
