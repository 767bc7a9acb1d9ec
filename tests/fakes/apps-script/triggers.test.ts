/**
 * The trigger fake's claims about Google, each from
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers
 * ("Restrictions": time-driven triggers at most hourly; one trigger of each
 * type per user per document).
 */
import { describe, expect, it } from 'vitest';
import { CallLog } from './call-log.js';
import { createTriggers } from './triggers.js';

type Clock = {
  atHour(h: number): Clock;
  everyDays(d: number): Clock;
  everyHours(h: number): Clock;
  inTimezone(z: string): Clock;
  create(): { getUniqueId(): string };
};
const scriptApp = () => {
  const fake = createTriggers(new CallLog(), {});
  const newTrigger = fake.global.newTrigger as (fn: string) => { timeBased(): Clock };
  return { fake, clock: () => newTrigger('run').timeBased() };
};

describe('the fake ScriptApp triggers', () => {
  it('refuses a second time-driven trigger on the same document for the same person', () => {
    const { clock } = scriptApp();
    clock().atHour(8).everyDays(1).create();
    expect(() => clock().atHour(9).everyDays(1).create()).toThrow(/too many time-based triggers/);
  });

  it('refuses an hour outside 0–23 and a trigger more often than hourly', () => {
    const { clock } = scriptApp();
    expect(() => clock().atHour(24)).toThrow(/hour/);
    expect(() => clock().everyHours(0).create()).toThrow(/once an hour/);
  });

  it('lists and deletes the person’s triggers', () => {
    const { fake, clock } = scriptApp();
    clock().atHour(8).everyDays(1).inTimezone('Europe/Berlin').create();
    const [trigger] = (fake.global.getUserTriggers as () => { getUniqueId(): string }[])();
    (fake.global.deleteTrigger as (t: unknown) => void)(trigger);
    expect(fake.list).toEqual([]);
  });
});
