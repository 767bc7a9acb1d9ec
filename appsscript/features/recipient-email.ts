/**
 * The inline "add their email" field of a blocked draft card writes the
 * address where the drafts read it: a hand-entered round's Interviewers
 * cell, or an application's Contact email. A round imported from a
 * calendar keeps its Interviewers in step with the event, so the address
 * belongs on the event (the next import brings it).
 */
import type { AddonApi } from '../api/contract.js';
import { RecipientEmailInput } from '../api/inputs.js';
import { NextRoundError } from '../../shared/errors.js';
import { isValidEmail } from '../../shared/mail/address.js';
import { addInterviewerEmail } from '../../shared/mail/interviewer-email.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { isFromCalendar } from '../../shared/tracker/calendar-owned.js';
import { DRAFT_WORDS } from '../../shared/words/draft-words.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import { writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { openTracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';

/**
 * Writes one address, after checking it; nothing is written when it is refused.
 *
 * @throws NextRoundError INVALID_INPUT (not one address; nobody of that name), CONFLICT (a calendar's round).
 */
export const saveRecipientEmail: AddonApi['saveRecipientEmail'] = (input: unknown) => {
  const target = parseInput(RecipientEmailInput, input, 'saveRecipientEmail');
  return withDocumentLock(() => {
    const tracker = openTracker();
    if ('interviewId' in target) {
      const { sheet, map, row } = tracker.readRow(INTERVIEWS, 'eventId', target.interviewId);
      if (isFromCalendar(row.cells.calendarStatus)) {
        throw new NextRoundError('CONFLICT', DRAFT_WORDS.fromCalendar(target.name), { where: 'Interviews!Interviewers' });
      }
      const interviewers = addInterviewerEmail(row.cells.interviewers, target.name, target.email);
      writeRow(sheet, planRowWrite(map, row.row, { interviewers }), tracker.codec);
      return { email: target.email };
    }
    if (!isValidEmail(target.email)) {
      throw new NextRoundError('INVALID_INPUT', `"${target.email.slice(0, 80)}" is not one email address, like ada@example.com.`, { where: 'email' });
    }
    const { sheet, map, row } = tracker.readRow(APPLICATIONS, 'id', target.applicationId);
    const cells: Record<string, string> = { contactEmail: target.email };
    if (target.name && !String(row.cells.contact ?? '').trim()) cells.contact = target.name;
    writeRow(sheet, planRowWrite(map, row.row, cells), tracker.codec);
    return { email: target.email };
  });
};
