/**
 * "What is due" as conditional formats, so the sheet shows it without the
 * sidebar. Formulas follow the header layout (columns found by header) and
 * carry a mark, like the overdue rule of set-up, so the add-on recognises
 * its own rules and never adds one twice. Date cells hold date values
 * (ISNUMBER), as the add-on writes them. A formula sees one row only: the
 * follow-up rule counts silence from Applied on / Last update, without the
 * interviews the sidebar also considers.
 */
import { columnLetter } from '../schema/header-map.js';
import type { DueSettings } from './due-settings.js';

export interface DueFormatRule {
  readonly sheet: 'Interviews' | 'Applications';
  /** Marks the rule as NextRound's; N("…") is 0, so it does not change the result. */
  readonly mark: string;
  /** Custom formula for the data rows, written for row 2. */
  readonly formula: string;
  readonly background: string;
}

const MARKS = {
  thankYou: 'N("nextround:thank-you-due")',
  followUp: 'N("nextround:follow-up-due")',
  feedback: 'N("nextround:feedback-due")',
} as const;

type Layout = Readonly<Record<string, number>>;
const cell = (layout: Layout, key: string) => (layout[key] === undefined ? null : `$${columnLetter(layout[key])}2`);

/**
 * The rules for the current layouts of Interviews and Applications
 * (`HeaderMap.indexByKey`); a rule whose columns are absent is left out.
 */
export function buildDueFormatRules(interviews: Layout, applications: Layout, settings: DueSettings): DueFormatRule[] {
  const rules: DueFormatRule[] = [];
  const [end, status, thanks] = [cell(interviews, 'end'), cell(interviews, 'calendarStatus'), cell(interviews, 'thankYou')];
  if (end && status && thanks) {
    const after = `${settings.thankYouAfterHours}/24`;
    rules.push({
      sheet: 'Interviews',
      mark: MARKS.thankYou,
      formula: `=AND(${MARKS.thankYou}=0,ISNUMBER(${end}),${end}<=NOW()-${after},${end}>=NOW()-${settings.thankYouWindowDays},${status}<>"cancelled",OR(${thanks}="",${thanks}="Not yet"))`,
      background: '#fde7c7',
    });
  }
  const [stage, applied, update, drafts] = ['stage', 'appliedOn', 'lastUpdate', 'drafts'].map((key) => cell(applications, key));
  if (stage && applied && update) {
    const last = `MAX(N(${applied}),N(${update}))`;
    rules.push({
      sheet: 'Applications',
      mark: MARKS.followUp,
      formula: `=AND(${MARKS.followUp}=0,OR(${stage}="Applied",${stage}="Screening",${stage}="Interviewing"),${last}>0,${last}<=TODAY()-${settings.followUpAfterDays})`,
      background: '#fff2b3',
    });
  }
  if (stage && update) {
    const notAsked = drafts ? `,ISERROR(SEARCH("feedback-request",${drafts}))` : '';
    rules.push({
      sheet: 'Applications',
      mark: MARKS.feedback,
      formula: `=AND(${MARKS.feedback}=0,${stage}="Rejected",OR(${update}="",${update}>=TODAY()-${settings.feedbackWindowDays})${notAsked})`,
      background: '#e3ecfa',
    });
  }
  return rules;
}
