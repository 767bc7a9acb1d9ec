/**
 * The Gmail advanced service (`Gmail.Users.Drafts.create`, and for the
 * morning digest `getProfile` and `Messages.send`), as strict as the
 * tests need: it counts calls in the CallLog (as "Gmail.Users.Drafts.create",
 * apart from the Spreadsheet calls), decodes `raw` (base64url → UTF-8) and
 * parses it with the independent MIME reader, so a test sees exactly what
 * Gmail would store. "Sent" messages are only kept in memory.
 */
import { decodeRaw, readMessage, type ReadMessage } from '../../shared/mail/mime-reader.js';
import type { CallLog } from './call-log.js';

type Draft = GoogleAppsScript.Gmail.Schema.Draft;

export interface StoredDraft {
  id: string;
  messageId: string;
  userId: string;
  mime: string;
  message: ReadMessage;
}

export interface SentMessage {
  userId: string;
  mime: string;
  message: ReadMessage;
}

export interface FakeGmail {
  /** Every draft created, in order. */
  readonly drafts: StoredDraft[];
  /** Every message sent (users.messages.send), in order. */
  readonly sent: SentMessage[];
  /** The account the execution runs as: users.getProfile('me') answers its address. */
  ownAddress: string;
  /** Called at the start of each create, before the draft exists (to inject a failure or another call). */
  beforeCreate: ((count: number) => void) | null;
  /** The `Gmail` global to put into a vm context. */
  readonly global: {
    Users: {
      Drafts: { create(resource: Draft, userId: string): Draft };
      Messages: { send(resource: { raw?: string }, userId: string): { id: string } };
      getProfile(userId: string): { emailAddress: string };
    };
  };
}

/** A Gmail advanced service that keeps drafts in memory. */
export function createGmail(log: CallLog): FakeGmail {
  const drafts: StoredDraft[] = [];
  const sent: SentMessage[] = [];
  const fake: FakeGmail = {
    drafts,
    sent,
    ownAddress: 'me.myself@example.com',
    beforeCreate: null,
    global: {
      Users: {
        // https://developers.google.com/gmail/api/reference/rest/v1/users/getProfile (gmail.compose is one of its scopes).
        getProfile(userId: string) {
          log.record('Gmail.Users.getProfile');
          if (userId !== 'me') throw new Error('GoogleJsonResponseException: API call to gmail.users.getProfile failed with error: Delegation denied');
          return { emailAddress: fake.ownAddress };
        },
        // https://developers.google.com/gmail/api/reference/rest/v1/users.messages/send: `raw` is a base64url RFC 2822 message.
        Messages: {
          send(resource: { raw?: string }, userId: string) {
            log.record('Gmail.Users.Messages.send');
            if (typeof resource.raw !== 'string')
              throw new Error(
                "GoogleJsonResponseException: API call to gmail.users.messages.send failed with error: 'raw' RFC822 payload message string or uploading message via /upload/* URL required",
              );
            const mime = decodeRaw(resource.raw);
            sent.push({ userId, mime, message: readMessage(mime) });
            return { id: `s-${sent.length}` };
          },
        },
        Drafts: {
          create(resource: Draft, userId: string): Draft {
            log.record('Gmail.Users.Drafts.create');
            fake.beforeCreate?.(drafts.length);
            const raw = resource.message?.raw;
            if (typeof raw !== 'string')
              throw new Error('GoogleJsonResponseException: API call to gmail.users.drafts.create failed with error: Missing draft message');
            if (Object.keys(resource).some((key) => key !== 'message') || Object.keys(resource.message ?? {}).some((key) => key !== 'raw')) {
              throw new Error('FakeGmail: a draft resource carries only message.raw');
            }
            const mime = decodeRaw(raw);
            const n = drafts.length + 1;
            const stored: StoredDraft = { id: `r-${n}`, messageId: `m-${n}`, userId, mime, message: readMessage(mime) };
            drafts.push(stored);
            return { id: stored.id, message: { id: stored.messageId } };
          },
        },
      },
    },
  };
  return fake;
}
