/**
 * screens.html (the sidebar's on-demand pages, nav/on-demand.ts) is a second
 * bundle: every module its pages import is copied into it. A module that
 * keeps state in module scope would then have two states on one page (a save
 * recorded by one copy, asked about by the other). This finds module-level
 * state in every module the two bundles share; state kept on `window` (one
 * per page) is fine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

async function inputsOf(entry: string): Promise<Set<string>> {
  const result = await build({ entryPoints: [join(root, entry)], bundle: true, write: false, format: 'iife', metafile: true, logLevel: 'silent' });
  return new Set(Object.keys(result.metafile.inputs));
}

const MUTATORS = /^(set|add|delete|clear|push|pop|shift|unshift|splice|sort|reverse)$/;

/** Whether the module calls a mutating method on `name` (a table built once and only read is no state). */
const mutates = (text: string, name: string) => [...text.matchAll(new RegExp(`\\b${name}\\.(\\w+)\\(`, 'g'))].some((match) => MUTATORS.test(match[1]!));

/** Top-level `let`/`var`, and top-level `const` Maps, Sets and arrays the module changes: `file:line name`. */
function moduleState(path: string): string[] {
  const text = readFileSync(join(root, path), 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      const collection =
        init !== undefined &&
        ((ts.isNewExpression(init) && /^(Map|Set|WeakMap|WeakSet)$/.test(init.expression.getText(source))) || ts.isArrayLiteralExpression(init));
      const mutable = !isConst || (collection && mutates(text, declaration.name.getText(source)));
      // `(window.x ??= …)`: one per page, whichever bundle made it.
      if (mutable && !init?.getText(source).includes('window.')) {
        found.push(`${path}:${source.getLineAndCharacterOfPosition(declaration.getStart(source)).line + 1} ${declaration.name.getText(source)}`);
      }
    }
  }
  return found;
}

describe('the modules the sidebar and screens.html share', () => {
  it('keep no state of their own in module scope', async () => {
    const sidebar = await inputsOf('appsscript/sidebar/main.ts');
    const screens = await inputsOf('appsscript/sidebar/screens/main.ts');
    const shared = [...screens].filter((path) => sidebar.has(path) && path.endsWith('.ts'));
    // The shared set is real: the dom helpers, the server proxy and the words at least.
    expect(shared).toEqual(expect.arrayContaining(['appsscript/sidebar/dom.ts', 'appsscript/sidebar/server.ts', 'appsscript/sidebar/words.ts']));
    expect(shared.flatMap(moduleState)).toEqual([]);
  });
});
