/**
 * HTML to readable text, as a job description is kept in one cell: list
 * items as "- " lines, paragraphs and headings separated by a blank line,
 * character references decoded, scripts, styles and other raw elements
 * dropped (their text is never shown). Links keep only their words: an
 * address, `javascript:` or not, never reaches the cell. Cells hold at most
 * 50,000 characters (GOOGLE.md), so a longer text is cut and says so.
 */
import { decodeEntities } from './html-entities.js';
import { scanHtml } from './html-scan.js';

/** A Google Sheets cell's limit. */
export const CELL_CHARS_MAX = 50_000;

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'table',
  'tr',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'form',
  'fieldset',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'section', 'article']);

export interface ReadableText {
  readonly text: string;
  /** True when the text was cut to fit `max`; the cut is said at its end. */
  readonly truncated: boolean;
}

/** The words of `html` as lines; `max` characters at most, the cut said in the text. */
export function htmlToText(html: string, max = CELL_CHARS_MAX): ReadableText {
  const parts: string[] = [];
  scanHtml(html, (token) => {
    if (token.kind === 'text') parts.push(decodeEntities(token.text).replace(/[\s\u00a0]+/g, ' '));
    else if (token.kind === 'open' || token.kind === 'close') {
      if (token.name === 'br') parts.push('\n');
      // An item starts its own line; its end adds nothing, so items follow each other without blank lines.
      else if (token.name === 'li') parts.push(token.kind === 'open' ? '\n- ' : '');
      else if (PARAGRAPHS.has(token.name)) parts.push('\n\n');
      else if (BLOCKS.has(token.name) || token.name === 'td' || token.name === 'th') parts.push(token.name === 'td' || token.name === 'th' ? ' ' : '\n');
    }
  });
  return fitText(tidyLines(parts.join('')), max);
}

/** Plain text (pasted, or already text) tidied the same way: trimmed lines, at most one blank line in a row. */
export function tidyText(text: string, max = CELL_CHARS_MAX): ReadableText {
  return fitText(tidyLines(text.replace(/\r\n?/g, '\n').replace(/[\t\u00a0]/g, ' ')), max);
}

function tidyLines(text: string): string {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/ {2,}/g, ' ').trim();
    if (line === '' || line === '-') {
      if (lines.length && lines[lines.length - 1] !== '') lines.push('');
    } else lines.push(line);
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** Cuts at a line end when one is near, and says so within `max` (code points never split). */
export function fitText(text: string, max = CELL_CHARS_MAX): ReadableText {
  if (text.length <= max) return { text, truncated: false };
  const note = `\n\n[Cut here: the text had ${text.length.toLocaleString('en-US')} characters; a cell holds ${max.toLocaleString('en-US')}. The rest is on the posting page.]`;
  let cut = max - note.length;
  const lineEnd = text.lastIndexOf('\n', cut);
  if (lineEnd > cut - 2_000) cut = lineEnd;
  // A surrogate pair is not split in half.
  if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--;
  return { text: text.slice(0, cut).trimEnd() + note, truncated: true };
}
