import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  findImportCycles,
  type ImportEdge,
  type ImportGraph,
  packageOf,
  readImportGraph,
  sharedImportsOutsideItself,
  shellsImportingEachOther,
  undeclaredPackages,
} from './import-graph.js';

const local = (file: string): ImportEdge => ({ specifier: `./${file}`, file });
const pkg = (specifier: string): ImportEdge => ({ specifier, file: null });
const graphOf = (entries: Record<string, ImportEdge[]>): ImportGraph => new Map(Object.entries(entries));

const dir = mkdtempSync(join(tmpdir(), 'nextround-import-graph-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(dir, 'tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('readImportGraph', () => {
  it('reads static, type-only, re-exported and dynamic imports, resolving .js to the .ts beside it', () => {
    const root = tree({
      'server/a.ts': [
        "import { b } from './b.js';",
        "import type { C } from '../shared/c.js';",
        "export * from './d.js';",
        "const later = () => import('zod/mini');",
        "import './dir';",
      ].join('\n'),
      'server/b.ts': '',
      'server/d.ts': '',
      'server/dir/index.ts': '',
      'shared/c.ts': '',
    });
    expect(readImportGraph(root, ['server']).get('server/a.ts')).toEqual([
      { specifier: './b.js', file: 'server/b.ts' },
      { specifier: '../shared/c.js', file: 'shared/c.ts' },
      { specifier: './d.js', file: 'server/d.ts' },
      { specifier: 'zod/mini', file: null },
      { specifier: './dir', file: 'server/dir/index.ts' },
    ]);
  });

  it('skips node_modules and dist', () => {
    const root = tree({ 'server/a.ts': '', 'server/node_modules/x/i.ts': '', 'server/dist/b.ts': '' });
    expect([...readImportGraph(root, ['server']).keys()]).toEqual(['server/a.ts']);
  });
});

describe('sharedImportsOutsideItself', () => {
  it('accepts shared/ files importing each other, zod and zod subpaths', () => {
    const graph = graphOf({ 'shared/a.ts': [local('shared/b.ts'), pkg('zod'), pkg('zod/mini')], 'shared/b.ts': [] });
    expect(sharedImportsOutsideItself(graph)).toEqual([]);
  });

  it('names each import of a shell, a test or another package from shared/', () => {
    const graph = graphOf({
      'shared/a.ts': [local('server/x.ts'), pkg('node:fs'), pkg('zodiac')],
      'shared/b.ts': [local('tests/fake.ts')],
      'server/x.ts': [local('shared/a.ts'), pkg('hono')],
    });
    expect(sharedImportsOutsideItself(graph)).toEqual([
      "shared/a.ts imports './server/x.ts'",
      "shared/a.ts imports 'node:fs'",
      "shared/a.ts imports 'zodiac'",
      "shared/b.ts imports './tests/fake.ts'",
    ]);
  });
});

describe('shellsImportingEachOther', () => {
  it('names appsscript/ importing server/ and server/ importing appsscript/, and nothing else', () => {
    const graph = graphOf({
      'appsscript/a.ts': [local('server/x.ts'), local('shared/s.ts')],
      'server/x.ts': [local('appsscript/sidebar/b.ts'), local('shared/s.ts')],
      'tests/t.ts': [local('server/x.ts'), local('appsscript/a.ts')],
    });
    expect(shellsImportingEachOther(graph)).toEqual(["appsscript/a.ts imports './server/x.ts'", "server/x.ts imports './appsscript/sidebar/b.ts'"]);
  });
});

describe('findImportCycles', () => {
  it('finds none in a graph without cycles, diamonds included', () => {
    const graph = graphOf({ 'a.ts': [local('b.ts'), local('c.ts')], 'b.ts': [local('d.ts')], 'c.ts': [local('d.ts')], 'd.ts': [] });
    expect(findImportCycles(graph)).toEqual([]);
  });

  it('reports each cycle once with its shortest way round and all its files', () => {
    const graph = graphOf({
      'a.ts': [local('b.ts')],
      'b.ts': [local('c.ts'), local('d.ts')],
      'c.ts': [local('a.ts')],
      'd.ts': [local('b.ts')],
      'e.ts': [local('e.ts')],
      'f.ts': [local('a.ts')],
    });
    expect(findImportCycles(graph)).toEqual([
      { path: ['a.ts', 'b.ts', 'c.ts', 'a.ts'], members: ['a.ts', 'b.ts', 'c.ts', 'd.ts'] },
      { path: ['e.ts', 'e.ts'], members: ['e.ts'] },
    ]);
  });
});

describe('undeclaredPackages', () => {
  it('names packages missing from package.json, by package name, and lets Node built-ins through', () => {
    const graph = graphOf({ 'server/a.ts': [pkg('@googleapis/sheets'), pkg('googleapis'), pkg('node:fs'), pkg('path'), pkg('hono/body-limit')] });
    expect(undeclaredPackages(graph, new Set(['@googleapis/sheets', 'hono']))).toEqual(["server/a.ts imports 'googleapis'"]);
  });

  it('reads scoped and sub-path specifiers as their package', () => {
    expect(['@googleapis/calendar', '@hono/node-server/serve-static', 'zod/mini', 'vitest'].map(packageOf)).toEqual([
      '@googleapis/calendar',
      '@hono/node-server',
      'zod',
      'vitest',
    ]);
  });
});
