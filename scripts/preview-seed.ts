/**
 * The preview's sample data: one believable three-month job search, dated
 * relative to today in the sheet's zone. Varied companies, roles, sources
 * and stages; rounds at real times with named interviewers and their
 * addresses, linked to their application; some debriefed, some with an
 * outcome; one interview that ended a few hours ago (its thank-yous due,
 * ready to draft), one tomorrow. No security fixtures: this is what the README's
 * pictures show.
 */
import { addDays } from '../shared/time/days.js';
import { formatDate, parseDateTime } from '../shared/time/formats.js';
import { wallTimeToInstant } from '../shared/time/wall-time.js';
import { APPLICATIONS, INTERVIEWS } from '../shared/schema/tracker-schema.js';
import { STAGE_HISTORY } from '../shared/schema/history-schema.js';
import type { SheetSpec } from '../shared/schema/types.js';
import { writeAsPerson, type FakeSpreadsheet } from '../tests/fakes/apps-script/index.js';

type Cells = Record<string, unknown>;

interface Job {
  id: string;
  company: string;
  role: string;
  stage: string;
  source: string;
  applied: number;
  contact?: [string, string];
  next?: [string, number];
  notes?: string;
}

// [id, company, role, stage, source, applied N days ago, contact, next action in N days]
const JOBS: Job[] = [
  {
    id: 'app-lumen',
    company: 'Lumen Health',
    role: 'Senior Backend Engineer',
    stage: 'Interviewing',
    source: 'Referral',
    applied: 41,
    contact: ['Priya Raman', 'priya.raman@lumenhealth.example'],
    next: ['Prepare system design examples', 1],
  },
  {
    id: 'app-northwind',
    company: 'Northwind Logistics',
    role: 'Platform Engineer',
    stage: 'Interviewing',
    source: 'LinkedIn',
    applied: 30,
    contact: ['Tom Becker', 'tom.becker@northwind.example'],
    next: ['Send take-home questions', 2],
  },
  {
    id: 'app-fjord',
    company: 'Fjord Analytics',
    role: 'Staff Engineer, Data',
    stage: 'Offer',
    source: 'Recruiter',
    applied: 62,
    contact: ['Ingrid Solberg', 'ingrid@fjordanalytics.example'],
    next: ['Reply to the offer', 3],
    notes: 'Offer: base + equity; asked for a week to decide.',
  },
  {
    id: 'app-kestrel',
    company: 'Kestrel Robotics',
    role: 'Backend Engineer',
    stage: 'Screening',
    source: 'Company site',
    applied: 12,
    contact: ['Maya Chen', 'maya.chen@kestrel.example'],
  },
  {
    id: 'app-orbit',
    company: 'Orbit Payments',
    role: 'Senior Software Engineer',
    stage: 'Applied',
    source: 'Job board',
    applied: 9,
    next: ['Follow up with the hiring team', -1],
  },
  { id: 'app-tessel', company: 'Tessel', role: 'Engineering Manager', stage: 'Applied', source: 'Networking', applied: 4 },
  {
    id: 'app-brightline',
    company: 'Brightline Energy',
    role: 'Software Engineer, APIs',
    stage: 'Rejected',
    source: 'Company site',
    applied: 70,
    contact: ['Leo Martins', 'leo.martins@brightline.example'],
  },
  { id: 'app-harbor', company: 'Harbor & Co', role: 'Backend Engineer', stage: 'Ghosted', source: 'Job board', applied: 84 },
  {
    id: 'app-quill',
    company: 'Quill Learning',
    role: 'Senior Engineer',
    stage: 'Withdrawn',
    source: 'LinkedIn',
    applied: 55,
    notes: 'Withdrew: fully on-site.',
  },
  {
    id: 'app-atlas',
    company: 'Atlas Maps',
    role: 'Platform Engineer',
    stage: 'Rejected',
    source: 'Referral',
    applied: 48,
    contact: ['Sara Okafor', 'sara.okafor@atlasmaps.example'],
  },
  {
    id: 'app-cobalt',
    company: 'Cobalt Security',
    role: 'Senior Backend Engineer',
    stage: 'Wishlist',
    source: 'Networking',
    applied: -1,
    next: ['Ask Jonas for an intro', 4],
  },
  {
    id: 'app-meridian',
    company: 'Meridian Bank',
    role: 'Software Engineer',
    stage: 'Screening',
    source: 'Recruiter',
    applied: 16,
    contact: ['Olivia Grant', 'olivia.grant@meridian.example'],
    next: ['Book the phone screen', 0],
  },
];

