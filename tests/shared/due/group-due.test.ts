import { describe, expect, it } from 'vitest';
import { dueCardCount, dueGroups, groupDue, listNextActions } from '../../../shared/due/group-due.js';
import { dueItemId, isHidden, recordDecision, type DueDecisions } from '../../../shared/due/due-decisions.js';
import { parseDueDecisions } from '../../../shared/due/due-decision-store.js';
import { dueRule, passesTests } from '../../../shared/due/due-rules.js';
import { DEFAULT_DUE_SETTINGS } from '../../../shared/due/due-settings.js';
import type { DueItem } from '../../../shared/due/due-item.js';
import { STAGES } from '../../../shared/stages/stage-queries.js';
import { thankYouNotYet } from '../../../shared/due/thank-you-timing.js';

const TODAY = '2026-11-20';
const thankYou = (name: string, overdue: boolean, endedAt = '2026-11-20 09:00'): DueItem => ({
  kind: 'thank-you',
  interviewId: 'evt-1',
  company: 'Acme',
  role: 'Engineer',
  round: 'Onsite',
  endedAt,
  recipient: { name, email: null },
  overdue,
});
const followUp = (since: string): DueItem => ({
  kind: 'follow-up',
  applicationId: 'app-1',
  company: 'Initech',
  role: 'Analyst',
  recipient: null,
  since,
  silentDays: 9,
});
const group = (items: DueItem[], decisions: DueDecisions = {}, actions = [] as ReturnType<typeof listNextActions>) =>
  groupDue({ items, actions, decisions, today: TODAY, settings: DEFAULT_DUE_SETTINGS });
const ids = (cards: { id: string }[]) => cards.map((card) => card.id);

describe('groupDue', () => {
  it('files a thank-you for a round that ended late yesterday under Today until its hours pass, then under Overdue', () => {
    const lateYesterday = (overdue: boolean) => thankYou('Ana', overdue, '2026-11-19 22:30');
    expect(ids(group([lateYesterday(false)]).today)).toEqual(['thank-you|evt-1|ana']);
    expect(group([lateYesterday(false)]).overdue).toEqual([]);
    expect(ids(group([lateYesterday(true)]).overdue)).toEqual(['thank-you|evt-1|ana']);
  });

  it('sorts into Overdue, Today and This week by the day each rule makes it due', () => {
    const action = (dueOn: string) => ({ kind: 'next-action' as const, applicationId: `a-${dueOn}`, company: 'X', role: 'Y', action: 'Call', dueOn });
    const groups = group([thankYou('Ana', true, '2026-11-18 09:00'), thankYou('Bo', false), followUp('2026-11-13')], {}, [
      action('2026-11-19'),
      action('2026-11-26'),
      action('2026-11-27'),
    ]);
    expect(ids(groups.overdue)).toEqual(['thank-you|evt-1|ana', 'next-action|a-2026-11-19|2026-11-19|call']);
    expect(ids(groups.today)).toEqual(['thank-you|evt-1|bo', 'follow-up|app-1|2026-11-13']);
    // This week is today and the six days after: the 27th waits for its week.
    expect(ids(groups.thisWeek)).toEqual(['next-action|a-2026-11-26|2026-11-26|call']);
  });

  it('shows one card per person and action, however often the rows repeat them', () => {
    const groups = group([thankYou('Ana', false), thankYou(' ana ', false), thankYou('Bo', false)]);
    expect(ids(groups.today)).toEqual(['thank-you|evt-1|ana', 'thank-you|evt-1|bo']);
  });

  it('hides done and dismissed items for good, snoozed ones until their day', () => {
    const decisions: DueDecisions = {
      'thank-you|evt-1|ana': { state: 'done', at: '2026-11-20 10:00' },
      'thank-you|evt-1|bo': { state: 'snoozed', until: '2026-11-21', at: '2026-11-20 10:00' },
      'follow-up|app-1|2026-11-13': { state: 'dismissed', at: '2026-11-20 10:00' },
    };
    const items = [thankYou('Ana', false), thankYou('Bo', false), followUp('2026-11-13')];
    expect(group(items, decisions)).toMatchObject({ overdue: [], today: [], thisWeek: [], hidden: 3 });
    const tomorrow = groupDue({ items, actions: [], decisions, today: '2026-11-21', settings: DEFAULT_DUE_SETTINGS });
    expect(tomorrow.today.map((card) => [card.id, card.dueOn, card.woke])).toEqual([['thank-you|evt-1|bo', '2026-11-21', true]]);
  });

  it('keeps the market check out of the cards, as a line that can be dismissed', () => {
    const check: DueItem = { kind: 'market-check', lastInterviewOn: '2025-10-01', days: 415 };
    expect(group([check]).marketCheck?.id).toBe('market-check|2025-10-01');
    expect(group([check], { 'market-check|2025-10-01': { state: 'dismissed', at: '2026-11-20 10:00' } }).marketCheck).toBeNull();
  });
});

