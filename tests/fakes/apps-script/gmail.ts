/**
 * The Gmail advanced service (`Gmail.Users.Drafts.create`), as strict as the
 * tests need: it counts calls in the CallLog (as "Gmail.Users.Drafts.create",
 * apart from the Spreadsheet calls), decodes `raw` (base64url → UTF-8) and
 * parses it with the independent MIME reader, so a test sees exactly what
 * Gmail would store. It never sends anything; nor does the real service here.
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

export interface FakeGmail {
  /** Every draft created, in order. */
  readonly drafts: StoredDraft[];
  /** Called at the start of each create, before the draft exists (to inject a failure or another call). */
  beforeCreate: ((count: number) => void) | null;
  /** The `Gmail` global to put into a vm context. */
  readonly global: { Users: { Drafts: { create(resource: Draft, userId: string): Draft } } };
}

/** A Gmail advanced service that keeps drafts in memory. */
export function createGmail(log: CallLog): FakeGmail {
  const drafts: StoredDraft[] = [];
  const fake: FakeGmail = {
    drafts,
    beforeCreate: null,
    global: {
      Users: {
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