interface Round {
  id: string;
  app: string;
  round: string;
  day: number;
  time: string;
  minutes: number;
  interviewers: string;
  debrief?: { wentWell: string; toImprove: string; lessons?: string; questions?: string; rating?: number };
  thankYou?: string;
}

const ROUNDS: Round[] = [
  {
    id: 'nr-fjord-1',
    app: 'app-fjord',
    round: 'Recruiter call',
    day: -55,
    time: '10:00',
    minutes: 30,
    interviewers: 'Ingrid Solberg <ingrid@fjordanalytics.example>',
    thankYou: 'Sent',
    debrief: {
      wentWell: 'Clear story on why data platforms',
      toImprove: 'Salary expectations: have a number ready',
      questions: 'Why are you leaving your current role?',
    },
  },
  {
    id: 'nr-fjord-2',
    app: 'app-fjord',
    round: 'Technical',
    day: -44,
    time: '14:00',
    minutes: 60,
    interviewers: 'Anders Lie <anders.lie@fjordanalytics.example>, Mei Tan <mei.tan@fjordanalytics.example>',
    thankYou: 'Sent',
    debrief: {
      wentWell: 'Streaming pipeline design',
      toImprove: 'Talk through trade-offs before coding',
      lessons: 'Ask about data volume first',
      questions: 'Design a deduplicating event pipeline',
      rating: 4,
    },
  },
  {
    id: 'nr-fjord-3',
    app: 'app-fjord',
    round: 'Onsite',
    day: -30,
    time: '09:30',
    minutes: 180,
    interviewers: 'Kari Holm <kari.holm@fjordanalytics.example>, Anders Lie <anders.lie@fjordanalytics.example>',
    thankYou: 'Sent',
    debrief: { wentWell: 'Team fit conversation', toImprove: 'STAR examples were too long', questions: 'Tell me about a conflict in your team', rating: 4 },
  },
  {
    id: 'nr-brightline-1',
    app: 'app-brightline',
    round: 'Phone screen',
    day: -60,
    time: '16:30',
    minutes: 45,
    interviewers: 'Leo Martins <leo.martins@brightline.example>',
    thankYou: 'Sent',
    debrief: { wentWell: 'REST API design questions', toImprove: 'Brush up on SQL window functions', questions: 'Tell me about yourself' },
  },
  {
    id: 'nr-brightline-2',
    app: 'app-brightline',
    round: 'Technical',
    day: -50,
    time: '11:00',
    minutes: 90,
    interviewers: 'Nadia Roy <nadia.roy@brightline.example>',
    thankYou: 'Sent',
    debrief: {
      wentWell: 'Kept calm when stuck',
      toImprove: 'SQL window functions again; practise',
      lessons: 'Clarify the schema before writing queries',
      questions: 'Rank customers by monthly spend',
      rating: 2,
    },
  },
  {
    id: 'nr-atlas-1',
    app: 'app-atlas',
    round: 'Recruiter call',
    day: -40,
    time: '13:00',
    minutes: 30,
    interviewers: 'Sara Okafor <sara.okafor@atlasmaps.example>',
    thankYou: 'Sent',
    debrief: { wentWell: 'Good rapport', toImprove: 'Research the product beforehand', questions: 'Tell me about yourself' },
  },
  {
    id: 'nr-atlas-2',
    app: 'app-atlas',
    round: 'Technical',
    day: -33,
    time: '15:00',
    minutes: 60,
    interviewers: 'Ben Ito <ben.ito@atlasmaps.example>',
    thankYou: 'Not needed',
    debrief: { wentWell: 'Graph traversal question', toImprove: 'Explain complexity out loud', questions: 'Shortest path with road closures', rating: 3 },
  },
  {
    id: 'nr-lumen-1',
    app: 'app-lumen',
    round: 'Recruiter call',
    day: -35,
    time: '10:30',
    minutes: 30,
    interviewers: 'Priya Raman <priya.raman@lumenhealth.example>',
    thankYou: 'Sent',
    debrief: { wentWell: 'Shared mission', toImprove: 'Have a number ready for salary', questions: 'Why healthcare?' },
  },
  {
    id: 'nr-lumen-2',
    app: 'app-lumen',
    round: 'Technical',
    day: -21,
    time: '14:30',
    minutes: 75,
    interviewers: 'Jonas Weber <jonas.weber@lumenhealth.example>, Ada Brooks <ada.brooks@lumenhealth.example>',
    thankYou: 'Drafted',
    debrief: { wentWell: 'Pairing felt natural', toImprove: 'Test edge cases earlier', questions: 'Build a rate limiter', rating: 4 },
  },
  {
    id: 'nr-northwind-1',
    app: 'app-northwind',
    round: 'Phone screen',
    day: -20,
    time: '17:00',
    minutes: 30,
    interviewers: 'Tom Becker <tom.becker@northwind.example>',
    thankYou: 'Sent',
    debrief: { wentWell: 'Kubernetes experience landed', toImprove: 'Shorter answers', questions: 'Tell me about yourself' },
  },
  {
    id: 'nr-northwind-2',
    app: 'app-northwind',
    round: 'Hiring manager',
    day: -2,
    time: '11:00',
    minutes: 45,
    interviewers: 'Elena Petrova <elena.petrova@northwind.example>',
  },
  {
    id: 'nr-meridian-1',
    app: 'app-meridian',
    round: 'Recruiter call',
    day: -8,
    time: '09:00',
    minutes: 30,
    interviewers: 'Olivia Grant <olivia.grant@meridian.example>',
    thankYou: 'Sent',
  },
  {
    id: 'nr-lumen-3',
    app: 'app-lumen',
    round: 'Onsite',
    day: 0,
    time: 'recent',
    minutes: 120,
    interviewers: 'Ruth Adler <ruth.adler@lumenhealth.example>, Sam Osei <sam.osei@lumenhealth.example>',
  },
  { id: 'nr-kestrel-1', app: 'app-kestrel', round: 'Phone screen', day: 1, time: '10:00', minutes: 30, interviewers: 'Maya Chen <maya.chen@kestrel.example>' },
  {
    id: 'nr-northwind-3',
    app: 'app-northwind',
    round: 'Take-home',
    day: 6,
    time: '09:00',
    minutes: 60,
    interviewers: 'Elena Petrova <elena.petrova@northwind.example>',
  },
];

