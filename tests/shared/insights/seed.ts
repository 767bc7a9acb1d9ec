/**
 * A seeded job search to test "Look back" against: by default 200
 * applications and 400 rounds, built so every expected number can be worked
 * out by hand from the construction (outcomes by index, not by chance);
 * the PRNG (mulberry32) only picks names, roles and minutes, which no
 * insight depends on. Scales by `applications` (the bench uses 5,000 →
 * 10,000 rounds) with the same shape.
 *
 * Application i: source SOURCES[i % 7]; applied 2025-01-01 + 2·(i % 200)
 * days; answer after d = 1 + i % 9 days; path i % 10:
 *   0–1 Applied, silence · 2–3 Ghosted · 4 Rejected without a round
 *   5 Recruiter call, Phone screen → Rejected
 *   6 … + Technical → Rejected · 7 … + Onsite → Rejected
 *   8 … + Onsite, Final → Offer (with stage history)
 *   9 Recruiter call, Phone screen, Technical, Take-home, Hiring manager, Panel → still Interviewing
 * Round j starts d + 2 + 7j days after applying, at 10:00–10:45.
 */
import { SOURCES } from '../../../shared/schema/options.js';
import { seededRandom } from '../../support/seeded-random.js';

export const SEED_NOW = '2026-03-20 12:00';

const PATHS: Readonly<Record<number, readonly string[]>> = {
  5: ['Recruiter call', 'Phone screen'],
  6: ['Recruiter call', 'Phone screen', 'Technical'],
  7: ['Recruiter call', 'Phone screen', 'Technical', 'Onsite'],
  8: ['Recruiter call', 'Phone screen', 'Technical', 'Onsite', 'Final'],
  9: ['Recruiter call', 'Phone screen', 'Technical', 'Take-home', 'Hiring manager', 'Panel'],
};
const STAGES_BY_PATH = ['Applied', 'Applied', 'Ghosted', 'Ghosted', 'Rejected', 'Rejected', 'Rejected', 'Rejected', 'Offer', 'Interviewing'];
export const IMPROVE = [
  'Be more concise when explaining my projects',
  'Practise system design trade-offs',
  'Research the company product before the call',
  'Prepare STAR examples with numbers',
  'Test edge cases before saying I am done',
  'Slow down; I rushed the first answer',
  'Learn Kubernetes basics',
  '',
];
export const QUESTIONS = [
  'Tell me about yourself',
  'tell me about yourself?',
  'Why do you want to work here?',
  'Describe a conflict in your team',
  'What is your biggest weakness?',
  '',
];
const COMPANIES = ['Acme', 'Initech', 'Globex', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne'];
const ROLES = ['Data Engineer', 'Backend Developer', 'Product Manager', 'SRE', 'Analyst'];
const PEOPLE = ['Ana Pérez', 'Bo Chen', 'Chris Okafor', 'Dee Müller', 'Eli Cohen', 'Fay Ng'];

const DAY = 86_400_000;
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const time = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

export interface SeedData {
  applications: Record<string, string>[];
  interviews: Record<string, string>[];
  history: Record<string, string>[];
}

export function generateSeedData(applicationCount = 200, seed = 7): SeedData {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const data: SeedData = { applications: [], interviews: [], history: [] };
  const base = Date.UTC(2025, 0, 1);
  for (let i = 0; i < applicationCount; i++) {
    const path = i % 10;
    const applied = base + (i % 200) * 2 * DAY;
    const d = 1 + (i % 9);
    const id = `app-${i}`;
    const company = `${pick(COMPANIES)} ${i}`;
    const role = pick(ROLES);
    data.applications.push({
      id,
      company,
      role,
      stage: STAGES_BY_PATH[path]!,
      source: SOURCES[i % 7]!,
      appliedOn: date(applied),
      firstResponseOn: path >= 4 ? date(applied + d * DAY) : '',
      lastUpdate: date(applied),
      contact: '',
      contactEmail: '',
      notes: '',
    });
    (PATHS[path] ?? []).forEach((round, j) => {
      const start = applied + (d + 2 + 7 * j) * DAY + 10 * 3_600_000 + Math.floor(random() * 4) * 15 * 60_000;
      const person = pick(PEOPLE);
      const improve = IMPROVE[(i + j) % 8]!;
      const question = QUESTIONS[(i * 3 + j) % 6]!;
      data.interviews.push({
        eventId: `ev-${i}-${j}`,
        start: time(start),
        end: time(start + 3_600_000),
        title: `${round} with ${company}`,
        company,
        role,
        round,
        interviewers: `${person} <${person.split(' ')[0]!.toLowerCase()}@example.com>`,
        meetingLink: '',
        calendarStatus: 'confirmed',
        applicationId: id,
        thankYou: 'Sent',
        prep: '',
        wentWell: '',
        toImprove: improve === 'Learn Kubernetes basics' && i % 2 === 0 ? '• learn kubernetes basics.' : improve && `• ${improve}`,
        lessons: '',
        questionsAsked: question && `• ${question}`,
        selfRating: '',
        feedback: '',
        drafts: '',
        notes: '',
      });
      if (path === 8 && j >= 1) {
        const [fromStage, toStage] = j === 1 ? ['Screening', 'Interviewing'] : j === 4 ? ['Interviewing', 'Offer'] : ['', ''];
        if (fromStage) data.history.push({ id: `chg-${i}-${j}`, applicationId: id, company, role, fromStage, toStage, changedAt: time(start - DAY) });
      }
    });
    if (path === 8) {
      data.history.push({
        id: `chg-${i}-0`,
        applicationId: id,
        company,
        role,
        fromStage: 'Applied',
        toStage: 'Screening',
        changedAt: time(applied + d * DAY + 9 * 3_600_000),
      });
    }
  }
  return data;
}