describe('due decisions', () => {
  it('names a thank-you by its interviewer, so adding their email later keeps the decision', () => {
    const withEmail: DueItem = { ...(thankYou('Ana', false) as Extract<DueItem, { kind: 'thank-you' }>), recipient: { name: 'Ana', email: 'ana@acme.com' } };
    expect(dueItemId(withEmail)).toBe(dueItemId(thankYou('Ana', false)));
  });

  it('treats a snooze as over on its day', () => {
    const snooze = { state: 'snoozed' as const, until: '2026-11-21', at: '2026-11-20 10:00' };
    expect([isHidden(snooze, '2026-11-20'), isHidden(snooze, '2026-11-21'), isHidden(undefined, '2026-11-20')]).toEqual([true, false, false]);
  });

  it('keeps at most the bound, dropping the oldest decisions first', () => {
    let decisions: DueDecisions = {};
    for (let day = 1; day <= 5; day++) decisions = recordDecision(decisions, `id-${day}`, { state: 'done', at: `2026-11-0${day} 10:00` }, 3);
    expect(Object.keys(decisions)).toEqual(['id-3', 'id-4', 'id-5']);
  });

  it('parses a stored value entry by entry, dropping what is broken', () => {
    expect(parseDueDecisions(null)).toEqual({});
    expect(parseDueDecisions('[1]')).toEqual({});
    expect(parseDueDecisions(JSON.stringify({ ok: { state: 'snoozed', until: '2026-13-01', at: 'x' }, fine: { state: 'done', at: 'x' } }))).toEqual({
      fine: { state: 'done', at: 'x' },
    });
  });
});

describe('listNextActions', () => {
  it('agrees with the next-action due rule on every stage', () => {
    for (const stage of [...STAGES, '', 'Unknown']) {
      const app = { id: 'a', company: 'X', role: 'Y', stage, nextAction: 'Call', nextActionDue: '2026-11-21' };
      expect(listNextActions([app], TODAY).length === 1, stage).toBe(passesTests(dueRule('next-action'), app));
    }
  });

  it('leaves out rows without an id, an action or a readable day', () => {
    const base = { id: 'a', company: 'X', role: 'Y', stage: 'Applied', nextAction: 'Call', nextActionDue: '2026-11-21' };
    expect(
      listNextActions(
        [
          { ...base, id: '' },
          { ...base, nextAction: ' ' },
          { ...base, nextActionDue: 'soon' },
        ],
        TODAY,
      ),
    ).toEqual([]);
  });
});

describe('dueGroups', () => {
  it('adds the next actions of the week and counts every card but the market-check line', () => {
    const app = { id: 'a', company: 'X', role: 'Y', stage: 'Applied', nextAction: 'Call', nextActionDue: '2026-11-21' };
    const groups = dueGroups({
      items: [followUp('2026-11-13'), { kind: 'market-check', lastInterviewOn: '2025-01-01', days: 688 }],
      applications: [app, { ...app, id: 'b', nextActionDue: '2026-12-11' }],
      decisions: {},
      now: `${TODAY} 16:00`,
      settings: DEFAULT_DUE_SETTINGS,
    });
    expect([ids(groups.today), ids(groups.thisWeek), groups.marketCheck?.id]).toEqual([
      ['follow-up|app-1|2026-11-13'],
      ['next-action|a|2026-11-21|call'],
      'market-check|2025-01-01',
    ]);
    expect(dueCardCount(groups)).toBe(2);
  });
});

describe('thankYouNotYet', () => {
  it('holds a thank-you back until the round has ended, an all-day round until its day is over', () => {
    expect(thankYouNotYet({ start: '2026-11-20 09:00', end: '2026-11-20 10:00' }, '2026-11-20 09:59')).toMatch(/^This interview has not ended yet/);
    expect(thankYouNotYet({ start: '2026-11-20 09:00', end: '2026-11-20 10:00' }, '2026-11-20 10:00')).toBeNull();
    expect(thankYouNotYet({ start: '2026-11-20' }, '2026-11-20 18:00')).not.toBeNull();
    expect(thankYouNotYet({}, '2026-11-20 18:00')).toBeNull();
  });
});
