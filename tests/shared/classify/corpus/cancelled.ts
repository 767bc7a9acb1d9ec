/**
 * Cancelled interviews (kept as rows marked cancelled), and cancelled
 * events that are no interview (still not imported).
 */
import type { CalendarEvent } from '../../../../shared/sync/calendar-event.js';
import { invite, labelled, type Labelled } from './build.js';

const cancelled = (event: CalendarEvent): CalendarEvent => ({ ...event, status: 'cancelled', updated: '2026-05-03T08:00:00.000Z' });
const yes = (company: string) => ({ interview: true, company });
const no = { interview: false };

export const CANCELLED: Labelled[] = [
  labelled('cancelled', yes('Stripe'), cancelled(invite('Phone Screen - Stripe', { from: 'Maya Chen <maya.chen@stripe.com>' }))),
  labelled('cancelled', yes('Airbus'), cancelled(invite("Entretien d'embauche - Airbus", { from: 'Claire <claire@airbus.com>', shape: 'ics' }))),
  labelled('cancelled', yes('Acme'), cancelled(invite('Technical interview - Acme', { from: 'Jordan <jordan@hays.com>' }))),
  labelled('cancelled', yes('Unilever'), cancelled(invite('HireVue assessment - Unilever', { from: 'noreply@hirevue.com' }))),
  labelled('cancelled', yes('Datadog'), cancelled(invite('Onsite Interview', { via: 'greenhouse', from: 'Ravi <ravi@datadoghq.com>' }))),
  labelled('cancelled', yes('SAP'), cancelled(invite('Vorstellungsgespräch - SAP', { from: 'hr@sap.com', shape: 'ics' }))),
  labelled('cancelled', yes('Goldman Sachs'), cancelled(invite('Superday - Goldman Sachs', { from: 'campus@gs.com' }))),
  labelled('cancelled', yes('Canva'), cancelled(invite('Call with recruiter', { from: 'Tom <tom@canva.com>' }))),
  labelled('cancelled', yes('楽天'), cancelled(invite('面接 - 楽天', { from: 'saiyo@rakuten.co.jp' }))),
  labelled('cancelled', yes('Figma'), cancelled(invite('Hiring Manager Interview - Figma', { via: 'ashby', from: 'Zoe <zoe@figma.com>' }))),
  labelled('cancelled', no, cancelled(invite('Dentist'))),
  labelled('cancelled', no, cancelled(invite('Mock interview with Dana', { from: 'dana.r@gmail.com' }))),
  labelled('cancelled', no, cancelled(invite('Interview candidate: Ana Lima', { mine: true, from: 'ana.lima@gmail.com' }))),
  labelled('cancelled', no, cancelled(invite('Team offsite', { from: 'Lee <lee@initrode.com>' }))),
];
