/**
 * The tracker workbook, declared once. The add-on's set-up, the sidebar's
 * forms, the sync planner and the .xlsx writer all read this schema, so a
 * header named here is the same everywhere.
 */
import type { SheetSpec } from './types.js';
import { STAGE_HISTORY } from './history-schema.js';
import { INSIGHTS } from './insights-schema.js';
import { CALENDAR_STATUSES, ROUND_TYPES, SOURCES, STAGES, TEMPLATE_KINDS, THANK_YOU_STATUSES, WORK_MODES } from './options.js';

export const APPLICATIONS: SheetSpec = {
  key: 'applications',
  name: 'Applications',
  idKey: 'id',
  columns: [
    { key: 'id', header: 'Application ID', type: 'id', owner: 'addon', required: true, hidden: true },
    { key: 'company', header: 'Company', type: 'text', owner: 'person', required: true, width: 160 },
    { key: 'role', header: 'Role', type: 'text', owner: 'person', required: true, width: 180 },
    { key: 'stage', header: 'Stage', type: 'enum', owner: 'person', required: true, options: STAGES, width: 110 },
    { key: 'source', header: 'Source', type: 'enum', owner: 'person', options: SOURCES, width: 110 },
    { key: 'appliedOn', header: 'Applied on', type: 'date', owner: 'person', width: 100 },
    { key: 'link', header: 'Job link', type: 'url', owner: 'person', width: 160 },
    { key: 'contact', header: 'Contact', type: 'text', owner: 'person', width: 140 },
    { key: 'contactEmail', header: 'Contact email', type: 'email', owner: 'person', width: 160 },
    { key: 'nextAction', header: 'Next action', type: 'text', owner: 'person', width: 180 },
    { key: 'nextActionDue', header: 'Next action due', type: 'date', owner: 'person', width: 110 },
    { key: 'firstResponseOn', header: 'First response on', type: 'date', owner: 'person', width: 110 },
    { key: 'lastUpdate', header: 'Last update', type: 'date', owner: 'addon', width: 100 },
    // Follow-up and feedback-request drafts made for this application (makes creating them idempotent).
    { key: 'drafts', header: 'Drafts', type: 'longtext', owner: 'addon', width: 160 },
    { key: 'notes', header: 'Notes', type: 'longtext', owner: 'person', width: 240 },
    // Added by issue 15 at the end, so set-up appends them to an existing tracker without moving anything.
    { key: 'salary', header: 'Salary', type: 'text', owner: 'person', width: 120 },
    { key: 'location', header: 'Location', type: 'text', owner: 'person', width: 140 },
    { key: 'workMode', header: 'Remote', type: 'enum', owner: 'person', options: WORK_MODES, width: 100 },
    // Postings disappear; the text is kept whole (a cell holds at most 50,000 characters).
    { key: 'jobDescription', header: 'Job description', type: 'longtext', owner: 'person', width: 240 },
    { key: 'resumeVersion', header: 'Résumé version', type: 'text', owner: 'person', width: 140 },
  ],
};

