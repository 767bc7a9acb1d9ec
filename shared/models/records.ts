/**
 * Rows as the sidebar sees them: every cell as text (days and times as wall
 * strings), plus the sheet row it came from for messages. JSON-safe, so they
 * cross `google.script.run` unchanged.
 */

/** One Applications row; keys are the schema's column keys. */
export interface ApplicationRecord {
  id: string;
  company: string;
  role: string;
  stage: string;
  source: string;
  appliedOn: string;
  link: string;
  contact: string;
  contactEmail: string;
  nextAction: string;
  nextActionDue: string;
  lastUpdate: string;
  notes: string;
  salary: string;
  location: string;
  /** On-site, Hybrid or Remote. */
  remote: string;
  jobDescription: string;
  resumeVersion: string;
  /** 1-based sheet row at read time (for messages only; rows are found by id). */
  row: number;
}

/** One Interviews row (the fields the sidebar shows and edits). */
export interface InterviewRecord {
  eventId: string;
  start: string;
  end: string;
  title: string;
  company: string;
  role: string;
  round: string;
  interviewers: string;
  meetingLink: string;
  calendarStatus: string;
  applicationId: string;
  thankYou: string;
  notes: string;
  row: number;
}
