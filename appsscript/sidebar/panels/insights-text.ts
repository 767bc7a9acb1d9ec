/** The words of the Insights screen: its charts, skills to build, résumé versions and the question bank (how the catalogue is laid out: words.ts). */
import { countOf } from '../../../shared/insights/insights-wording.js';

export enum INSIGHTS_TEXT {
  title = 'Insights',
  loading = 'Looking back…',
  empty = 'Nothing to look back on yet. Add the jobs you apply for and debrief your interviews: your funnel, response rates and what to improve gather here.',
  rebuild = 'Rebuild Insights sheet',
  exportCsv = 'Export activity CSV',
  showCsv = 'Show the CSV text',
  funnel = 'Funnel',
  funnelChart = 'Applications reaching each stage, out of those that applied',
  sources = 'Response rate by source',
  sourcesChart = 'Share of applications that heard back, by source',
  months = 'Interviews per month',
  monthNumbers = 'Each month’s count',
  rounds = 'Pass rate by round',
  improve = 'To improve, most often',
  questions = 'Questions you were asked',
  cellsToCheck = 'Cells to check',
  nothingYet = 'Nothing written yet: debriefs fill this in.',
  // Skills to build and résumé versions (also the Prepare note)
  skills = 'Skills to build',
  skillsEmpty = 'Nothing yet: requirements you mark without evidence in Prepare, and "to improve" notes from your debriefs, gather here.',
  resumes = 'Response rate by résumé version',
  resumesEmpty = 'Fill the Résumé version column of Applications to compare versions.',
  prepSkills = 'On your skills-to-build list',
  // The question bank (also Prepare's "Asked before")
  bank = 'Question bank',
  bankEmpty = 'Questions you note in your debriefs gather here, with your answer notes (write them after → on the same line).',
  askedBefore = 'Asked before',
  sameCompany = 'at this company',
  sameRoundType = 'in this round type',
}

export const sheetRebuilt = (sheet: string, rows: number) => `The ${sheet} sheet now has ${countOf(rows, 'row')}.`;
export const exported = (entries: number, filename: string) => `${countOf(entries, 'entry', 'entries')} exported to ${filename}.`;
export const marketCheckDays = (lastInterviewOn: string, days: number) =>
  `Your last interview was on ${lastInterviewOn}, ${countOf(days, 'day')} ago. Interviewing at least once a year keeps you close to your market.`;
export const monthCount = (month: string, count: number) => `${month}: ${countOf(count, 'interview')}`;

export const skillLine = (roles: number, interviews: number, last: string) =>
  `${countOf(roles, 'role')} asking · ${countOf(interviews, 'interview')} raising · last ${last}`;
export const resumeLine = (responded: number, applied: number, rate: number | null) =>
  `${responded} of ${applied} answered${rate === null ? '' : ` (${Math.round(rate * 100)} %)`}`;
export const prepSkillLine = (requirement: string, roles: number, interviews: number) =>
  `${requirement}: asked by ${countOf(roles, 'role')}, raised in ${countOf(interviews, 'interview')}`;
export const askedWhy = (why: 'same company' | 'same round type') => (why === 'same company' ? INSIGHTS_TEXT.sameCompany : INSIGHTS_TEXT.sameRoundType);
