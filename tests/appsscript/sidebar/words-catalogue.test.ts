/**
 * Every sentence the sidebar and the board show lives in the words catalogue
 * (appsscript/sidebar/words.ts and the per-screen `*-text.ts` files beside
 * their screens), so it can be read, reworded and checked in one place. This
 * scans the other sidebar sources with TypeScript's parser and fails naming
 * file:line for each string that reads like words for a person.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const sidebar = join(root, 'appsscript/sidebar');

/** The catalogue: these files hold the words; every other file refers to them. */
const isCatalogue = (path: string) => path.endsWith('/words.ts') || path.endsWith('-text.ts');

/** Strings that look like sentences but no person reads, each with its reason. */
const ALLOWED: Readonly<Record<string, string>> = {
  // A programmer's guard in h(): only code can pass an on… attribute, never a person's action.
  'Refusing event-handler attribute "…"': 'thrown at the developer who wrote the call, never shown',
};

/** Property names whose values are markup, not words: a class list, an id, an input type. */
const MARKUP_KEYS = new Set(['className', 'id', 'type', 'rel', 'target', 'href', 'role', 'name', 'for', 'value', 'autocomplete', 'inputmode', 'accept']);
const SELECTOR_CALLS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);

/** The literal's text, each `${…}` read as "…". */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => `…${span.literal.text}`).join('');
  return null;
}

/** Whether the value flows into a class list, an id or a CSS selector (through ?:, ||, ??, + and ${}). */
function isMarkup(node: ts.Node): boolean {
  let at: ts.Node = node;
  while (
    ts.isConditionalExpression(at.parent) ||
    ts.isParenthesizedExpression(at.parent) ||
    ts.isBinaryExpression(at.parent) ||
    ts.isTemplateSpan(at.parent) ||
    ts.isTemplateExpression(at.parent)
  ) {
    at = at.parent;
  }
  const parent = at.parent;
  // A key such as `'same company':` names a value of the data, it is not shown.
  if (ts.isPropertyAssignment(parent) && parent.name === at) return true;
  if (ts.isPropertyAssignment(parent) && parent.initializer === at) {
    const key = ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name) ? parent.name.text : '';
    return MARKUP_KEYS.has(key) || key.startsWith('data-');
  }
  if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression)) return SELECTOR_CALLS.has(parent.expression.name.text);
  return false;
}

/** Reads like words for a person: three words or more, or a capitalised phrase ending like a sentence. */
export function looksLikeASentence(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (!/\s\p{L}/u.test(text)) return false; // an SVG path, a URL, a colour
  return words.length >= 3 || (words.length >= 2 && /^\W*\p{Lu}/u.test(text) && /[.!?…:]\s*$/.test(text));
}

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !isCatalogue(path) ? [path] : [];
  });
}

/** `file:line  "text"` for every sentence written inline in a sidebar source. */
function inlineSentences(): string[] {
  const found: string[] = [];
  for (const path of sources(sidebar)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      const text = literalText(node);
      if (text !== null && !isMarkup(node) && looksLikeASentence(text) && !(text in ALLOWED)) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        found.push(`${relative(root, path)}:${line}  ${JSON.stringify(text)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('the words catalogue', () => {
  it('holds every sentence the sidebar and the board show', () => {
    const found = inlineSentences();
    expect(found, `Move these into words.ts or the screen's *-text.ts:\n${found.join('\n')}`).toEqual([]);
  });

  it.each([
    ['Calendar import is not set up for this add-on yet.', true],
    ['Connected to another tracker…', true],
    ['checked every few minutes', true],
    ['Name saved.', true],
    ['Sync now', false],
    ['Loading…', false],
    ['M2 8 8 2l6 6v6h-4v-4H6v4H2z', false],
  ])('reads %j as a sentence: %s', (text, expected) => {
    expect(looksLikeASentence(text)).toBe(expected);
  });

  it('allows only strings that are still written inline somewhere', () => {
    const texts = new Set(
      sources(sidebar).flatMap((path) => {
        const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        const all: string[] = [];
        const visit = (node: ts.Node): void => {
          const text = literalText(node);
          if (text !== null) all.push(text);
          ts.forEachChild(node, visit);
        };
        visit(file);
        return all;
      }),
    );
    expect(Object.keys(ALLOWED).filter((text) => !texts.has(text))).toEqual([]);
  });
});
