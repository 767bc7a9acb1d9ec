/**
 * Everything a batch of drafts needs, read in three getValues (Interviews,
 * Applications, Templates) and decided by the core: the target row found by
 * its id, the template, and one preview per recipient. previewDrafts and
 * createDrafts both call this, createDrafts again inside the lock, so the
 * drafts are always bound to the row as it is now.
 */
import type { DraftTarget } from '../api/inputs.js';
import type { TemplateChoice } from '../api/views.js';
import { NextRoundError } from '../../shared/errors.js';
import { APPLICATIONS, INTERVIEWS, TEMPLATES } from '../../shared/schema/tracker-schema.js';
import type { Table, TableRow } from '../../shared/tracker/read-table.js';
import { companyRoleKey } from '../../shared/due/link-rows.js';
import { listDue } from '../../shared/due/list-due.js';
import { DEFAULT_DUE_SETTINGS } from '../../shared/due/due-settings.js';
import { thankYouNotYet } from '../../shared/due/thank-you-timing.js';
import { parseInterviewers, type Person } from '../../shared/mail/address.js';
import { previewDraft, previewThankYous, type DraftPreview } from '../../shared/mail/preview-drafts.js';
import { buildPlaceholderValues } from '../../shared/templates/placeholders.js';
import { listTemplatesOfKind, parseTemplateRow, type TemplateRow } from '../../shared/templates/template-row.js';
import type { DateCodec } from '../sheets/dates.js';
import { findRow, openTracker } from '../open-tracker.js';
import { readSettings } from '../settings.js';
import { isFromCalendar } from '../../shared/tracker/calendar-owned.js';
import { DRAFT_WORDS } from '../../shared/words/draft-words.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DraftContext {
  readonly codec: DateCodec;
  /** The sheet holding the target row, its table and the row itself. */
  readonly sheet: Sheet;
  readonly table: Table;
  readonly row: TableRow;
  readonly title: string;
  readonly template: TemplateRow;
  readonly templates: TemplateChoice[];
  readonly previews: DraftPreview[];
  readonly problems: string[];
  /** Whether a missing address may be typed in the sidebar: a calendar round's interviewers follow the event. */
  readonly emailEditable: boolean;
}

/** Reads the three sheets and previews the target's drafts. */
export function readDraftContext(target: DraftTarget, now: Date): DraftContext {
  const { codec, read } = openTracker();
  const interviews = read(INTERVIEWS);
  const applications = read(APPLICATIONS);
  const templateRows = read(TEMPLATES).rows;
  const problems: string[] = [];
  const templates: TemplateRow[] = [];
  for (const row of templateRows) {
    try {
      templates.push(parseTemplateRow(row.cells, `Templates row ${row.row}`));
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  const settings = readSettings();
  const person = { name: settings.myName ?? '' };
  const topic = target.topic;

  if ('interviewId' in target) {
    const row = findRow(interviews, INTERVIEWS, 'eventId', target.interviewId);
    const interview = row.cells;
    const application =
      applications.rows.find((candidate) => candidate.cells.id !== '' && candidate.cells.id === interview.applicationId) ??
      applications.rows.find((candidate) => companyRoleKey(candidate.cells) === companyRoleKey(interview));
    const template = pickTemplate(templates, 'thank-you', target.templateId);
    const notYet = thankYouNotYet(interview, codec.toWall(now, true));
    const emailEditable = !isFromCalendar(interview.calendarStatus);
    const previews = previewThankYous({ interview, application: application?.cells, template, person, topic }).map((preview): DraftPreview => {
      if (notYet) return { ...preview, status: 'blocked', message: notYet, missing: [], unknown: [] };
      // A calendar round's missing address belongs on the event, not the row.
      if (preview.status === 'blocked' && preview.recipient && !preview.recipient.email && !emailEditable) {
        return { ...preview, message: DRAFT_WORDS.fromCalendar(preview.recipient.name) };
      }
      return preview;
    });
    const title = [interview.company, interview.role, interview.round].filter(Boolean).join(' · ');
    return {
      codec,
      sheet: interviews.sheet,
      table: interviews,
      row,
      title,
      template,
      templates: choices(templates, 'thank-you'),
      previews,
      problems,
      emailEditable,
    };
  }

  const row = findRow(applications, APPLICATIONS, 'id', target.applicationId);
  const application = row.cells;
  const own = interviews.rows
    .map((candidate) => candidate.cells)
    .filter(
      (interview) =>
        interview.calendarStatus !== 'cancelled' && (interview.applicationId === application.id || companyRoleKey(interview) === companyRoleKey(application)),
    );
  const latest = own.reduce<Record<string, string> | undefined>(
    (best, interview) => (!best || (interview.start ?? '') > (best.start ?? '') ? interview : best),
    undefined,
  );
  const template = pickTemplate(templates, target.kind, target.templateId);
  const due = listDue({
    applications: [application],
    interviews: own,
    now: codec.toWall(now, true),
    settings: settings.due ?? DEFAULT_DUE_SETTINGS,
    timeZone: codec.offsets,
  }).items;
  const silent = due.find((item) => item.kind === 'follow-up');
  const recipient = pickRecipient(application, latest);
  const values = buildPlaceholderValues({
    application,
    interview: latest,
    recipient: recipient ?? undefined,
    person,
    topic,
    daysSilent: silent?.kind === 'follow-up' ? silent.silentDays : undefined,
  });
  const preview = previewDraft({ kind: target.kind, rowId: application.id ?? '', recipient, template, values, draftsCell: application.drafts });
  const title = [application.company, application.role].filter(Boolean).join(' · ');
  return {
    codec,
    sheet: applications.sheet,
    table: applications,
    row,
    title,
    template,
    templates: choices(templates, target.kind),
    previews: [preview],
    problems,
    emailEditable: true,
  };
}

/** The application's contact when it has an address, else the first interviewer with one in its latest round. */
function pickRecipient(application: Readonly<Record<string, string>>, latest: Readonly<Record<string, string>> | undefined): Person | null {
  const email = (application.contactEmail ?? '').trim();
  if (email) return { name: (application.contact ?? '').trim(), email };
  const interviewer = latest ? parseInterviewers(latest.interviewers).find((person) => person.email) : undefined;
  return interviewer ?? null;
}

function pickTemplate(templates: readonly TemplateRow[], kind: TemplateRow['kind'], id: string | undefined): TemplateRow {
  const ofKind = listTemplatesOfKind(templates, kind);
  const template = id === undefined ? ofKind[0] : ofKind.find((candidate) => candidate.id === id);
  if (template) return template;
  throw new NextRoundError(
    'NOT_FOUND',
    id === undefined
      ? `The Templates sheet has no ${kind} template; add one, or run Set up tracker to add the defaults.`
      : `The Templates sheet has no ${kind} template with the ID "${id}"; it may have been deleted or changed kind.`,
    { where: `${TEMPLATES.name}!Template ID` },
  );
}

function choices(templates: readonly TemplateRow[], kind: TemplateRow['kind']): TemplateChoice[] {
  return listTemplatesOfKind(templates, kind).map(({ id, name }) => ({ id, name }));
}
