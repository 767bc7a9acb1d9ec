/**
 * The morning digest: opt-in per person and tracker, an hour in the sheet's
 * zone, one daily time-driven trigger (Editor add-ons get one per type per
 * user per document; hourly at most:
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
 *
 * The trigger never opens the spreadsheet (see shared/digest/plan-digest-week.ts
 * for why): the sidebar's Due list plans the week's digests, and the trigger
 * sends today's from the person's user properties. Mail goes through the
 * Gmail advanced service under `gmail.compose` (which the drafts already
 * need; it covers users.getProfile and users.messages.send), to the Gmail
 * profile's own address of the account the execution runs as — an
 * installable trigger runs as the person who created it
 * (https://developers.google.com/apps-script/guides/triggers/installable).
 * Session.getEffectiveUser().getEmail() would need `userinfo.email` as well.
 */
import type { AddonApi } from '../api/contract.js';
import { DigestSwitch } from '../api/inputs.js';
import type { DigestView } from '../api/views.js';
import { describeSkippedHours, findSkippedHours } from '../../shared/digest/digest-hour.js';
import { buildDigestMessage } from '../../shared/digest/digest-message.js';
import { planDigestWeek, pickDigest } from '../../shared/digest/plan-digest-week.js';
import type { DueDecisions } from '../../shared/due/due-decisions.js';
import { readDueDecisions } from './due-decisions.js';
import { renderDigest } from '../../shared/digest/render-digest.js';
import type { DueSettings } from '../../shared/due/due-settings.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { SheetRead, Tracker } from '../open-tracker.js';
import { openTracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';
import { createDateCodec } from '../sheets/dates.js';
import { readSettings } from '../settings.js';
import { DEFAULT_DUE_SETTINGS } from '../../shared/due/due-settings.js';
import { forgetDigest, forgetPlan, readDigestChoice, readSentOn, readStoredPlan, writeDigestChoice, writeDigestPlan, writeSentOn } from './digest-store.js';

export const DIGEST_HANDLER = 'sendMorningDigest';

/** The digest's state for the sidebar. */
export const loadDigest: AddonApi['loadDigest'] = () => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const choice = readDigestChoice(spreadsheet.getId());
  return view(spreadsheet.getSpreadsheetTimeZone(), choice?.hour ?? null);
};

/** Turns the digest on at an hour (one trigger, replaced when the hour changes) or off (trigger removed). */
export const saveDigest: AddonApi['saveDigest'] = (input: unknown) => {
  const { enabled, hour } = parseInput(DigestSwitch, input, 'saveDigest');
  const tracker = openTracker();
  const id = tracker.spreadsheet.getId();
  const existing = ownTriggers(tracker.spreadsheet);
  const choice = readDigestChoice(id);
  if (!enabled) {
    for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
    forgetDigest(id, choice?.triggerUid ?? null);
    return view(tracker.codec.timeZone, null);
  }
  const kept = choice && choice.hour === hour ? existing.find((trigger) => trigger.getUniqueId() === choice.triggerUid) : undefined;
  let triggerUid = kept?.getUniqueId();
  if (!triggerUid) {
    for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
    if (choice) forgetPlan(choice.triggerUid);
    const zone = tracker.codec.timeZone;
    triggerUid = ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().atHour(hour).everyDays(1).inTimezone(zone).create().getUniqueId();
  }
  writeDigestChoice(id, { hour, triggerUid });
  refreshDigestPlan(tracker, tracker.read(APPLICATIONS), tracker.read(INTERVIEWS), readSettings().due ?? DEFAULT_DUE_SETTINGS, readDueDecisions());
  return view(tracker.codec.timeZone, hour);
};

/**
 * Plans the next week's digests from rows already read (the Due list's), when
 * the person has the digest on for this tracker. No extra getValues.
 */
export function refreshDigestPlan(tracker: Tracker, applications: SheetRead, interviews: SheetRead, settings: DueSettings, decisions: DueDecisions): void {
  const choice = readDigestChoice(tracker.spreadsheet.getId());
  if (!choice) return;
  const plan = planDigestWeek({
    applications: applications.rows,
    interviews: interviews.rows,
    now: tracker.codec.toWall(new Date(), true),
    hour: choice.hour,
    zoneName: tracker.codec.timeZone,
    timeZone: tracker.codec.offsets,
    settings,
    decisions,
    links: { spreadsheetUrl: tracker.spreadsheet.getUrl(), gids: { Applications: applications.sheet.getSheetId(), Interviews: interviews.sheet.getSheetId() } },
  });
  writeDigestPlan(choice.triggerUid, plan);
}

/** The daily trigger: sends today's planned digest once, to the person's own address; nothing on an empty day. */
export function sendMorningDigest(event?: { triggerUid?: unknown }): void {
  // Any client can call a top-level function: only a trigger's own id (a short string) goes further, and it can only send the caller's own digest to themselves.
  const uid = event?.triggerUid;
  if (typeof uid !== 'string' || uid === '' || uid.length > 200) return;
  const plan = readStoredPlan(uid);
  if (!plan) return;
  const today = createDateCodec(plan.timeZone).toWall(new Date(), false);
  const digest = pickDigest(plan, today);
  const mail = digest ? renderDigest(digest, plan.links) : null;
  if (!mail || readSentOn(uid) === today) return;
  const gmail = typeof Gmail === 'undefined' ? undefined : Gmail;
  // The address of the account this execution runs as; the message has no other recipient.
  const own = gmail?.Users?.getProfile('me').emailAddress;
  if (!gmail || !own) return;
  gmail.Users?.Messages?.send({ raw: buildDigestMessage(own, mail).raw }, 'me');
  writeSentOn(uid, today);
}

function ownTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((trigger) => trigger.getHandlerFunction() === DIGEST_HANDLER);
}

function view(timeZone: string, hour: number | null): DigestView {
  const today = createDateCodec(timeZone).toWall(new Date(), false);
  const skipped = hour === null ? null : describeSkippedHours(hour, timeZone, findSkippedHours(hour, timeZone, today));
  return { enabled: hour !== null, hour, timeZone, skippedHourNote: skipped };
}
