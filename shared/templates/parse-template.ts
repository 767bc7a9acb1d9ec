/**
 * Reads a logic-less template into literal text and `{{placeholder}}` parts.
 * Nothing here evaluates anything: a part is either text copied as is or a
 * name looked up in a fixed table. `${7*7}` and `<%= x %>` are plain text;
 * anything between `{{` and `}}` that is not a lowercase name (optionally
 * with `|fallback`) is reported as invalid, never guessed at.
 */

/** Lowercase letters, digits and `_`, starting with a letter: `__proto__` and `constructor.name` never qualify. */
const NAME = /^[a-z][a-z0-9_]{0,39}$/;

export type TemplatePart =
  | { kind: 'text'; text: string }
  /** `fallback` is undefined for a required placeholder; `{{topic|}}` has the fallback "". */
  | { kind: 'placeholder'; name: string; fallback: string | undefined; raw: string };

/** A spot in the template that is neither text nor a valid placeholder. */
export interface TemplateProblem {
  /** What the person wrote, e.g. `{{first name}}` or `{{company`. */
  readonly raw: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

export interface ParsedTemplate {
  readonly parts: readonly TemplatePart[];
  readonly problems: readonly TemplateProblem[];
}

/**
 * Splits a template into parts.
 *
 * @example parseTemplate('Hi {{first_name|there}}!').parts
 *   // [{kind:'text',text:'Hi '}, {kind:'placeholder',name:'first_name',fallback:'there',raw:'{{first_name|there}}'}, {kind:'text',text:'!'}]
 */
export function parseTemplate(source: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let text = '';
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('{{', at);
    if (open < 0) {
      text += source.slice(at);
      break;
    }
    text += source.slice(at, open);
    const close = source.indexOf('}}', open + 2);
    const nested = source.indexOf('{{', open + 2);
    if (close < 0 || (nested >= 0 && nested < close)) {
      const end = nested >= 0 && (close < 0 || nested < close) ? nested : source.length;
      problems.push(problemAt(source, open, source.slice(open, Math.min(end, open + 40)), 'has no closing }}'));
      text += source.slice(open, end);
      at = end;
      continue;
    }
    const raw = source.slice(open, close + 2);
    const inner = source.slice(open + 2, close);
    const bar = inner.indexOf('|');
    const name = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    const fallback = bar < 0 ? undefined : inner.slice(bar + 1).trim();
    if (!NAME.test(name)) {
      problems.push(problemAt(source, open, raw, 'is not a placeholder name (use lowercase letters, digits and _)'));
      text += raw;
    } else {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'placeholder', name, fallback, raw });
    }
    at = close + 2;
  }
  if (text) parts.push({ kind: 'text', text });
  return { parts, problems };
}

function problemAt(source: string, index: number, raw: string, reason: string): TemplateProblem {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return { raw, line, column, reason };
}
