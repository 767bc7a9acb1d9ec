/**
 * The preview's one job posting, so "Add a job from a link" can be tried
 * without the internet: a page as a real applicant tracking system serves
 * it (Greenhouse's public board puts the posting in a schema.org JobPosting
 * JSON-LD block, https://schema.org/JobPosting, with the description as
 * escaped HTML), answered through the add-on's own UrlFetchApp path. Every
 * other address cannot be reached, as on a machine without a network.
 */
import type { LoadedAddon } from '../tests/support/load-bundle.js';

/** Where the sample posting lives (an allow-listed board, so the add-on's own checks pass). */
export const DEMO_JOB_LINK = 'https://boards.greenhouse.io/wrenandpike/jobs/4417021';

const DESCRIPTION =
  '<p>Wren & Pike builds the bookkeeping software small shops run on.</p>' +
  '<h3>What you will bring</h3><ul><li>4+ years of TypeScript or Python</li><li>Experience with PostgreSQL</li>' +
  '<li>Care for accessible interfaces</li></ul><h3>Nice to have</h3><ul><li>Experience with Stripe or another payments API</li></ul>';

const POSTING = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Full-Stack Engineer',
  datePosted: '2026-11-24',
  employmentType: 'FULL_TIME',
  description: DESCRIPTION,
  hiringOrganization: { '@type': 'Organization', name: 'Wren & Pike' },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } },
};

// JSON-LD inside <script>: "<" escaped so the description's tags cannot close the block.
const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Job Application for Full-Stack Engineer at Wren &amp; Pike</title>
<script type="application/ld+json">${JSON.stringify(POSTING).replace(/</g, '\\u003c')}</script>
</head><body><div id="app_body"><h1 class="app-title">Full-Stack Engineer</h1><div class="company-name">at Wren &amp; Pike</div>
<div id="content">${DESCRIPTION}</div></div></body></html>`;

/** Serves the sample posting at DEMO_JOB_LINK through the preview's UrlFetchApp stand-in. */
export function serveDemoJobPosting(loaded: LoadedAddon): void {
  loaded.urlFetch.serve(DEMO_JOB_LINK, { body: PAGE, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
