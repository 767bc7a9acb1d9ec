/**
 * Ten createDrafts calls "at once" (double clicks, two open sidebars,
 * retried calls) make one draft per (interview, interviewer, kind).
 *
 * How the parallelism is modelled: the vm runs one call at a time, so the
 * other nine calls arrive while the first one is inside Gmail, holding the
 * document lock. Apps Script would park each of them in waitLock until the
 * lock is released; the queued lock below does exactly that (a call that
 * arrives while the lock is held runs when it is released, in arrival
 * order). All ten send the keys of the same preview, made before any draft
 * existed, so only the re-read inside the lock can stop the duplicates.
 */
import { describe, expect, it } from 'vitest';
import { INTERVIEWS, openDraftsWorkbook, recipientsOf } from './drafts-workbook.js';
import type { CreateDraftsResult } from '../../appsscript/api/views.js';
import { parseDraftLog } from '../../shared/mail/draft-log.js';

const NOW = new Date('2026-11-20T15:00:00Z');

/** LockService.getDocumentLock() whose waitLock parks callers that arrive while it is held. */
class QueuedLock {
  held = false;
  maxWaiting = 0;
  private readonly waiting: (() => void)[] = [];
  arrive(call: () => void): void {
    if (this.held) {
      this.waiting.push(call);
      this.maxWaiting = Math.max(this.maxWaiting, this.waiting.length);
    } else call();
  }
  waitLock(): void {
    if (this.held) throw new Error('QueuedLock: a call ran while the lock was held');
    this.held = true;
  }
  releaseLock(): void {
    this.held = false;
    while (!this.held && this.waiting.length > 0) this.waiting.shift()!();
  }
  hasLock(): boolean {
    return this.held;
  }
}

function workbookWithThreeInterviewers() {
  const workbook = openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' });
  workbook.addRow(INTERVIEWS, {
    eventId: 'evt-1',
    start: new Date('2026-11-20T10:00:00Z'),
    end: new Date('2026-11-20T11:00:00Z'),
    title: 'Onsite',
    company: 'Acme',
    role: 'Engineer',
    interviewers: 'Ana Pérez <ana@acme.com>, Bo Li <bo@acme.com>, Chen Wu <chen@acme.com>',
    meetingLink: 'https://meet.example.com/x',
    calendarStatus: 'confirmed',
  });
  const lock = new QueuedLock();
  workbook.context.LockService = { getDocumentLock: () => lock };
  return { workbook, lock };
}

describe('createDrafts called ten times in parallel', () => {
  it('makes one draft per interviewer; the nine later calls return the same drafts without calling Gmail', () => {
    const { workbook, lock } = workbookWithThreeInterviewers();
    const { previews } = workbook.addon.previewDrafts({ interviewId: 'evt-1' });
    const input = { interviewId: 'evt-1', keys: previews.map((preview) => preview.key) };
    const results: CreateDraftsResult[] = [];
    const call = () => lock.arrive(() => results.push(workbook.addon.createDrafts(input)));
    workbook.gmail.beforeCreate = (count) => {
      if (count === 0) for (let i = 0; i < 9; i++) call();
    };

    call();

    expect(lock.maxWaiting).toBe(9);
    expect(results).toHaveLength(10);
    expect(workbook.gmail.drafts.map((draft) => recipientsOf(draft.message.headers.to!).join())).toEqual(['ana@acme.com', 'bo@acme.com', 'chen@acme.com']);
    expect(workbook.log.count('Gmail.Users.Drafts.create')).toBe(3);
    // Results are pushed when a call returns: the nine parked calls return inside the first one's release.
    const statuses = results.map((result) => result.outcomes.map((outcome) => outcome.status).join());
    expect(statuses.filter((status) => status === 'created,created,created')).toHaveLength(1);
    expect(statuses.filter((status) => status === 'existing,existing,existing')).toHaveLength(9);
    const ids = results.map((result) => result.outcomes.map((outcome) => ('draft' in outcome ? outcome.draft.draftId : '')).join());
    expect(new Set(ids)).toEqual(new Set(['r-1,r-2,r-3']));
    const row = workbook.rowById(INTERVIEWS, 'eventId', 'evt-1');
    expect(parseDraftLog(row.drafts).map((record) => `${record.email} ${record.draftId}`)).toEqual([
      'ana@acme.com r-1',
      'bo@acme.com r-2',
      'chen@acme.com r-3',
    ]);
    expect(row.thankYou).toBe('Drafted');
  });

  it('makes one draft per interviewer when the calls come one after another, and a new one only when asked', () => {
    const { workbook } = workbookWithThreeInterviewers();
    const { previews } = workbook.addon.previewDrafts({ interviewId: 'evt-1' });
    const keys = previews.map((preview) => preview.key);
    for (let i = 0; i < 10; i++) workbook.addon.createDrafts({ interviewId: 'evt-1', keys });
    expect(workbook.gmail.drafts).toHaveLength(3);

    const again = workbook.addon.createDrafts({ interviewId: 'evt-1', keys: [keys[1]!], forceNew: true });

    expect(again.outcomes.map((outcome) => outcome.status)).toEqual(['created']);
    expect(workbook.gmail.drafts).toHaveLength(4);
    expect(parseDraftLog(workbook.rowById(INTERVIEWS, 'eventId', 'evt-1').drafts)).toHaveLength(4);
  });

  it('records the drafts made before Gmail fails, so the retry makes only the missing one', () => {
    const { workbook } = workbookWithThreeInterviewers();
    const { previews } = workbook.addon.previewDrafts({ interviewId: 'evt-1' });
    const input = { interviewId: 'evt-1', keys: previews.map((preview) => preview.key) };
    workbook.gmail.beforeCreate = (count) => {
      if (count === 1) throw new Error('Service invoked too many times for one day: gmail.');
    };

    const first = workbook.addon.createDrafts(input);
    workbook.gmail.beforeCreate = null;
    const retry = workbook.addon.createDrafts(input);

    expect(first.outcomes.map((outcome) => outcome.status)).toEqual(['created', 'failed', 'failed']);
    expect(first.thankYou).toBe('');
    expect(retry.outcomes.map((outcome) => outcome.status)).toEqual(['existing', 'created', 'created']);
    expect(workbook.gmail.drafts.map((draft) => recipientsOf(draft.message.headers.to!).join())).toEqual(['ana@acme.com', 'bo@acme.com', 'chen@acme.com']);
    expect(retry.thankYou).toBe('Drafted');
  });
});
