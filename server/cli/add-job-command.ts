/**
 * `nextround add-job <url-or-file>`: reads a posting (a saved page or a
 * pasted description in a file, or an https address fetched with the same
 * SSRF-safe fetch as calendar feeds, 2 MB at most) with the add-on's
 * extraction, prints what it found, and with `--out` adds it to a local
 * tracker (a duplicate is refused unless `--add-anyway`).
 */
import { readFile } from 'node:fs/promises';
import { NextRoundError } from '../../shared/errors.js';
import { extractPosting } from '../../shared/jobs/extract-posting.js';
import { extractRequirements, type Requirement } from '../../shared/jobs/extract-requirements.js';
import { tidyText } from '../../shared/jobs/html-text.js';
import { formatSalary, type JobPosting, pastedPosting } from '../../shared/jobs/job-posting.js';
import { findSameApplication, indexApplications } from '../../shared/import/same-application.js';
import { formatApplicationChecklist } from '../../shared/prep/application-checklist.js';
import { formatDate } from '../../shared/time/index.js';
import { fetchIcsText } from '../ics/safe-fetch.js';
import { isUrl } from '../ics/ics-source.js';
import { appendToTracker } from './tracker-append.js';

export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

export interface AddJobCommand {
  target: string;
  out: string | undefined;
  addAnyway: boolean;
  timeZone: string;
}

export interface AddJobOutcome {
  posting: JobPosting;
  requirements: Requirement[];
  added: boolean;
}

export async function runAddJobCommand(command: AddJobCommand, now: Date, id: string): Promise<AddJobOutcome> {
  const remote = isUrl(command.target);
  const text = remote ? await fetchIcsText(command.target, { maxBytes: MAX_PAGE_BYTES }) : await readPostingFile(command.target);
  const link = remote ? command.target : '';
  const found = extractPosting(text, link);
  let posting: JobPosting;
  if (found.kind === 'found') posting = found.posting;
  else if (!remote && !/<html|<body/i.test(text)) {
    // A file of plain text is a pasted description: the same extraction of requirements, no page fields.
    const description = tidyText(text);
    posting = pastedPosting(description, link);
  } else
    throw new NextRoundError(
      'INVALID_INPUT',
      `${command.target}: ${found.message.replace('Paste the description instead.', 'Save the description as a text file and run add-job on it.')}`,
      { where: command.target },
    );
  const requirements = extractRequirements(posting.description);
  if (!command.out) return { posting, requirements, added: false };
  if (!posting.company || !posting.role) {
    throw new NextRoundError('INVALID_INPUT', `${command.target}: the company or the role is not said; add the job in the sidebar, where you can type them.`, {
      where: command.target,
    });
  }
  const today = formatDate(now.getTime(), command.timeZone);
  const notes = [posting.employmentType, posting.datePosted ? `posted ${posting.datePosted}` : ''].filter(Boolean).join(' · ');
  const out = command.out;
  // The duplicate check reads the applications under the tracker lock, in the same transaction as the append.
  await appendToTracker(out, (applications) => {
    const existing = findSameApplication(indexApplications(applications), posting);
    if (existing && !command.addAnyway) {
      throw new NextRoundError('CONFLICT', `${out} already has ${existing.company} · ${existing.role}; run again with --add-anyway to add it twice.`, {
        where: out,
      });
    }
    return {
      applications: [
        {
          id,
          company: posting.company,
          role: posting.role,
          stage: 'Wishlist',
          link: posting.link,
          location: posting.location,
          remote: posting.remote,
          salary: formatSalary(posting.salary),
          jobDescription: posting.description,
          requirements: formatApplicationChecklist(requirements),
          notes,
          lastUpdate: today,
        },
      ],
      history: [],
    };
  });
  return { posting, requirements, added: true };
}

async function readPostingFile(path: string): Promise<string> {
  try {
    const bytes = await readFile(path);
    if (bytes.length > MAX_PAGE_BYTES) throw new NextRoundError('INVALID_INPUT', `${path} is larger than 2 MB; is it a job posting?`, { where: path });
    return bytes.toString('utf8');
  } catch (error) {
    if (error instanceof NextRoundError) throw error;
    throw new NextRoundError('INVALID_INPUT', `Cannot read ${path}: no such file.`, { where: path });
  }
}

/** The found posting as lines for the terminal. */
export function formatAddJob(outcome: AddJobOutcome, out: string | undefined): string {
  const { posting } = outcome;
  const lines = [
    `${posting.role || '(role not said)'} · ${posting.company || '(company not said)'}`,
    ...[
      ['Location', [posting.location, posting.remote].filter(Boolean).join(' · ')],
      ['Salary', formatSalary(posting.salary)],
      ['Employment', posting.employmentType],
      ['Posted', posting.datePosted],
      ['Link', posting.link],
    ]
      .filter(([, value]) => value)
      .map(([label, value]) => `  ${label}: ${value}`),
    `  Requirements (${outcome.requirements.length}):`,
    ...outcome.requirements.map((r) => `    - ${r.requirement}${r.level === 'nice' ? ' (nice to have)' : ''}`),
    outcome.added ? `Added to ${out}.` : out ? '' : 'Not added anywhere: pass --out tracker.xlsx to add it.',
  ];
  return `${lines.filter(Boolean).join('\n')}\n`;
}