/**
 * The wall `YYYY-MM-DD HH:mm` `day` days from today at `time`. "recent" is a
 * round that ended shortly before now at a believable hour: three hours
 * before now in the afternoon, yesterday at 15:00 in the morning (either
 * way its thank-yous are due and not yet overdue).
 */
function wallAt(now: string, day: number, time: string): string {
  if (time === 'recent') {
    const [h, m] = now.slice(11, 16).split(':').map(Number);
    if (h! < 12) return `${addDays(now.slice(0, 10), -1)} 15:00`;
    const total = Math.floor((h! * 60 + m! - 180) / 30) * 30;
    return `${now.slice(0, 10)} ${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  }
  return `${addDays(now.slice(0, 10), day)} ${time}`;
}

/** Writes the search into a set-up workbook; `now` is the wall time in `zone`. */
export function seedBelievableSearch(spreadsheet: FakeSpreadsheet, now: Date, zone: string): void {
  const wallNow = formatWallNow(now, zone);
  const instant = (wall: string) => new Date(wallTimeToInstant(parseDateTime(wall)!, zone));
  const day = (offset: number) => instant(`${addDays(wallNow.slice(0, 10), offset)} 00:00`);
  const byId = new Map(JOBS.map((job) => [job.id, job]));

  const applications: Cells[] = JOBS.map((job) => ({
    id: job.id,
    company: job.company,
    role: job.role,
    stage: job.stage,
    source: job.source,
    appliedOn: job.applied >= 0 ? day(-job.applied) : '',
    contact: job.contact?.[0] ?? '',
    contactEmail: job.contact?.[1] ?? '',
    nextAction: job.next?.[0] ?? '',
    nextActionDue: job.next ? day(job.next[1]) : '',
    lastUpdate: day(-Math.min(Math.max(job.applied, 0), 5)),
    notes: job.notes ?? '',
  }));
  const interviews: Cells[] = ROUNDS.map((round) => {
    const job = byId.get(round.app)!;
    const start = wallAt(wallNow, round.day, round.time);
    const startAt = instant(start);
    return {
      eventId: round.id,
      start: startAt,
      end: new Date(startAt.getTime() + round.minutes * 60_000),
      timeZone: zone,
      title: `${round.round} · ${job.company}`,
      company: job.company,
      role: job.role,
      round: round.round,
      interviewers: round.interviewers,
      meetingLink: `https://meet.google.com/${round.id.replace(/[^a-z]/g, '').slice(0, 3)}-${round.id.length}abc-xyz`,
      // Typed in by hand (the preview's calendar holds only new events, which Calendar → Import brings in).
      calendarStatus: 'manual',
      applicationId: round.app,
      thankYou: round.thankYou ?? '',
      wentWell: round.debrief?.wentWell ?? '',
      toImprove: round.debrief?.toImprove ?? '',
      lessons: round.debrief?.lessons ?? '',
      questionsAsked: round.debrief?.questions ?? '',
      selfRating: round.debrief?.rating ?? '',
      notes: '',
    };
  });
  // Outcomes the search reached, as Stage history records them.
  const history: Cells[] = [
    ['app-fjord', 'Interviewing', 'Offer', -12],
    ['app-brightline', 'Interviewing', 'Rejected', -45],
    ['app-atlas', 'Interviewing', 'Rejected', -28],
    ['app-lumen', 'Screening', 'Interviewing', -30],
    ['app-northwind', 'Screening', 'Interviewing', -15],
  ].map(([id, from, to, offset], index) => {
    const job = byId.get(String(id))!;
    return {
      id: `hist-${index}`,
      applicationId: id,
      company: job.company,
      role: job.role,
      fromStage: from,
      toStage: to,
      changedAt: instant(`${addDays(wallNow.slice(0, 10), Number(offset))} 18:00`),
    };
  });
  write(spreadsheet, APPLICATIONS, applications);
  write(spreadsheet, INTERVIEWS, interviews);
  write(spreadsheet, STAGE_HISTORY, history);
}

function formatWallNow(now: Date, zone: string): string {
  const date = formatDate(now.getTime(), zone);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
  return `${date} ${time}`;
}

function write(spreadsheet: FakeSpreadsheet, spec: SheetSpec, rows: readonly Cells[]): void {
  const sheet = spreadsheet.getSheetByName(spec.name);
  if (!sheet) throw new Error(`preview seed: no sheet ${spec.name}; set up the tracker first`);
  const headers = sheet.peekValues()[0] ?? [];
  rows.forEach((cells, index) => {
    for (const [key, value] of Object.entries(cells)) {
      const header = spec.columns.find((column) => column.key === key)?.header;
      const column = headers.indexOf(header ?? '');
      if (column < 0) throw new Error(`preview seed: no column ${key} in ${spec.name}`);
      if (value !== '') writeAsPerson(sheet, index + 2, column + 1, value);
    }
  });
}
