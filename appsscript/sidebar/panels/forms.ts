/** The application and interview-round forms, over the shared plain field definitions. */
import { APPLICATION_FORM } from '../../../shared/models/application-fields.js';
import { INTERVIEW_FORM } from '../../../shared/models/interview-fields.js';
import { checkForm, type FieldDef } from '../../../shared/models/field-checks.js';
import { DEFAULT_STAGE } from '../../../shared/stages/stage-definitions.js';
import type { ApplicationRecord, InterviewRecord } from '../../../shared/models/records.js';
import { server } from '../server.js';
import { renderForm, type FieldSpec } from './form.js';
import type { Panel } from './panel.js';

// Rows are found by id only; without one, a save could not find this row again.
const NO_ID = 'This row has no ID in its hidden ID column, so NextRound cannot find it again. Edit it in the sheet, or add it here as a new entry.';

/** The fields a person fills in (row ids travel hidden). */
const shown = (fields: readonly FieldDef[]): FieldSpec[] => fields.filter((field) => field.kind !== 'id');

export const applicationFormPanel: Panel<{ panel: 'application-form'; record: ApplicationRecord | null }> = {
  id: 'application-form',
  title: null,
  render(context, { record }) {
    const initial: Record<string, string> = record ? { ...record, row: String(record.row) } : { stage: DEFAULT_STAGE };
    return renderForm({
      id: 'application-form',
      title: record ? `Edit ${record.company}` : 'Add an application',
      fields: shown(APPLICATION_FORM.fields),
      initial,
      hidden: record?.id ? { id: record.id } : {},
      locked: record && !record.id ? NO_ID : undefined,
      parse: (values) => checkForm(APPLICATION_FORM, values),
      save: (value) => server.saveApplication(value),
      back: { panel: 'applications' },
      context,
    });
  },
};

const CALENDAR_FIELDS = new Set(['start', 'end', 'title', 'interviewers', 'meetingLink']);

export const interviewFormPanel: Panel<{ panel: 'interview-form'; record: InterviewRecord | null }> = {
  id: 'interview-form',
  title: null,
  render(context, { record }) {
    const fromCalendar = record !== null && record.calendarStatus.trim().toLowerCase() !== 'manual';
    const applications = context.view.applications.filter((a) => a.id).map((a) => ({ value: a.id, label: `${a.company} · ${a.role}` }));
    const base = shown(INTERVIEW_FORM.fields).map((field) => (field.key === 'applicationId' ? { ...field, choices: applications } : field));
    const fields = base.map((field) => ({ ...field, readOnly: fromCalendar && CALENDAR_FIELDS.has(field.key) }));
    const initial: Record<string, string> = record ? { ...record, row: String(record.row) } : {};
    const form = renderForm({
      id: 'interview-form',
      title: record ? `Edit ${record.title || record.company}` : 'Add an interview round',
      note: fromCalendar ? 'Time, title, interviewers and link follow your calendar.' : undefined,
      fields,
      initial,
      hidden: record?.eventId ? { eventId: record.eventId } : {},
      locked: record && !record.eventId ? NO_ID : undefined,
      parse: (values) => checkForm(INTERVIEW_FORM, values),
      save: (value) => server.saveInterview(value),
      back: { panel: 'interviews' },
      context,
    });
    fillFromApplication(form, context.view.applications);
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
