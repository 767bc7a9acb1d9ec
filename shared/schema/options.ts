/** Dropdown values. Order is the order people see. */

// Stages and thank-you statuses mean more than a dropdown: they are defined in shared/stages.
export { STAGES, THANK_YOU_STATUSES, type Stage } from '../stages/index.js';

export const SOURCES = ['Company site', 'LinkedIn', 'Referral', 'Recruiter', 'Job board', 'Networking', 'Other'] as const;

/** Where the work happens. */
export const WORK_MODES = ['On-site', 'Hybrid', 'Remote'] as const;

export const ROUND_TYPES = ['Recruiter call', 'Phone screen', 'Technical', 'Take-home', 'Onsite', 'Hiring manager', 'Panel', 'Final', 'Other'] as const;

/** `manual` marks a round the person entered; the others mirror the calendar. */
export const CALENDAR_STATUSES = ['confirmed', 'tentative', 'cancelled', 'manual'] as const;
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number];

export const TEMPLATE_KINDS = ['thank-you', 'feedback-request', 'follow-up', 'check-in'] as const;
