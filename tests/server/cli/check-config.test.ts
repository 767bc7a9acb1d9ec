import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { configProblems } from '../../../server/cli/check-config.js';
import { runCli } from '../../../server/cli/main.js';
import { repoRoot } from '../ics/fixtures.js';

const run = promisify(execFile);
const COMPLETE = {
  PUBLIC_URL: 'https://sync.example.com',
  GOOGLE_CLIENT_ID: 'client-1.apps.googleusercontent.com',
  GOOGLE_CLIENT_SECRET: 'secret',
  GOOGLE_ADDON_CLIENT_ID: 'addon-1.apps.googleusercontent.com',
  TOKEN_KEYS: `1:${randomBytes(32).toString('base64')}`,
  GOOGLE_PROJECT_NUMBER: '123456789012',
  GOOGLE_PICKER_API_KEY: 'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe',
};

async function checkConfig(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check-config'], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, new Date(), env);
  return { code, stdout, stderr };
}

describe('nextround check-config', () => {
  it('says the configuration is complete and exits 0 when nothing is missing', async () => {
    expect(await checkConfig(COMPLETE)).toEqual({ code: 0, stdout: 'nextround check-config: the hosted service configuration is complete.\n', stderr: '' });
  });

  it('names each missing Picker variable on its own line and exits 2', async () => {
    const { GOOGLE_PROJECT_NUMBER: _number, GOOGLE_PICKER_API_KEY: _key, ...rest } = COMPLETE;
    const result = await checkConfig(rest);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'nextround check-config: GOOGLE_PICKER_API_KEY is required (a browser API key allowed to call the Google Picker API)',
      "nextround check-config: GOOGLE_PROJECT_NUMBER is required (the Cloud project number, the Google Picker's setAppId: drive.file grants the tracker to this project)",
    ]);
  });

  it('reports bad values of the service and hosted settings too, one line each', () => {
    expect(configProblems({ ...COMPLETE, GOOGLE_PROJECT_NUMBER: 'my-project-id', PUBLIC_URL: 'http://sync.example.com', POLL_INTERVAL_S: '1' })).toEqual([
      'GOOGLE_PROJECT_NUMBER must be the Cloud project number (digits only, not the project id)',
      'POLL_INTERVAL_S must be a whole number of seconds from 5 to 86400',
      'PUBLIC_URL must use https (http is accepted only for localhost)',
    ]);
  });

  it('runs as `npx nextround check-config` and exits 2 on an empty environment', async () => {
    const failure = await run(process.execPath, ['bin/nextround.mjs', 'check-config'], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '' } }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('nextround check-config: GOOGLE_CLIENT_ID is required (the OAuth client id)\n');
  });
});
