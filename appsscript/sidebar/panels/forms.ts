/** The application and interview-round forms, over the shared zod schemas. */
import { ApplicationForm } from '../../../shared/models/application.js';
import { InterviewForm } from '../../../shared/models/interview.js';
import { parseForm } from '../../../shared/models/field-errors.js';
import { ROUND_TYPES, SOURCES, STAGES } from '../../../shared/schema/options.js';
import { DEFAULT_STAGE } from '../../../shared/stages/stage-definitions.js';
import type { ApplicationRecord, InterviewRecord } from '../../../shared/models/records.js';
import { server } from '../server.js';
import { renderForm, type FieldSpec } from './form.js';
import type { Panel } from './panel.js';

const DAY = 'YYYY-MM-DD';
// Rows are found by id only; without one, a save could not find this row again.
const NO_ID = 'This row has no ID in its hidden ID column, so NextRound cannot find it again. Edit it in the sheet, or add it here as a new entry.';
const MOMENT = 'YYYY-MM-DD HH:mm';

const APPLICATION_FIELDS: readonly FieldSpec[] = [
  { key: 'company', label: 'Company', kind: 'text' },
  { key: 'role', label: 'Role', kind: 'text' },
  { key: 'stage', label: 'Stage', kind: 'select', options: STAGES },
  { key: 'source', label: 'Source', kind: 'select', options: SOURCES },
  { key: 'appliedOn', label: 'Applied on', kind: 'text', placeholder: DAY },
  { key: 'link', label: 'Job link', kind: 'text', placeholder: 'https://' },
  { key: 'contact', label: 'Contact', kind: 'text' },
  { key: 'contactEmail', label: 'Contact email', kind: 'text' },
  { key: 'nextAction', label: 'Next action', kind: 'text' },
  { key: 'nextActionDue', label: 'Next action due', kind: 'text', placeholder: DAY },
  { key: 'notes', label: 'Notes', kind: 'textarea' },
];

export const applicationFormPanel: Panel<{ panel: 'application-form'; record: ApplicationRecord | null }> = {
  id: 'application-form',
  title: null,
  render(context, { record }) {
    const initial: Record<string, string> = record ? { ...record, row: String(record.row) } : { stage: DEFAULT_STAGE };
    return renderForm({
      id: 'application-form',
      title: record ? `Edit ${record.company}` : 'Add an application',
      fields: APPLICATION_FIELDS,
      initial,
      hidden: record?.id ? { id: record.id } : {},
      locked: record && !record.id ? NO_ID : undefined,
      parse: (values) => parseForm(ApplicationForm, values),
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
    const base: FieldSpec[] = [
      {
        key: 'applicationId',
        label: 'Application',
        kind: 'select',
        choices: context.view.applications.filter((a) => a.id).map((a) => ({ value: a.id, label: `${a.company} · ${a.role}` })),
      },
      { key: 'company', label: 'Company', kind: 'text' },
      { key: 'role', label: 'Role', kind: 'text' },
      { key: 'round', label: 'Round', kind: 'select', options: ROUND_TYPES },
      { key: 'start', label: 'Start', kind: 'text', placeholder: MOMENT },
      { key: 'end', label: 'End', kind: 'text', placeholder: MOMENT },
      { key: 'title', label: 'Title', kind: 'text', placeholder: 'Round · Company' },
      { key: 'interviewers', label: 'Interviewers', kind: 'text' },
      { key: 'meetingLink', label: 'Meeting link', kind: 'text', placeholder: 'https://' },
      { key: 'notes', label: 'Notes', kind: 'textarea' },
    ];
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
      parse: (values) => parseForm(InterviewForm, values),
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
