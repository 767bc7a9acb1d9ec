/** Dropdown values. Order is the order people see, and the funnel order for stages. */

export const STAGES = [
  'Wishlist',
  'Applied',
  'Screening',
  'Interviewing',
  'Offer',
  'Accepted',
  'Rejected',
  'Withdrawn',
  'Ghosted',
] as const;
export type Stage = (typeof STAGES)[number];

export const SOURCES = [
  'Company site',
  'LinkedIn',
  'Referral',
  'Recruiter',
  'Job board',
  'Networking',
  'Other',
] as const;

export const ROUND_TYPES = [
  'Recruiter call',
  'Phone screen',
  'Technical',
  'Take-home',
  'Onsite',
  'Hiring manager',
  'Panel',
  'Final',
  'Other',
] as const;

/** `manual` marks a round the person entered; the others mirror the calendar. */
export const CALENDAR_STATUSES = ['confirmed', 'tentative', 'cancelled', 'manual'] as const;
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number];

export const THANK_YOU_STATUSES = ['Not yet', 'Drafted', 'Sent', 'Not needed'] as const;

export const TEMPLATE_KINDS = ['thank-you', 'feedback-request', 'follow-up', 'check-in'] as const;
