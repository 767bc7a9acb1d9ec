/** The pushed files themselves: what Apps Script will find in them, and what clasp will push. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import ts from 'typescript';
import * as entry from '../../appsscript/index.js';
import { ENTRY_POINTS } from '../../appsscript/api/entry-points.js';
import { bundleDir, repoRoot } from '../support/load-bundle.js';

const code = readFileSync(join(bundleDir, 'Code.js'), 'utf8');

/** Names of the top-level function declarations, as Apps Script's parser sees them. */
function topLevelFunctions(source: string): string[] {
  const file = ts.createSourceFile('Code.js', source, ts.ScriptTarget.ES2020, false, ts.ScriptKind.JS);
  return file.statements.filter(ts.isFunctionDeclaration).map((statement) => statement.name?.text ?? '(anonymous)');
}

describe('the built Code.js', () => {
  it('declares every public function of appsscript/index.ts, and only those, as a top-level function', () => {
    expect(topLevelFunctions(code).sort()).toEqual(Object.keys(entry).sort());
    expect(topLevelFunctions(code)).toEqual(ENTRY_POINTS);
    expect(Object.keys(entry)).toEqual(
      expect.arrayContaining(['loadTracker', 'onInstall', 'onOpen', 'saveApplication', 'saveInterview', 'setUpTracker', 'showSidebar']),
    );
  });

  it('loads in a context with no Apps Script services at all (nothing runs at load time)', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(typeof context.onOpen).toBe('function');
  });
});

describe('the built appsscript.json', () => {
  // The narrow scopes the add-on may ask for; gmail.compose is the drafts feature's (GOOGLE.md).
  const ALLOWED = [
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/gmail.compose',
    // Connect calendar (issue 6): UrlFetchApp to the sync service, and the identity token it verifies.
    'https://www.googleapis.com/auth/script.external_request',
    // Calendar import inside the add-on: read-only events and calendar list through the Calendar advanced service.
    'https://www.googleapis.com/auth/calendar.events.readonly',
    'https://www.googleapis.com/auth/calendar.calendarlist.readonly',
    // The morning digest (issue 17): its one daily time-driven trigger.
    'https://www.googleapis.com/auth/script.scriptapp',
    'openid',
  ];

  it('declares its scopes explicitly: the two the tracker needs, nothing broader than the allowed ones, on V8', () => {
    const manifest: { runtimeVersion?: string; oauthScopes?: string[] } = JSON.parse(readFileSync(join(bundleDir, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes?.slice(0, 2)).toEqual(ALLOWED.slice(0, 2));
    expect(manifest.oauthScopes?.filter((scope) => !ALLOWED.includes(scope))).toEqual([]);
  });
});

describe.each(['sidebar.html', 'board.html'])('the built %s', (file) => {
  const html = readFileSync(join(bundleDir, file), 'utf8');

  it('is self-contained: its script and styles are inline and nothing is fetched', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/@import/);
    expect(html).not.toContain('/*INLINE_JS*/');
    expect(html).not.toContain('/*INLINE_CSS*/');
    expect(html.match(/<\/script>/gi)).toHaveLength(1);
  });
});

describe('the sidebar sources', () => {
  it('never hand data to an HTML parser (innerHTML and friends)', () => {
    const dir = join(repoRoot, 'appsscript', 'sidebar');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((name) =>
      /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|createContextualFragment/.test(readFileSync(join(dir, name), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('clasp', () => {
  it('lists exactly the built files for push, offline and without credentials', async () => {
    const home = mkdtempSync(join(tmpdir(), 'nextround-clasp-'));
    try {
      const { stdout } = await promisify(execFile)(join(repoRoot, 'node_modules', '.bin', 'clasp'), ['show-file-status', '--json'], {
        cwd: repoRoot,
        env: { PATH: process.env.PATH, HOME: home },
        timeout: 30_000,
      });
      const status: { filesToPush: string[]; untrackedFiles: string[] } = JSON.parse(stdout.trim().split('\n').pop()!);
      expect(status.filesToPush.sort()).toEqual([
        'dist/appsscript/Code.js',
        'dist/appsscript/appsscript.json',
        'dist/appsscript/board.html',
        'dist/appsscript/screens.html',
        'dist/appsscript/sidebar.html',
      ]);
      expect(status.untrackedFiles).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
