/** A seeded tracker for the digest tests: one morning, 2026-12-02 08:00 in Berlin, with something in every section. */
import { DEFAULT_DUE_SETTINGS } from '../../../shared/due/due-settings.js';
import type { NumberedRow } from '../../../shared/digest/build-digest.js';
import type { DigestLinks } from '../../../shared/digest/digest-types.js';

export const LINKS: DigestLinks = {
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc123/edit',
  gids: { Applications: 0, Interviews: 1_234 },
};

export const SETTINGS = { ...DEFAULT_DUE_SETTINGS, marketCheck: false };

export const APPLICATIONS: NumberedRow[] = [
  { row: 2, cells: { id: 'a1', company: 'Acme <Labs>', role: 'Engineer', stage: 'Interviewing', appliedOn: '2026-11-20', lastUpdate: '2026-11-30' } },
  { row: 3, cells: { id: 'a2', company: 'Globex', role: 'SRE', stage: 'Applied', appliedOn: '2026-11-10', lastUpdate: '2026-11-10' } },
  {
    row: 4,
    cells: { id: 'a3', company: 'Initech', role: 'Dev', stage: 'Rejected', lastUpdate: '2026-11-28', contact: 'Bill', contactEmail: 'bill@initech.example' },
  },
];

const prep = 'Requirements:\n[x] TypeScript → shipped a compiler\n[ ] Kubernetes\nQuestions to ask:\n[ ] Team size?';

export const INTERVIEWS: NumberedRow[] = [
  {
    row: 2,
    cells: {
      eventId: 'e-today',
      start: '2026-12-02 10:00',
      end: '2026-12-02 11:00',
      company: 'Acme <Labs>',
      role: 'Engineer',
      round: 'Technical',
      meetingLink: 'https://meet.example/abc?x=1&y="2"',
      calendarStatus: 'confirmed',
      applicationId: 'a1',
      prep,
    },
  },
  {
    row: 3,
    cells: {
      eventId: 'e-tomorrow',
      start: '2026-12-03 09:30',
      end: '2026-12-03 10:00',
      company: 'Acme <Labs>',
      role: 'Engineer',
      round: 'Final',
      meetingLink: 'javascript:alert(1)',
      applicationId: 'a1',
    },
  },
  {
    row: 4,
    cells: {
      eventId: 'e-past',
      start: '2026-12-01 14:00',
      end: '2026-12-01 15:00',
      company: 'Acme <Labs>',
      role: 'Engineer',
      round: 'Phone screen',
      interviewers: 'Ana Lima <ana@acme.example>',
      applicationId: 'a1',
    },
  },
  {
    row: 5,
    cells: { eventId: 'e-cancelled', start: '2026-12-02 15:00', end: '2026-12-02 16:00', company: 'Umbrella', role: 'QA', calendarStatus: 'cancelled' },
  },
];
