/**
 * The digest for one morning: today's and tomorrow's interviews with their
 * prep status and join link, debriefs to write, and what listDue finds due
 * (thank-yous, follow-ups, feedback requests, the yearly market check). One
 * pass over the rows; the due rules are shared/due's, not a copy.
 */
import { listDue } from '../due/list-due.js';
import { dueItemId, isHidden, type DueDecisions } from '../due/due-decisions.js';
import type { DueItem } from '../due/due-item.js';
import type { DueSettings } from '../due/due-settings.js';
import { countPrepProgress } from '../prep/prep.js';
import { parsePrepCell } from '../prep/prep-cell.js';
import { listAwaitingDebrief } from '../reflect/awaiting-debrief.js';
import { addDays, type Zone } from '../time/index.js';
import { countOf } from '../insights/insights-wording.js';
import type { Digest, DigestLine, DigestRowRef, DigestSectionId } from './digest-types.js';
import { DIGEST_SECTIONS } from './digest-types.js';

type Row = Readonly<Record<string, unknown>>;

/** A sheet row with its 1-based row number, as the add-on reads it. */
export interface NumberedRow {
  readonly row: number;
  readonly cells: Row;
}

export interface DigestInput {
  readonly applications: readonly NumberedRow[];
  readonly interviews: readonly NumberedRow[];
  /** The send time, wall time in the sheet's zone, `YYYY-MM-DD HH:mm`. */
  readonly now: string;
  readonly settings: DueSettings;
  readonly timeZone: Zone;
  /** Done, Dismiss and Snooze from the Due page: a hidden item is not in the digest of a day it is hidden on. */
  readonly decisions?: DueDecisions;
}

/** At most this many lines per section: a digest is a nudge, the sheet is the list. */
export const LINES_PER_SECTION = 5;
/**
 * A planned morning keeps this many per section: a Done or Dismiss on the Due page takes
 * lines out of the stored plan (withoutDecided), and the spares fill in when it is sent.
 */
export const PLANNED_LINES_PER_SECTION = 2 * LINES_PER_SECTION;
/** A line and a join link are clipped so a week of digests fits one property (plan-digest-week.ts). */
const LINE_MAX = 160;
const LINK_MAX = 300;

const text = (value: unknown) => String(value ?? '').trim();
const who = (company: string, role: string) => [company, role].filter(Boolean).join(' — ') || 'An application';

/** Builds the digest for `now`; a digest without lines means nothing is sent. */
export function buildDigest({ applications, interviews, now, settings, timeZone, decisions = {} }: DigestInput, perSection = LINES_PER_SECTION): Digest {
  const today = now.slice(0, 10);
  const tomorrow = addDays(today, 1);
  const interviewRef = indexRefs(interviews, 'eventId', 'Interviews');
  const applicationRef = indexRefs(applications, 'id', 'Applications');
  const lines: DigestLine[] = [];

  const upcoming = interviews
    .filter(({ cells }) => text(cells.calendarStatus) !== 'cancelled')
    .map(({ row, cells }) => ({ row, cells, start: text(cells.start) }))
    .filter(({ start }) => start.slice(0, 10) === today || start.slice(0, 10) === tomorrow)
    .sort((a, b) => a.start.localeCompare(b.start) || a.row - b.row);
  for (const { row, cells, start } of upcoming) {
    const section: DigestSectionId = start.slice(0, 10) === today ? 'today' : 'tomorrow';
    const round = text(cells.round);
    const link = text(cells.meetingLink);
    lines.push({
      section,
      text: `${start.slice(11, 16)} ${who(text(cells.company), text(cells.role))}${round ? ` (${round})` : ''}: ${prepStatus(cells.prep)}`,
      ...(/^https:\/\//i.test(link) ? { joinLink: link } : {}),
      ref: { sheet: 'Interviews', row },
    });
  }

  const rows = (list: readonly NumberedRow[]) => list.map(({ cells }) => cells);
  for (const item of listAwaitingDebrief(rows(interviews), now, settings.thankYouWindowDays).items) {
    const round = item.round ? ` (${item.round})` : '';
    lines.push({
      section: 'debriefs',
      text: `${who(item.company, item.role)}${round}, ended ${item.endedAt}`,
      ref: interviewRef.get(item.interviewId) ?? null,
    });
  }
  const due = listDue({ applications: rows(applications), interviews: rows(interviews), now, settings, timeZone });
  for (const item of due.items) {
    const dueId = dueItemId(item);
    if (!isHidden(decisions[dueId], today)) lines.push({ ...dueLine(item, interviewRef, applicationRef), dueId });
  }

  return bound(today, lines, perSection, 0);
}

function prepStatus(cell: unknown): string {
  try {
    const { done, total } = countPrepProgress(parsePrepCell(cell, 'Prep'));
    return total === 0 ? 'no prep checklist yet' : `prep ${done}/${total} done`;
  } catch {
    // A hand-edited checklist that no longer parses: the sidebar names the line; the digest just says so.
    return 'prep checklist needs a look';
  }
}

function dueLine(item: DueItem, interviews: Map<string, DigestRowRef>, applications: Map<string, DigestRowRef>): DigestLine {
  const to = (person: { name: string; email: string | null } | null) => (person ? ` to ${person.name || person.email}` : '');
  switch (item.kind) {
    case 'thank-you':
      return {
        section: 'thank-yous',
        text: `${who(item.company, item.role)}${item.round ? ` (${item.round})` : ''}${to(item.recipient)}${item.overdue ? ', overdue' : ''}`,
        ref: interviews.get(item.interviewId) ?? null,
      };
    case 'follow-up':
      return {
        section: 'follow-ups',
        text: `${who(item.company, item.role)}: no news for ${countOf(item.silentDays, 'day')}`,
        ref: applications.get(item.applicationId) ?? null,
      };
    case 'feedback-request':
      return { section: 'feedback-requests', text: `${who(item.company, item.role)}${to(item.recipient)}`, ref: applications.get(item.applicationId) ?? null };
    case 'market-check':
      return {
        section: 'market-check',
        text: `Your last interview was ${countOf(item.days, 'day')} ago (${item.lastInterviewOn}): time to test the market.`,
        ref: null,
      };
  }
}

function indexRefs(list: readonly NumberedRow[], key: string, sheet: DigestRowRef['sheet']): Map<string, DigestRowRef> {
  const refs = new Map<string, DigestRowRef>();
  for (const { row, cells } of list) if (!refs.has(text(cells[key]))) refs.set(text(cells[key]), { sheet, row });
  return refs;
}

/** A planned morning as it is sent: at most LINES_PER_SECTION lines per section, the rest counted. */
export const trimDigest = (digest: Digest): Digest => bound(digest.date, digest.lines, LINES_PER_SECTION, digest.omitted);

/** Keeps section order and at most `perSection` lines each; counts the rest (beyond those already counted). */
function bound(date: string, lines: readonly DigestLine[], perSection: number, omittedBefore: number): Digest {
  const kept: DigestLine[] = [];
  let omitted = omittedBefore;
  for (const { id } of DIGEST_SECTIONS) {
    const own = lines.filter((line) => line.section === id).map(clip);
    kept.push(...own.slice(0, perSection));
    omitted += Math.max(0, own.length - perSection);
  }
  return { date, lines: kept, omitted };
}

function clip(line: DigestLine): DigestLine {
  const clipped = line.text.length > LINE_MAX ? `${line.text.slice(0, LINE_MAX - 1)}…` : line.text;
  const { joinLink, ...rest } = line;
  return { ...rest, text: clipped, ...(joinLink && joinLink.length <= LINK_MAX ? { joinLink } : {}) };
}
