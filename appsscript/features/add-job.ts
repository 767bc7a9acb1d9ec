/**
 * Add a job from its posting: preview what the page (or the pasted
 * description) holds, then, once the person confirms, add the application
 * with its description and its requirements as the checklist every round
 * starts from. Nothing is written before the confirmation; a duplicate
 * (same link, or same company and role) is answered so the person chooses
 * to open it or add anyway.
 */
import type { AddonApi } from '../api/contract.js';
import { AddJobInput, JobLinkInput, JobTextInput } from '../api/inputs.js';
import type { JobPreview } from '../api/views.js';
import { NextRoundError } from '../../shared/errors.js';
import { extractPosting } from '../../shared/jobs/extract-posting.js';
import { extractRequirements } from '../../shared/jobs/extract-requirements.js';
import { htmlToText, tidyText } from '../../shared/jobs/html-text.js';
import { formatSalary, type JobPosting, pastedPosting } from '../../shared/jobs/job-posting.js';
import { httpsAddress } from '../../shared/jobs/posting-address.js';
import { findSameApplication, indexApplications } from '../../shared/import/same-application.js';
import { formatApplicationChecklist } from '../../shared/prep/application-checklist.js';
import { APPLICATIONS } from '../../shared/schema/tracker-schema.js';
import { newRowId } from '../../shared/tracker/form-updates.js';
import type { TableRow } from '../../shared/tracker/read-table.js';
import { withDocumentLock } from '../lock.js';
import { openTracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';
import { appendRows } from '../sheets/append-rows.js';
import { fetchPostingPage } from './fetch-posting.js';

/** Fetches the posting and shows what it holds (one fetch, one Applications read for duplicates). */
export const previewJobFromLink: AddonApi['previewJobFromLink'] = (input: unknown) => {
  const { url } = parseInput(JobLinkInput, input, 'previewJobFromLink');
  const page = fetchPostingPage(url);
  if (page.kind === 'refused') return { kind: 'paste', message: page.message };
  const result = extractPosting(page.html, url);
  return result.kind === 'none' ? { kind: 'paste', message: result.message } : toPreview(result.posting);
};

/** The same extraction over a pasted description: a page's HTML or plain text. */
export const previewJobFromText: AddonApi['previewJobFromText'] = (input: unknown) => {
  const { text, url } = parseInput(JobTextInput, input, 'previewJobFromText');
  const link = httpsAddress(url);
  const looksLikeHtml = /<(?:html|body|div|p|ul|li|script)\b/i.test(text);
  const found = looksLikeHtml ? extractPosting(text, link) : null;
  if (found?.kind === 'found') return toPreview({ ...found.posting, source: 'pasted' });
  const description = looksLikeHtml ? htmlToText(text) : tidyText(text);
  const posting: JobPosting = pastedPosting(description, link);
  return toPreview(posting);
};

/** Adds the confirmed job: one Applications read, one block write (2 Spreadsheet writes). */
export const addJob: AddonApi['addJob'] = (input: unknown) => {
  const job = parseInput(AddJobInput, input, 'addJob');
  return withDocumentLock(() => {
    const tracker = openTracker();
    const table = tracker.read(APPLICATIONS);
    const missing = table.map.missing.filter((column) => column.key === 'jobDescription' || column.key === 'requirements');
    if (missing.length) {
      const headers = missing.map((column) => `"${column.header}"`).join(' and ');
      throw new NextRoundError(
        'NOT_FOUND',
        `The Applications sheet has no ${headers} column yet. Run "Set up tracker" (it adds what is missing), then add the job again.`,
        {
          where: 'Applications',
        },
      );
    }
    const link = httpsAddress(job.link);
    const duplicate = findSameApplication(indexApplications(table.rows.map(keyFields)), { company: job.company, role: job.role, link });
    if (duplicate && !job.addAnyway) return { kind: 'duplicate', duplicate: duplicateOf(duplicate.row) };
    const requirements = extractRequirements(job.jobDescription);
    const today = tracker.codec.toWall(new Date(), false);
    const id = newRowId('app', Utilities.getUuid());
    const notes = [job.employmentType, job.datePosted ? `posted ${job.datePosted}` : ''].filter(Boolean).join(' · ');
    appendRows(
      table.sheet,
      table.map,
      table.height + 1,
      [
        {
          id,
          company: job.company,
          role: job.role,
          stage: 'Wishlist',
          link,
          location: job.location,
          remote: job.remote,
          salary: job.salary,
          jobDescription: job.jobDescription,
          requirements: formatApplicationChecklist(requirements),
          notes,
          lastUpdate: today,
        },
      ],
      tracker.codec,
    );
    return { kind: 'added', applicationId: id, company: job.company, role: job.role, requirements: requirements.length };
  });
};

function toPreview(posting: JobPosting): JobPreview {
  const table = openTracker().read(APPLICATIONS);
  const duplicate = findSameApplication(indexApplications(table.rows.map(keyFields)), posting);
  return {
    kind: 'found',
    posting,
    salary: formatSalary(posting.salary),
    requirements: extractRequirements(posting.description),
    duplicate: duplicate ? duplicateOf(duplicate.row) : null,
  };
}

function keyFields(row: TableRow) {
  return { company: row.cells.company ?? '', role: row.cells.role ?? '', link: row.cells.link ?? '', row };
}

function duplicateOf(row: TableRow) {
  return { id: row.cells.id ?? '', company: row.cells.company ?? '', role: row.cells.role ?? '', stage: row.cells.stage ?? '', row: row.row };
}
