/**
 * What every add-on function accepts, as zod schemas: each exported function
 * parses its input with one of these first (any client can call it, so its
 * arguments are untrusted). The sidebar imports them with `import type`
 * only, for the contract's parameter types. Rows are named by their id,
 * never a row number, so a sort or filter between two calls cannot move
 * the target to another row.
 */
import * as z from 'zod';
import { TemplateRow } from '../../shared/templates/template-row.js';
import { APPLICATION_DRAFT_KINDS } from '../../shared/stages/stage-queries.js';
import { REPLY_KINDS } from '../../shared/reply/reply-rules.js';
import { WallDate } from '../../shared/time/index.js';

const Id = z.string().trim().min(1).max(300);

/** One interview round, by its Event ID. */
export const InterviewRef = z.object({ interviewId: Id });
export const ApplicationRef = z.object({ applicationId: Id });
export type InterviewRef = z.infer<typeof InterviewRef>;

/** The checklist itself is parsed by the core's `parsePrep`, which names the broken field. */
export const SavePrepInput = z.object({ interviewId: Id, prep: z.unknown() });
export type SavePrepInput = z.infer<typeof SavePrepInput>;

/** The debrief is parsed by the core's `parseDebrief`. */
export const SaveDebriefInput = z.object({ interviewId: Id, debrief: z.unknown() });
export type SaveDebriefInput = z.infer<typeof SaveDebriefInput>;

/** `receivedOn` and `text` are checked by the core's `appendFeedback`. */
export const AddFeedbackInput = z.object({ interviewId: Id, receivedOn: z.string().max(40), text: z.string().max(4000) });
export type AddFeedbackInput = z.infer<typeof AddFeedbackInput>;

/** The stage is checked against the schema's list by the core's `planStageChange`. */
/** One application or interview row to delete, by its id. */
export const DeleteEntryInput = z.object({ what: z.enum(['application', 'interview']), id: Id });

export const ChangeStageInput = z.object({ applicationId: Id, stage: z.string().max(60) });
export type ChangeStageInput = z.infer<typeof ChangeStageInput>;

const DraftCommon = {
  /** Template ID; absent means the first template of the kind, in sheet order. */
  templateId: Id.optional(),
  /** Typed in the sidebar: fills `{{topic}}`. */
  topic: z.string().max(300).optional(),
};
const ForInterview = z.object({ interviewId: Id, ...DraftCommon });
// The drafts an application's stage can make due (Stage definitions' `draft`).
const ForApplication = z.object({ applicationId: Id, kind: z.enum(APPLICATION_DRAFT_KINDS), ...DraftCommon });
const Create = {
  /** The keys (`rowId|email|kind`) of the previews the person saw. */
  keys: z.array(z.string().min(1).max(600)).min(1).max(50),
  /** Make a new draft even when the row records one for the same recipient. */
  forceNew: z.boolean().optional(),
};

/** Whose drafts: an interview's thank-yous, or an application's follow-up or feedback request. */
export const DraftTarget = z.union([ForInterview, ForApplication]);
export type DraftTarget = z.infer<typeof DraftTarget>;

/** "Create drafts": the target again, and the keys of the previews the person saw. */
export const CreateDraftsInput = z.union([ForInterview.extend(Create), ForApplication.extend(Create)]);
export type CreateDraftsInput = z.infer<typeof CreateDraftsInput>;

/** Done, Dismiss or Snooze (until a day) on one due item, by its stable id; `undo` brings it back. */
export const DueDecisionInput = z.object({
  id: z.string().min(1).max(300),
  decision: z.enum(['done', 'dismissed', 'snoozed', 'undo']),
  until: WallDate.optional(),
});

/** An address typed on a draft card whose recipient has none: it is written to the row the card drafts from. */
export const RecipientEmailInput = z.union([
  z.object({ interviewId: Id, name: z.string().trim().max(200), email: z.string().trim().min(1).max(254) }),
  z.object({ applicationId: Id, name: z.string().trim().max(200).optional(), email: z.string().trim().min(1).max(254) }),
]);

/** The name that signs drafts (`{{my_name}}`). */
export const MyNameInput = z.object({ myName: z.string().trim().min(1).max(200) });

/** One template, by its Template ID. */
export const TemplateRef = z.object({ id: TemplateRow.shape.id });

