/** `npm run preview` serves the built sidebar wired to the bundle over sample data. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/load-bundle.js';
import { DEMO_JOB_LINK } from '../../scripts/preview-job-posting.js';

let child: ChildProcess;
let base = '';
/** Everything the preview printed to its console. */
let printed = '';

beforeAll(async () => {
  child = spawn(process.execPath, [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/preview.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      printed = out;
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (match) resolve(match[0]);
    });
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${out}`)));
  });
});

afterAll(() => {
  child?.kill('SIGTERM');
});

const rpc = async (name: string, args: unknown[]) => {
  const response = await fetch(`${base}/rpc/${name}`, { method: 'POST', body: JSON.stringify(args) });
  return { status: response.status, body: (await response.json()) as { result?: unknown; message?: string } };
};

describe('npm run preview', () => {
  it('serves the sidebar with the google.script.run shim in front of its own script', async () => {
    const html = await (await fetch(`${base}/sidebar`)).text();
    expect(html.indexOf('window.google = { script')).toBeGreaterThan(0);
    expect(html.match(/<script>/g)).toHaveLength(2);
    expect(html.indexOf('window.google = { script')).toBeLessThan(html.lastIndexOf('<script>'));
  });

  it("answers the sidebar's calls from the bundle over the sample search's 12 applications", async () => {
    const { status, body } = await rpc('loadTracker', []);
    expect(status).toBe(200);
    expect((body.result as { summary: { total: number } }).summary.total).toBe(12);
  });

  it('passes a server error on with its message and shows the sheet as escaped text', async () => {
    expect(await rpc('saveApplication', [{ id: 'app-missing', company: 'A', role: 'B', stage: 'Applied' }])).toEqual({
      status: 500,
      body: { message: 'No row of "Applications" has the Application ID "app-missing"; it may have been deleted.' },
    });
    await rpc('saveApplication', [{ company: '<b>x</b>', role: 'R', stage: 'Applied' }]);
    const sheet = await (await fetch(`${base}/sheet`)).text();
    expect(sheet).toContain('&#60;b&#62;x&#60;/b&#62;');
    expect(sheet).not.toContain('<b>x</b>');
  });

  it('shows the Calendar page over a demo connection with sample calendars', async () => {
    expect(await rpc('loadConnection', [])).toMatchObject({
      status: 200,
      body: { result: { configured: true, status: 'connected', thisSpreadsheet: true, calendars: [{ calendarId: 'primary', push: true }] } },
    });
    const listed = await rpc('listCalendars', []);
    expect((listed.body.result as { calendars: Array<{ name: string }> }).calendars.map((calendar) => calendar.name)).toEqual([
      'Me (main calendar)',
      'Recruiting (shared)',
      'Holidays',
    ]);
    expect(await rpc('chooseCalendars', [{ calendarIds: ['primary', 'recruiting@example.com'] }])).toEqual({
      status: 200,
      body: { result: { selected: 2, watched: 2, polled: 0 } },
    });
    expect(await rpc('startConnect', [])).toEqual({
      status: 500,
      body: { message: 'The preview has no Google sign-in; the demo calendars are connected again. Press Refresh.' },
    });
  });

  it('adds a job from the sample link its console names, and says plainly that other links cannot be reached', async () => {
    await vi.waitFor(() => expect(printed).toContain(`Add a job from a link, paste ${DEMO_JOB_LINK}`));
    expect(await rpc('previewJobFromLink', [{ url: DEMO_JOB_LINK }])).toMatchObject({
      status: 200,
      body: {
        result: {
          kind: 'found',
          posting: { company: 'Wren & Pike', role: 'Full-Stack Engineer', location: 'Berlin, DE', link: DEMO_JOB_LINK },
          requirements: [
            { requirement: '4+ years of TypeScript or Python', level: 'must' },
            { requirement: 'Experience with PostgreSQL', level: 'must' },
            { requirement: 'Care for accessible interfaces', level: 'must' },
            { requirement: 'Experience with Stripe or another payments API', level: 'nice' },
          ],
          duplicate: null,
        },
      },
    });
    expect(await rpc('previewJobFromLink', [{ url: 'https://jobs.lever.co/elsewhere/1' }])).toEqual({
      status: 200,
      body: { result: { kind: 'paste', message: 'The page could not be reached. Paste the description instead.' } },
    });
  });
});
