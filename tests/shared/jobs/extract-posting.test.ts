import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPosting, PAGE_CHARS_MAX } from '../../../shared/jobs/extract-posting.js';
import type { JobPosting } from '../../../shared/jobs/job-posting.js';
import { formatSalary } from '../../../shared/jobs/job-posting.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.html`, import.meta.url), 'utf8');
const LINK = 'https://jobs.example/posting/1';

function found(name: string, link = LINK): JobPosting {
  const result = extractPosting(fixture(name), link);
  if (result.kind !== 'found') throw new Error(`no posting in ${name}`);
  return result.posting;
}

const blankFields = { location: '', remote: '', salary: null, employmentType: '', datePosted: '', descriptionTruncated: false } as const;

describe('extracting a posting', () => {
  it('reads a Greenhouse page: JSON-LD with an escaped HTML description and a nested hiring organisation', () => {
    expect(found('greenhouse')).toEqual({
      company: 'Acme Robotics',
      role: 'Senior Backend Engineer',
      location: 'San Francisco, CA, US',
      remote: 'On-site',
      salary: null,
      employmentType: '',
      datePosted: '2026-11-20',
      link: LINK,
      description:
        "Acme Robotics builds warehouse robots.\n\nWhat you'll bring\n\n- 5+ years of Go or Java\n- Experience with PostgreSQL\n\nNice to have\n\n- Kubernetes",
      descriptionTruncated: false,
      source: 'json-ld',
    });
  });

  it('reads a Lever page: a remote job (TELECOMMUTE) open to applicants from two countries', () => {
    expect(found('lever')).toEqual({
      company: 'Fjordline',
      role: 'Staff Platform Engineer',
      location: 'Norway; Sweden',
      remote: 'Remote',
      salary: null,
      employmentType: 'Full-time',
      datePosted: '2026-10-02',
      link: LINK,
      description: 'About the team\n\nWe run the platform.\n\nRequirements\n\n- Terraform\n- On-call experience',
      descriptionTruncated: false,
      source: 'json-ld',
    });
  });

  it('reads an Ashby page: the posting inside @graph, two places, a yearly salary range', () => {
    const posting = found('ashby');
    expect(posting).toMatchObject({
      company: 'Nordlicht GmbH',
      role: 'Machine Learning Engineer',
      location: 'Berlin, DE; Munich, DE',
      remote: 'On-site',
      salary: { min: 70000, max: 95000, currency: 'EUR', period: 'year' },
      employmentType: 'Full-time',
      datePosted: '2026-11-28',
    });
    expect(formatSalary(posting.salary)).toBe('EUR 70,000–95,000 a year');
  });

  it('reads a Workday page: a country as an object and a plain-text description whose lines are kept', () => {
    expect(found('workday')).toMatchObject({
      company: 'Globex Corporation',
      role: 'Financial Analyst',
      location: 'Frankfurt, Germany',
      employmentType: 'Full-time',
      datePosted: '2026-11-18',
      description: 'Job Description:\n\nYou will own monthly reporting.\n\nQualifications:\n\n• CPA or ACCA\n\n• Advanced Excel',
    });
  });

  it('reads a SmartRecruiters page: the posting second in an array, an hourly single value, two employment types', () => {
    const posting = found('smartrecruiters');
    expect(posting).toMatchObject({
      company: 'Bolt Logistics',
      role: 'Warehouse Associate (Night shift)',
      location: 'Rotterdam, South Holland, NL',
      salary: { min: 16.5, max: 16.5, currency: 'EUR', period: 'hour' },
      employmentType: 'Full-time, Contract',
      datePosted: '2026-09-15',
    });
    expect(formatSalary(posting.salary)).toBe('EUR 16.5 an hour');
  });

  it('reads a Workable page: @type as an array, amounts as strings, a hybrid role, an entity in the company name', () => {
    expect(found('workable')).toMatchObject({
      company: 'Papel & Co',
      role: 'Product Designer (Hybrid)',
      location: 'Madrid, ES',
      remote: 'Hybrid',
      salary: { min: 38000, max: 45000, currency: 'EUR', period: 'year' },
      employmentType: 'Part-time',
      datePosted: '2026-11-30',
    });
  });

  it('falls back to the meta tags and page text of a company site without structured data', () => {
    expect(found('company-site')).toEqual({
      ...blankFields,
      company: 'Fjord Foods',
      role: 'Data Analyst',
      link: LINK,
      description:
        'Home\n\nData Analyst\n\nHelp us understand what our customers eat.\n\nVos missions\n\n- Construire des tableaux de bord\n\nProfil recherché :\n\n- SQL avancé\n- Anglais courant\n\nAtouts\n\n- dbt\n\nApply now',
      source: 'meta',
    });
  });

  it('names the company from a board address when the page does not', () => {
    const page = '<html><head><meta property="og:title" content="Designer"></head><body><p>Apply for this job</p></body></html>';
    const result = extractPosting(page, 'https://jobs.lever.co/acme-robotics/123');
    expect(result.kind === 'found' && result.posting.company).toBe('Acme Robotics');
  });

  it('says there is no posting on a sign-in wall, asking for the description instead', () => {
    expect(extractPosting(fixture('no-posting'), LINK)).toEqual({
      kind: 'none',
      message: 'No job posting was found on this page. Paste the description instead.',
    });
  });

  it('keeps hostile markup inert: scripts, styles, frames and handlers dropped, javascript: links never kept, formula-looking text as text', () => {
    const posting = found('hostile', 'javascript:alert(1)');
    expect(posting).toMatchObject({
      company: '+1 Evil Corp',
      role: '=IMPORTXML("https://evil.example","//a")',
      link: '',
      description: 'Hello\n\nclick\n\n- @SUM(A1)',
    });
    expect(JSON.stringify(posting)).not.toMatch(/alert|onerror|onclick|<|javascript/);
  });

  it('reads a 10 MB page only to its bound, in well under a second, and still finds the posting at its top', () => {
    const head = fixture('greenhouse').replace('</body></html>', '');
    const page = `${head}${'<div><p>filler <b>text</b> &amp; more</p></div>'.repeat(250_000)}<p>`.padEnd(10_000_000, '<');
    expect(page.length).toBeGreaterThan(PAGE_CHARS_MAX);
    const started = performance.now();
    const result = extractPosting(page, LINK);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(result.kind === 'found' && result.posting.role).toBe('Senior Backend Engineer');
  });

  it('cuts a description longer than a cell and says so within 50,000 characters', () => {
    const long = `<ul>${'<li>A requirement that goes on for a while</li>'.repeat(3_000)}</ul>`;
    const page = `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Writer', description: long })}</script>`;
    const result = extractPosting(page, LINK);
    if (result.kind !== 'found') throw new Error('no posting');
    expect(result.posting.descriptionTruncated).toBe(true);
    expect(result.posting.description.length).toBeLessThanOrEqual(50_000);
    expect(result.posting.description).toMatch(/\[Cut here: the text had 122,999 characters; a cell holds 50,000\. The rest is on the posting page\.\]$/);
  });

  it('survives pathological markup (unclosed tags and quotes, a million "<") without hanging', () => {
    for (const page of ['<'.repeat(1_000_000), `<a href="${'x'.repeat(1_000_000)}`, '<script>'.repeat(100_000), `&${'a'.repeat(1_000_000)}`]) {
      const started = performance.now();
      extractPosting(page, LINK);
      // Linear work; a backtracking regex would take minutes here. The bound leaves room for a busy machine.
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });
});
