/**
 * What is due at `now`: thank-yous per interviewer, feedback requests after
 * a rejection, follow-ups after a silence, and the yearly market check.
 * One pass over each list of rows; rows are the plain objects readRow gives.
 */
import { parseInterviewers, type Person } from '../mail/address.js';
import { findDraft, parseDraftLog } from '../mail/draft-log.js';
import type { DueItem, DueList } from './due-item.js';
import type { DueSettings } from './due-settings.js';
import { groupInterviewsByApplication } from './link-rows.js';
import { dueRule, passesTests, spanMs } from './due-rules.js';
import { notCancelled } from './row-tests.js';
import { cellPlace } from '../tracker/row-place.js';
import { daysBetween, elapsedMs, formatWallMsDate, formatWallMsDateTime, readCellTime, readCellTimeOrNote, type Zone } from '../time/index.js';

type Row = Readonly<Record<string, unknown>>;
/** A live (not cancelled) interview row with its moment (end, else start) read once, for its application's follow-up. */
type LiveInterview = { readonly row: Row; readonly moment: number | null };

// The rules, thresholds and row tests come from DUE_RULES, as do the sheet's highlights.
const THANK_YOU = dueRule('thank-you');
const FEEDBACK = dueRule('feedback-request');
const FOLLOW_UP = dueRule('follow-up');
const LIVE = notCancelled();
const KIND_ORDER = { 'thank-you': 0, 'feedback-request': 1, 'follow-up': 2, 'market-check': 3 } as const;

const text = (value: unknown) => String(value ?? '').trim();

export interface DueInput {
  readonly applications: readonly Row[];
  readonly interviews: readonly Row[];
  /** Wall time in the sheet's zone, `YYYY-MM-DD HH:mm`. */
  readonly now: string;
  readonly settings: DueSettings;
  /** The sheet's IANA zone: wall times are read in it (RFC 5545), hours measured in real time. UTC when absent. */
  readonly timeZone?: Zone;
  /** Each row's number in its sheet, in the order of the rows above, so "Cells to check" names rows as the person sees them. */
  readonly rowNumbers?: { readonly applications?: readonly number[]; readonly interviews?: readonly number[] };
}

/**
 * Lists what is due.
 *
 * @throws NextRoundError INVALID_INPUT only when `now` itself is not a wall time.
 */