export const INTERVIEWS: SheetSpec = {
  key: 'interviews',
  name: 'Interviews',
  idKey: 'eventId',
  columns: [
    // A calendar event id, or `nr-…` for a round the person entered by hand.
    { key: 'eventId', header: 'Event ID', type: 'id', owner: 'calendar', required: true, hidden: true },
    { key: 'start', header: 'Start', type: 'datetime', owner: 'calendar', required: true, width: 130 },
    { key: 'end', header: 'End', type: 'datetime', owner: 'calendar', required: true, width: 130 },
    { key: 'timeZone', header: 'Time zone', type: 'text', owner: 'calendar', width: 110 },
    { key: 'title', header: 'Title', type: 'text', owner: 'calendar', required: true, width: 200 },
    { key: 'company', header: 'Company', type: 'text', owner: 'person', required: true, width: 140 },
    { key: 'role', header: 'Role', type: 'text', owner: 'person', required: true, width: 160 },
    { key: 'round', header: 'Round', type: 'enum', owner: 'person', options: ROUND_TYPES, width: 120 },
    { key: 'interviewers', header: 'Interviewers', type: 'text', owner: 'calendar', required: true, width: 200 },
    { key: 'meetingLink', header: 'Meeting link', type: 'url', owner: 'calendar', required: true, width: 160 },
    {
      key: 'calendarStatus',
      header: 'Calendar status',
      type: 'enum',
      owner: 'calendar',
      required: true,
      options: CALENDAR_STATUSES,
      width: 110,
    },
    { key: 'applicationId', header: 'Application ID', type: 'id', owner: 'person', hidden: true },
    { key: 'thankYou', header: 'Thank-you', type: 'enum', owner: 'person', options: THANK_YOU_STATUSES, width: 100 },
    { key: 'prep', header: 'Prep', type: 'longtext', owner: 'person', width: 220 },
    { key: 'wentWell', header: 'Went well', type: 'longtext', owner: 'person', width: 220 },
    { key: 'toImprove', header: 'To improve', type: 'longtext', owner: 'person', width: 220 },
    { key: 'lessons', header: 'Lessons', type: 'longtext', owner: 'person', width: 220 },
    { key: 'questionsAsked', header: 'Questions asked', type: 'longtext', owner: 'person', width: 220 },
    { key: 'selfRating', header: 'Self-rating', type: 'number', owner: 'person', width: 90 },
    { key: 'feedback', header: 'Feedback received', type: 'longtext', owner: 'person', width: 220 },
    { key: 'drafts', header: 'Drafts', type: 'longtext', owner: 'addon', width: 160 },
    { key: 'notes', header: 'Notes', type: 'longtext', owner: 'person', required: true, width: 240 },
    // The event's `updated` stamp: an older version of an event never overwrites a newer one.
    { key: 'eventVersion', header: 'Event version', type: 'text', owner: 'calendar', hidden: true },
  ],
};

export const CONTACTS: SheetSpec = {
  key: 'contacts',
  name: 'Contacts',
  idKey: 'id',
  columns: [
    { key: 'id', header: 'Contact ID', type: 'id', owner: 'addon', required: true, hidden: true },
    { key: 'name', header: 'Name', type: 'text', owner: 'person', required: true, width: 160 },
    { key: 'email', header: 'Email', type: 'email', owner: 'person', width: 180 },
    { key: 'company', header: 'Company', type: 'text', owner: 'person', width: 140 },
    { key: 'title', header: 'Title', type: 'text', owner: 'person', width: 140 },
    { key: 'link', header: 'Profile link', type: 'url', owner: 'person', width: 160 },
    { key: 'metAt', header: 'How we met', type: 'text', owner: 'person', width: 160 },
    { key: 'lastContact', header: 'Last contact', type: 'date', owner: 'person', width: 100 },
    { key: 'nextCheckIn', header: 'Next check-in', type: 'date', owner: 'person', width: 100 },
    { key: 'notes', header: 'Notes', type: 'longtext', owner: 'person', width: 240 },
  ],
};

export const TEMPLATES: SheetSpec = {
  key: 'templates',
  name: 'Templates',
  idKey: 'id',
  columns: [
    { key: 'id', header: 'Template ID', type: 'id', owner: 'addon', required: true, hidden: true },
    { key: 'name', header: 'Name', type: 'text', owner: 'person', required: true, width: 160 },
    { key: 'kind', header: 'Kind', type: 'enum', owner: 'person', required: true, options: TEMPLATE_KINDS, width: 130 },
    { key: 'subject', header: 'Subject', type: 'text', owner: 'person', required: true, width: 260 },
    { key: 'body', header: 'Body', type: 'longtext', owner: 'person', required: true, width: 420 },
  ],
};

/** The sheets "Set up tracker" creates, in tab order. */
export const TRACKER_SHEETS: readonly SheetSpec[] = [APPLICATIONS, INTERVIEWS, CONTACTS, TEMPLATES, STAGE_HISTORY, INSIGHTS];

/** Keys of the cells the calendar owns on the Interviews sheet. */
export const CALENDAR_OWNED_KEYS: readonly string[] = INTERVIEWS.columns.filter((column) => column.owner === 'calendar').map((column) => column.key);
