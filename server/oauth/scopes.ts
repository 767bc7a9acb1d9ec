/**
 * The service's OAuth scopes: the narrowest that do the job. Each line says
 * why; README "Scopes" repeats it for reviewers.
 */
export const SERVICE_SCOPES = [
  /** Read events and open push channels (events.list, events.watch); never writes to the calendar. */
  'https://www.googleapis.com/auth/calendar.events.readonly',
  /** List the person's calendars so they can pick which to import (calendarList.list), names only. */
  'https://www.googleapis.com/auth/calendar.calendarlist.readonly',
  /** Write the tracker spreadsheet the person opened with NextRound, and no other Drive file. */
  'https://www.googleapis.com/auth/drive.file',
] as const;

/** Without this one nothing can be imported; a consent that unticks it is refused. */
export const REQUIRED_SCOPE = SERVICE_SCOPES[0];