export function listDue({ applications, interviews, now: nowText, settings, timeZone = 'UTC', rowNumbers = {} }: DueInput): DueList {
  const now = readCellTime(nowText, 'now', timeZone)!;
  const readWallTime = (value: unknown, where: string | (() => string), problems: string[]) => readCellTimeOrNote(value, where, problems, timeZone);
  const parseQuietly = (value: unknown) => readCellTimeOrNote(value, '', [], timeZone);
  const live: LiveInterview[] = [];
  const problems: string[] = [];
  const items: DueItem[] = [];
  let lastInterview: number | null = null;
  const thankYouWindow = spanMs(THANK_YOU.clock.within(settings));
  const thankYouOverdue = spanMs(THANK_YOU.clock.dueAfter(settings));
  const feedbackWindow = spanMs(FEEDBACK.clock.within(settings));
  const followUpAfter = spanMs(FOLLOW_UP.clock.dueAfter(settings));

  for (const [index, row] of interviews.entries()) {
    if (!LIVE.holds(row)) continue;
    const id = text(row.eventId);
    const cell = (column: string) => cellPlace(column, 'Interviews', rowNumbers.interviews?.[index], row);
    const start = readWallTime(row.start, () => cell('Start'), problems);
    if (start !== null && start <= now && (lastInterview === null || start > lastInterview)) lastInterview = start;
    const end = readWallTime(row.end, () => cell('End'), problems) ?? start;
    live.push({ row, moment: end });
    if (end === null || end > now || now - end > thankYouWindow) continue;
    if (!passesTests(THANK_YOU, row)) continue;
    const drafts = parseDraftLog(row.drafts);
    const people: (Person | null)[] = parseInterviewers(row.interviewers);
    for (const person of people.length ? people : [null]) {
      if (person?.email && findDraft(drafts, 'thank-you', person.email)) continue;
      items.push({
        kind: 'thank-you',
        interviewId: id,
        company: text(row.company),
        role: text(row.role),
        round: text(row.round),
        endedAt: formatWallMsDateTime(end),
        recipient: person,
        // Hours in real time: a daylight-saving change between the end and now counts as it happened.
        overdue: elapsedMs(end, now, timeZone) >= thankYouOverdue,
      });
    }
  }

  // Live interviews only, each parsed once above: no row is read twice.
  const byApplication = groupInterviewsByApplication(applications, live, (interview) => interview.row);
  for (const [index, row] of applications.entries()) {
    const id = text(row.id);
    const cell = (column: string) => cellPlace(column, 'Applications', rowNumbers.applications?.[index], row);
    const own = byApplication.get(id) ?? [];
    // The recipient and the Drafts cell are read only for a row a rule applies to: most rows are neither.
    const lastUpdate = readWallTime(row.lastUpdate, () => cell('Last update'), problems);
    // A stage makes at most one draft due (its definition's `draft`), so the two rules never both apply.
    if (passesTests(FEEDBACK, row)) {
      const recent = lastUpdate === null || now - lastUpdate <= feedbackWindow;
      if (recent) {
        const since = lastUpdate === null ? null : formatWallMsDate(lastUpdate);
        const recipient = pickRecipient(row, own);
        items.push({ kind: 'feedback-request', applicationId: id, company: text(row.company), role: text(row.role), recipient, since });
      }
      continue;
    }
    if (!passesTests(FOLLOW_UP, row)) continue;
    let latest = Math.max(readWallTime(row.appliedOn, () => cell('Applied on'), problems) ?? -Infinity, lastUpdate ?? -Infinity);
    let upcoming = false;
    for (const { moment } of own) {
      if (moment === null) continue;
      if (moment > now) upcoming = true;
      else latest = Math.max(latest, moment);
    }
    for (const draft of parseDraftLog(row.drafts)) if (draft.kind === 'follow-up') latest = Math.max(latest, parseQuietly(draft.createdAt) ?? -Infinity);
    if (upcoming || latest === -Infinity) continue;
    const silentDays = daysBetween(latest, now);
    if (now - latest >= followUpAfter) {
      items.push({
        kind: 'follow-up',
        applicationId: id,
        company: text(row.company),
        role: text(row.role),
        recipient: pickRecipient(row, own),
        since: formatWallMsDate(latest),
        silentDays,
      });
    }
  }

  if (settings.marketCheck && lastInterview !== null) {
    const days = daysBetween(lastInterview, now);
    if (days >= settings.marketCheckAfterDays) items.push({ kind: 'market-check', lastInterviewOn: formatWallMsDate(lastInterview), days });
  }
  return { items: sortItems(items), problems };
}

/** The application's contact when it has an address, else the first interviewer with one from its latest interview. */
function pickRecipient(application: Row, interviews: readonly LiveInterview[]): Person | null {
  const email = text(application.contactEmail);
  if (email) return { name: text(application.contact), email };
  let latest: Row | undefined;
  for (const { row: interview } of interviews) if (!latest || text(interview.start) > text(latest.start)) latest = interview;
  const person = latest ? parseInterviewers(latest.interviewers).find((candidate) => candidate.email) : undefined;
  return person ?? (text(application.contact) ? { name: text(application.contact), email: null } : null);
}

function sortItems(items: DueItem[]): DueItem[] {
  const when = (item: DueItem) =>
    item.kind === 'thank-you'
      ? item.endedAt
      : item.kind === 'follow-up'
        ? item.since
        : item.kind === 'feedback-request'
          ? (item.since ?? '')
          : item.lastInterviewOn;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] || when(a.item).localeCompare(when(b.item)) || a.index - b.index)
    .map(({ item }) => item);
}