/** A template edited in the sidebar: no id adds a new row. */
export const TemplateInput = TemplateRow.extend({ id: TemplateRow.shape.id.optional() });

/** The calendars to import from now on. */
export const ChooseCalendarsInput = z.object({ calendarIds: z.array(z.string().min(1).max(320)).max(50) });

/** The calendars the add-on imports itself (Calendar advanced service). */
export const ImportCalendarsInput = z.object({ calendarIds: z.array(z.string().trim().min(1).max(320)).min(1).max(20) });
export const CalendarImportSwitch = z.object({ enabled: z.boolean() });
/** `onlyIfStale`: the sidebar opening; a pass runs only when the last one is older than a few minutes. */
/** The person's answer about one maybe-interview (looked up in the last report by id: the title is never taken from the caller). */
export const MaybeInterviewChoice = z.object({ eventId: z.string().min(1).max(1024), choice: z.enum(['import', 'ignore']) });
/** A calendar feed's address as pasted (checked again by feedUrl). */
export const CalendarFeedInput = z.object({ url: z.string().trim().min(1).max(2_200) });
export const SyncCalendarsInput = z.object({ onlyIfStale: z.boolean().default(false) }).default({ onlyIfStale: false });

/** A posting's address as pasted (checked against the allow-list before any fetch). */
export const JobLinkInput = z.object({ url: z.string().trim().min(1).max(2_082) });
export type JobLinkInput = z.infer<typeof JobLinkInput>;

/** A posting's text pasted when its page cannot be read (HTML or text; cut to a cell by the core). */
export const JobTextInput = z.object({ text: z.string().trim().min(1).max(500_000), url: z.string().trim().max(2_082).default('') });
export type JobTextInput = z.infer<typeof JobTextInput>;

const Line = (max: number) => z.string().trim().max(max).default('');

/** The previewed job as the person confirmed it (requirements are found again from the description, never taken from the caller). */
export const AddJobInput = z.object({
  company: z.string().trim().min(1).max(300),
  role: z.string().trim().min(1).max(300),
  location: Line(500),
  remote: z.enum(['', 'Remote', 'Hybrid', 'On-site']).default(''),
  salary: Line(200),
  link: Line(2_082),
  employmentType: Line(200),
  datePosted: Line(10),
  jobDescription: z.string().max(50_000).default(''),
  /** Add even when the tracker has the same link, or the same company and role. */
  addAnyway: z.boolean().default(false),
});
export type AddJobInput = z.infer<typeof AddJobInput>;

/** Where an import reads from: a CSV file's bytes as base64 (5 MB at most), or another sheet of this spreadsheet. */
const ImportSource = z.union([
  z.object({ fileName: z.string().trim().min(1).max(200), csvBase64: z.string().min(1).max(7_000_000) }),
  z.object({ sheetName: z.string().trim().min(1).max(200) }),
]);

/** The import's source and the person's choices so far (each optional: the preview proposes them). */
export const ImportInput = z.object({
  source: ImportSource,
  /** One entry per source column: a field key or null (checked by the core's checkMapping). */
  mapping: z.array(z.string().max(40).nullable()).max(100).optional(),
  stageValues: z.record(z.string().max(200), z.string().max(60)).optional(),
  dayOrder: z.enum(['dmy', 'mdy']).optional(),
});
export type ImportInput = z.infer<typeof ImportInput>;

/** The morning digest on at an hour of the sheet's zone (0–23), or off. */
export const DigestSwitch = z.union([
  z.object({ enabled: z.literal(true), hour: z.number().int().min(0).max(23) }),
  z.object({ enabled: z.literal(false), hour: z.number().int().min(0).max(23).optional() }),
]);
export type DigestSwitch = z.infer<typeof DigestSwitch>;

/** A pasted reply; `applicationId` when the person picked the application themselves. */
export const PreviewReplyInput = z.object({ text: z.string().max(20_000), applicationId: Id.optional() });

/** What the person confirmed (they may have edited the proposal); the stage is checked by planStageChange. */
export const ConfirmReplyInput = z.object({
  applicationId: Id,
  reply: z.enum(REPLY_KINDS),
  stage: z.string().max(60).nullable(),
  nextAction: z.string().trim().max(300),
  nextActionDue: WallDate.or(z.literal('')),
});
