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
