/**
 * What a blocked draft card says when the fix is not in the template: the
 * person has not signed their drafts yet, or the missing address belongs
 * to a calendar event. Template authors still get render-template's own
 * message for every other problem.
 */
export const DRAFT_WORDS = {
  signFirst: 'Sign your drafts above first: your name goes at the end of each one.',
  // A calendar round's Interviewers follow the event's guests: an address typed here would be overwritten by the next import.
  fromCalendar: (name: string) =>
    `${name || 'This interviewer'} comes from the calendar event: add their address to the event's guests, and the next import brings it here.`,
} as const;
