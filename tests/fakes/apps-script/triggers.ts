/**
 * ScriptApp's installable triggers, as strict as an Editor add-on meets
 * them: a time-driven trigger is built with newTrigger(fn).timeBased(),
 * runs at most hourly, and an add-on may hold only one trigger of each type
 * per user per document — a second time-driven one fails
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers,
 * "Restrictions"). getUserTriggers(spreadsheet) lists this user's triggers
 * on the document.
 */
import type { CallLog } from './call-log.js';

export interface FakeTrigger {
  readonly uid: string;
  readonly handler: string;
  readonly atHour: number | null;
  readonly everyDays: number | null;
  readonly timeZone: string | null;
  getUniqueId(): string;
  getHandlerFunction(): string;
}

export interface FakeTriggers {
  readonly list: FakeTrigger[];
  readonly global: Record<string, unknown>;
}

export function createTriggers(log: CallLog, authModes: Record<string, string>): FakeTriggers {
  const list: FakeTrigger[] = [];
  let next = 1;
  const newTrigger = (handler: string) => {
    const spec: { atHour: number | null; everyDays: number | null; timeZone: string | null; everyHours: number | null } = {
      atHour: null,
      everyDays: null,
      timeZone: null,
      everyHours: null,
    };
    const clock = {
      atHour(hour: number) {
        if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error('Exception: Invalid argument: hour');
        spec.atHour = hour;
        return clock;
      },
      everyDays(days: number) {
        spec.everyDays = days;
        return clock;
      },
      everyHours(hours: number) {
        spec.everyHours = hours;
        return clock;
      },
      inTimezone(zone: string) {
        spec.timeZone = zone;
        return clock;
      },
      create(): FakeTrigger {
        log.record('ScriptApp.create');
        if (list.length > 0) throw new Error('Exception: This add-on has created too many time-based triggers in this document for this Google Account.');
        if (spec.everyHours !== null && spec.everyHours < 1) throw new Error('Exception: Add-ons may not run time-driven triggers more than once an hour.');
        const uid = `trigger-${next++}`;
        const trigger: FakeTrigger = { uid, handler, ...spec, getUniqueId: () => uid, getHandlerFunction: () => handler };
        list.push(trigger);
        return trigger;
      },
    };
    return { timeBased: () => clock };
  };
  return {
    list,
    global: {
      AuthMode: authModes,
      newTrigger,
      getUserTriggers: () => {
        log.record('ScriptApp.getUserTriggers');
        return [...list];
      },
      deleteTrigger: (trigger: FakeTrigger) => {
        log.record('ScriptApp.deleteTrigger');
        const at = list.findIndex((candidate) => candidate.uid === trigger.uid);
        if (at >= 0) list.splice(at, 1);
      },
    },
  };
}
