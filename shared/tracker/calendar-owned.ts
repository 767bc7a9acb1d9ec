/**
 * A round imported from a calendar keeps its time, title, interviewers and
 * link in step with the event, so they are changed there; only a round
 * added by hand (Calendar status "manual") is the person's to edit here.
 */
export const isFromCalendar = (calendarStatus: unknown): boolean =>
  String(calendarStatus ?? '')
    .trim()
    .toLowerCase() !== 'manual';
