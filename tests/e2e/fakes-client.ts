/**
 * Starts fakes-process.ts as a child process and talks to its control API:
 * the test's handle on fake Google and the fake OAuth server.
 */
import { spawn } from 'node:child_process';
import { REPO_ROOT } from '../server/hosted/service-process.js';

export interface BrowserAccounts {
  /** Accounts signed in to the browser, the first being the default one. */
  signedIn: string[];
  /** The account the person clicks in Google's chooser; null: the one `login_hint` names. */
  picks: string | null;
  /** Scopes whose box the person unticks on the consent screen. */
  unticked: string[];
}

export interface Cell {
  stringValue?: string;
  numberValue?: number;
  boolValue?: boolean;
  formulaValue?: string;
}

export interface FakeSheetState {
  title: string;
  rows: Array<Array<Cell | null>>;
  formats?: Array<Array<{ type: string; pattern?: string } | null>>;
}

interface Listening {
  google: string;
  oauth: string;
  control: string;
  addonClientId: string;
  browserFronts: Record<string, string>;
  serviceEnv: Record<string, string>;
}

export interface FakesProcess {
  google: string;
  oauth: string;
  /** The Apps Script project's client id: the audience of identity tokens. */
  addonClientId: string;
  /** The https origins of further fakes the browser may reach (besides Google's sign-in pages and the service), each to its loopback server. */
  browserFronts: Record<string, string>;
  /** Settings the service needs to use those fakes. */
  serviceEnv: Record<string, string>;
  browser(accounts: BrowserAccounts): Promise<Array<{ sub: string; email: string }>>;
  identityToken(email: string): Promise<string>;
  calendar(id: string, events: Array<Record<string, unknown> & { id: string }>): Promise<void>;
  spreadsheet(id: string, sheets: Array<{ title: string; rows: string[][] }>, timeZone?: string): Promise<void>;
  /** The person removes the app's access to `fileId` (drive.file). */
  revokeFileGrant(email: string, fileId: string): Promise<void>;
  readSpreadsheet(id: string): Promise<{ timeZone: string; sheets: FakeSheetState[] } | null>;
  stderr: string[];
  terminate(): Promise<void>;
}

export async function startFakesProcess(
  env: { redirectUri: string; clientId: string; clientSecret: string; publicUrl: string; serviceUrl: string },
  timeoutMs = 30_000,
): Promise<FakesProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/e2e/fakes-process.ts'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      E2E_REDIRECT_URI: env.redirectUri,
      E2E_CLIENT_ID: env.clientId,
      E2E_CLIENT_SECRET: env.clientSecret,
      E2E_PUBLIC_URL: env.publicUrl,
      E2E_SERVICE_URL: env.serviceUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => void stderr.push(chunk.toString('utf8')));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const urls = await new Promise<Listening>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the fakes process did not listen within ${timeoutMs} ms: ${stderr.join('')}`)), timeoutMs);
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const line = buffered.split('\n').find((text) => text.includes('"fakes.listening"'));
      if (!line) return;
      clearTimeout(timer);
      done(JSON.parse(line) as Listening);
    });
    void exited.then(() => fail(new Error(`the fakes process exited before listening: ${stderr.join('')}`)));
  });
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const response = await fetch(urls.control + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  return {
    google: urls.google,
    oauth: urls.oauth,
    addonClientId: urls.addonClientId,
    browserFronts: urls.browserFronts,
    serviceEnv: urls.serviceEnv,
    stderr,
    browser: async (accounts) => (await call('POST', '/browser', accounts)).json.accounts as Array<{ sub: string; email: string }>,
    identityToken: async (email) => (await call('GET', `/identity-token?email=${encodeURIComponent(email)}`)).json.token as string,
    calendar: async (id, events) => void (await call('POST', '/calendar', { id, events })),
    spreadsheet: async (id, sheets, timeZone = 'UTC') => void (await call('POST', '/spreadsheet', { id, timeZone, sheets })),
    revokeFileGrant: async (email, fileId) => void (await call('POST', '/drive-file/revoke', { email, fileId })),
    readSpreadsheet: async (id) => {
      const answer = await call('GET', `/spreadsheet/${encodeURIComponent(id)}`);
      return answer.status === 200 ? (answer.json as unknown as { timeZone: string; sheets: FakeSheetState[] }) : null;
    },
    async terminate() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
