/**
 * The repository's import graph, read the way TypeScript reads imports
 * (`ts.preProcessFile`: imports and re-exports, `import type`, dynamic
 * `import()`), and the checks tests/architecture.test.ts makes on it. The
 * checks are pure functions over a plain map, so tests/support/
 * import-graph.test.ts can show each one failing on a small invented graph.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** As written: `../shared/errors.js`, `zod/mini`, `node:fs`. */
  specifier: string;
  /** The repository file a relative specifier names (`.js` read as the `.ts` beside it); null for a package. */
  file: string | null;
}

/** Repository-relative, `/`-separated file → what it imports. */
export type ImportGraph = ReadonlyMap<string, readonly ImportEdge[]>;

export interface ImportCycle {
  /** One way round, first file repeated last: `a.ts → b.ts → a.ts`. */
  path: string[];
  /** Every file of the strongly connected group, sorted (one cycle is reported per group). */
  members: string[];
}

const SOURCE = /\.(ts|mts|mjs|js)$/;
const SKIP = new Set(['node_modules', 'dist', 'artifacts']);

/** Reads every source file under `folders` of `root`. */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const graph = new Map<string, ImportEdge[]>();
  const visit = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = posix.join(folder, entry.name);
      if (entry.isDirectory() && !SKIP.has(entry.name)) visit(path);
      else if (entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) graph.set(path, readImports(root, path));
    }
  };
  for (const folder of folders) visit(folder);
  return graph;
}

function readImports(root: string, file: string): ImportEdge[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  return importedFiles.map(({ fileName: specifier }) => ({ specifier, file: specifier.startsWith('.') ? resolveLocal(root, file, specifier) : null }));
}

function resolveLocal(root: string, from: string, specifier: string): string {
  const written = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = [written.replace(/\.js$/, '.ts'), written.replace(/\.mjs$/, '.mts'), written, `${written}.ts`, `${written}/index.ts`];
  return candidates.find((candidate) => statSync(join(root, candidate), { throwIfNoEntry: false })?.isFile()) ?? written;
}

/** `@scope/name/sub` → `@scope/name`, `zod/mini` → `zod`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(packageOf(specifier));
const inside = (file: string, folder: string) => file.startsWith(`${folder}/`);

/** shared/ is the pure core: its files import each other and zod, nothing else. */
export function sharedImportsOutsideItself(graph: ImportGraph): string[] {
  const found: string[] = [];
  for (const [from, edges] of graph) {
    if (!inside(from, 'shared')) continue;
    for (const edge of edges) {
      const allowed = edge.file === null ? packageOf(edge.specifier) === 'zod' : inside(edge.file, 'shared');
      if (!allowed) found.push(`${from} imports '${edge.specifier}'`);
    }
  }
  return found;
}

/** The two shells meet only in shared/: appsscript/ never imports server/, nor server/ appsscript/. */
export function shellsImportingEachOther(graph: ImportGraph): string[] {
  const found: string[] = [];
  for (const [from, edges] of graph) {
    const other = inside(from, 'appsscript') ? 'server' : inside(from, 'server') ? 'appsscript' : null;
    if (!other) continue;
    for (const edge of edges) if (edge.file !== null && inside(edge.file, other)) found.push(`${from} imports '${edge.specifier}'`);
  }
  return found;
}

/** Packages imported but not declared in package.json: one left in node_modules by another package works until it doesn't. */
export function undeclaredPackages(graph: ImportGraph, declared: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [from, edges] of graph) {
    for (const edge of edges) {
      if (edge.file === null && !isBuiltin(edge.specifier) && !declared.has(packageOf(edge.specifier))) found.push(`${from} imports '${edge.specifier}'`);
    }
  }
  return found;
}

/** Every import cycle, one per strongly connected group of files (Tarjan), each shown as its shortest way round. */
export function findImportCycles(graph: ImportGraph): ImportCycle[] {
  const next = (file: string) => [...new Set((graph.get(file) ?? []).flatMap((edge) => (edge.file !== null && graph.has(edge.file) ? [edge.file] : [])))];
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const connect = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const to of next(file)) {
      if (!index.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || next(file).includes(file)) groups.push(group.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) connect(file);
  return groups.map((members) => ({ path: shortestWayRound(members, next), members }));
}

function shortestWayRound(members: string[], next: (file: string) => string[]): string[] {
  const start = members[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const to of next(queue[i]!).filter((file) => members.includes(file))) {
      if (to === start) {
        const between: string[] = [];
        for (let at = queue[i]!; at !== start; at = cameFrom.get(at)!) between.unshift(at);
        return [start, ...between, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, queue[i]!);
        queue.push(to);
      }
    }
  }
  return [start, start]; // unreachable for a real group: a single file only forms one by importing itself
}
