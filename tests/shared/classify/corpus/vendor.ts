/** Assessment vendors: invitations they send, or titles that name them; the vendor is never the company. */
import { invite, labelled, type Labelled } from './build.js';

const yes = (company: string, role: string, round: string) => ({ interview: true, company, role, round });

export const VENDOR: Labelled[] = [
  labelled(
    'vendor',
    yes('Unilever', '', 'Phone screen'),
    invite('HireVue assessment - Unilever', { from: 'Unilever Careers <noreply@hirevue.com>', link: false }),
  ),
  labelled(
    'vendor',
    yes('Acme', '', 'Take-home'),
    invite('CodeSignal test', {
      from: 'noreply@codesignal.com',
      description: 'Acme has invited you to take the CodeSignal General Coding Assessment.',
      link: false,
    }),
  ),
  labelled('vendor', yes('Booking.com', '', 'Take-home'), invite('HackerRank Coding Challenge – Booking.com')),
  labelled('vendor', yes('Revolut', 'Backend Developer', 'Take-home'), invite('Codility test for Backend Developer (Revolut)')),
  labelled(
    'vendor',
    yes('Roblox', '', 'Technical'),
    invite('Karat interview - Roblox', { from: 'Karat Scheduling <scheduling@karat.com>', others: ['Interview Engineer <ie@karat.com>'] }),
  ),
  labelled('vendor', yes('Indeed', '', 'Technical'), invite('Technical interview with Karat (on behalf of Indeed)', { from: 'scheduling@karat.io' })),
  labelled(
    'vendor',
    yes('Bolt', '', 'Take-home'),
    invite('TestGorilla assessment', { from: 'noreply@testgorilla.com', description: 'Bolt has invited you to complete an assessment.', link: false }),
  ),
  labelled('vendor', yes('JPMorgan Chase', '', 'Take-home'), invite('Pymetrics games - JPMorgan Chase')),
  labelled(
    'vendor',
    yes('Wayfair', '', 'Take-home'),
    invite('Coderbyte challenge', { description: 'Complete this challenge on behalf of Wayfair: https://coderbyte.com/sl/abc' }),
  ),
  labelled(
    'vendor',
    yes("L'Oréal", '', 'Phone screen'),
    invite('Complete your HireVue interview', {
      from: 'noreply@hirevue.eu',
      description: "L'Oréal has invited you to a video interview.",
      link: false,
      shape: 'ics',
    }),
  ),
  labelled('vendor', yes('Siemens', '', 'Phone screen'), invite('On-demand video interview (HireVue) - Siemens')),
  labelled('vendor', yes('Amazon', '', 'Take-home'), invite('Online assessment - Amazon', { from: 'Amazon Recruiting <no-reply@amazon.com>', link: false })),
  labelled('vendor', yes('HSBC', '', 'Take-home'), invite('SHL numerical reasoning test – HSBC')),
  labelled(
    'vendor',
    yes('Shopify', '', 'Technical'),
    invite('CoderPad live coding - Shopify', { from: 'Ana <ana@shopify.com>', description: 'Pad: https://app.coderpad.io/abc123' }),
  ),
  labelled(
    'vendor',
    yes('Grafana Labs', '', 'Take-home'),
    invite('Technical assessment for Grafana Labs', { description: 'Start here: https://app.codility.com/c/xyz' }),
  ),
  labelled('vendor', yes('Marriott', '', 'Phone screen'), invite('Video interview via Spark Hire | Marriott')),
  labelled('vendor', yes('Target', '', 'Take-home'), invite('Pre-employment assessment - Target', { from: 'assessments@criteriacorp.com', link: false })),
  labelled(
    'vendor',
    yes('Citadel', '', 'Technical'),
    invite('Interview with Karat', { from: 'scheduling@karat.com', description: 'You are scheduled for a technical interview on behalf of Citadel.' }),
  ),
  labelled('vendor', yes('Deloitte', '', 'Take-home'), invite('Deloitte – Immersive online assessment (Arctic Shores)')),
  labelled('vendor', yes('Coinbase', '', 'Take-home'), invite('CodeSignal Industry Coding Framework - Coinbase', { from: 'noreply@codesignal.com' })),
  labelled('vendor', yes('Unilever', '', 'Take-home'), invite('Unilever | Pymetrics games')),
  labelled('vendor', yes('Accenture', '', 'Phone screen'), invite('HireVue - Accenture', { shape: 'ics' })),
];
