/** The application and interview-round forms, over the shared plain field definitions. */
import { APPLICATION_FORM } from '../../../shared/models/application-fields.js';
import { INTERVIEW_FORM } from '../../../shared/models/interview-fields.js';
import { checkForm, type FieldDef } from '../../../shared/models/field-checks.js';
import { DEFAULT_STAGE } from '../../../shared/stages/stage-definitions.js';
import type { ApplicationRecord, InterviewRecord } from '../../../shared/models/records.js';
import { server } from '../server.js';
import { renderForm, type FieldSpec } from './form.js';
import type { Panel } from './panel.js';
import { FORM_WORDS, editNamed } from './forms-text.js';
import { jobName } from './hub-keys.js';
import { isFromCalendar } from '../../../shared/tracker/calendar-owned.js';

// Rows are found by id only; without one, a save could not find this row again.
const NO_ID = FORM_WORDS.noId;

/** The fields a person fills in (row ids travel hidden). */
const shown = (fields: readonly FieldDef[]): FieldSpec[] => fields.filter((field) => field.kind !== 'id');

export const applicationFormPanel: Panel<{ panel: 'application-form'; record: ApplicationRecord | null }> = {
  id: 'application-form',
  title: null,
  place: (route) => [route.record ? editNamed(jobName(route.record)) : FORM_WORDS.addJob],
  render(context, { record }) {
    // A new job was most likely applied for today, in the sheet's zone.
    const initial: Record<string, string> = record
      ? { ...record, row: String(record.row) }
      : { stage: DEFAULT_STAGE, appliedOn: context.view.now.slice(0, 10) };
    return renderForm({
      id: 'application-form',
      fields: shown(APPLICATION_FORM.fields),
      initial,
      hidden: record?.id ? { id: record.id } : {},
      locked: record && !record.id ? NO_ID : undefined,
      parse: (values) => checkForm(APPLICATION_FORM, values),
      save: (value) => server.saveApplication(value),
      context,
    });
  },
};

const CALENDAR_FIELDS = new Set(['start', 'end', 'title', 'interviewers', 'meetingLink']);

export const interviewFormPanel: Panel<{ panel: 'interview-form'; record: InterviewRecord | null }> = {
  id: 'interview-form',
  title: null,
  place: (route) => [route.record ? editNamed(route.record.title || route.record.company) : FORM_WORDS.addRound],
  render(context, { record }) {
    const fromCalendar = record !== null && isFromCalendar(record.calendarStatus);
    // Two jobs at one company are told apart by stage and date.
    const applications = context.view.applications
      .filter((a) => a.id)
      .map((a) => ({ value: a.id, label: [jobName(a), a.stage, a.appliedOn].filter(Boolean).join(' · ') }));
    const base = shown(INTERVIEW_FORM.fields).map((field) =>
      field.key === 'applicationId' ? { ...field, label: FORM_WORDS.pickJob, choices: applications } : field,
    );
    const fields = base.map((field) => {
      const owned = fromCalendar && CALENDAR_FIELDS.has(field.key);
      return { ...field, readOnly: owned, hint: owned ? FORM_WORDS.fromCalendar : undefined };
    });
    const initial: Record<string, string> = record ? { ...record, row: String(record.row) } : {};
    const form = renderForm({
      id: 'interview-form',
      note: fromCalendar ? FORM_WORDS.fromCalendarNote : undefined,
      fields,
      initial,
      hidden: record?.eventId ? { eventId: record.eventId } : {},
      locked: record && !record.eventId ? NO_ID : undefined,
      parse: (values) => checkForm(INTERVIEW_FORM, values),
      save: (value) => server.saveInterview(value),
      context,
    });
    fillFromApplication(form, context.view.applications);
    endFollowsStart(form);
    return form;
  },
};

/** Picking an application fills an empty Company and Role from it. */
function fillFromApplication(form: HTMLElement, applications: readonly ApplicationRecord[]): void {
  const select = form.querySelector<HTMLSelectElement>('#f-applicationId');
  select?.addEventListener('change', () => {
    const chosen = applications.find((a) => a.id === select.value);
    for (const key of ['company', 'role'] as const) {
      const input = form.querySelector<HTMLInputElement>(`#f-${key}`);
      if (chosen && input && input.value.trim() === '') input.value = chosen[key];
    }
  });
}

/** A new start with no end yet gets an end one hour later (most rounds last an hour); the person may change it. */
function endFollowsStart(form: HTMLElement): void {
  const start = form.querySelector<HTMLInputElement>('#f-start');
  const end = form.querySelector<HTMLInputElement>('#f-end');
  if (start?.type !== 'datetime-local' || end?.type !== 'datetime-local' || end.readOnly) return;
  start.addEventListener('change', () => {
    const at = start.valueAsNumber;
    if (end.value === '' && Number.isFinite(at)) end.valueAsNumber = at + 60 * 60 * 1000;
  });
}
