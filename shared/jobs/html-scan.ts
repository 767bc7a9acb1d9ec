/**
 * A linear HTML scanner: tags, text and the raw contents of `<script>`-like
 * elements, in one pass with `indexOf` and bounded loops (no regex that can
 * backtrack over a hostile page). It does not build a tree: extraction
 * needs only the order of tags and text.
 */

export type HtmlToken =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'open'; readonly name: string; readonly attrs: Readonly<Record<string, string>> }
  | { readonly kind: 'close'; readonly name: string }
  /** The raw body of script, style, template, textarea…: never shown as text. */
  | { readonly kind: 'raw'; readonly name: string; readonly attrs: Readonly<Record<string, string>>; readonly body: string };

const RAW_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'iframe', 'object', 'svg', 'math', 'title']);
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ATTRS_MAX = 4_000;

/** Calls `visit` for each token of `html`, in order. */
export function scanHtml(html: string, visit: (token: HtmlToken) => void): void {
  let at = 0;
  const length = html.length;
  while (at < length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      visit({ kind: 'text', text: html.slice(at) });
      return;
    }
    if (lt > at) visit({ kind: 'text', text: html.slice(at, lt) });
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end === -1 ? length : end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      // `<!DOCTYPE`, `<?xml`, or a lone `<` in text.
      if (next === 33 || next === 63) {
        const end = html.indexOf('>', lt);
        at = end === -1 ? length : end + 1;
      } else {
        visit({ kind: 'text', text: '<' });
        at = lt + 1;
      }
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);
    at = end + 1;
    if (closing) {
      visit({ kind: 'close', name });
      continue;
    }
    const attrs = parseAttributes(html.slice(nameEnd, Math.min(end, nameEnd + ATTRS_MAX)));
    if (RAW_ELEMENTS.has(name) && html[end - 1] !== '/') {
      const close = findClose(html, name, at);
      visit({ kind: 'raw', name, attrs, body: html.slice(at, close === -1 ? length : close) });
      at = close === -1 ? length : tagEnd(html, close) + 1;
      continue;
    }
    visit({ kind: 'open', name, attrs });
  }
}

/** The index of the `>` closing a tag, quotes respected; the end of input when none. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return html.length;
}

/** The start of `</name`, matched case-insensitively, or -1. */
function findClose(html: string, name: string, from: number): number {
  let at = from;
  for (;;) {
    const lt = html.indexOf('</', at);
    if (lt === -1) return -1;
    if (html.slice(lt + 2, lt + 2 + name.length).toLowerCase() === name && !isNameChar(html.charCodeAt(lt + 2 + name.length))) return lt;
    at = lt + 2;
  }
}

function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const match of text.matchAll(ATTRIBUTE)) {
    const key = match[1]!.toLowerCase();
    if (!(key in attrs)) attrs[key] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attrs;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}
