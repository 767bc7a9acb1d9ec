/** `npm run preview` serves the built sidebar wired to the bundle over sample data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/load-bundle.js';

let child: ChildProcess;
let base = '';

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

  it('shows the Calendar tab over a demo connection with sample calendars', async () => {
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
});
