/**
 * Renders a template: each placeholder is replaced by its value, or by its
 * fallback when the value is empty, or the render is refused, listing every
 * unknown, empty or malformed placeholder by name. Nothing is ever blanked
 * and nothing is evaluated: values are copied as literal text.
 */
import { NextRoundError } from '../errors.js';
import { parseTemplate, type TemplateProblem } from './parse-template.js';
import { PLACEHOLDER_NAMES, type PlaceholderValues } from './placeholders.js';

/** What stops a render, by field ("Subject", "Body"). */
export interface RenderRefusal {
  /** Required placeholders whose value is empty, e.g. ["first_name"]. */
  readonly missing: readonly string[];
  /** Names not in PLACEHOLDERS, e.g. ["frist_name", "constructor"]. */
  readonly unknown: readonly string[];
  /** Malformed spots: unclosed `{{`, `{{first name}}`, `{{{x}}}`. */
  readonly invalid: readonly (TemplateProblem & { field: string })[];
}

export type RenderResult = { ok: true; text: string } | ({ ok: false } & RenderRefusal);

/**
 * Renders one field of a template.
 *
 * @example renderText('Hi {{first_name|there}}', {}) // {ok: true, text: 'Hi there'}
 */
export function renderText(source: string, values: PlaceholderValues, field = 'Body'): RenderResult {
  const { parts, problems } = parseTemplate(source);
  const missing: string[] = [];
  const unknown: string[] = [];
  let text = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      text += part.text;
      continue;
    }
    if (!PLACEHOLDER_NAMES.has(part.name)) {
      addOnce(unknown, part.name);
      continue;
    }
    const value = (values as Readonly<Record<string, string | undefined>>)[part.name]?.trim() ?? '';
    if (value !== '') text += value;
    else if (part.fallback !== undefined) text += part.fallback;
    else addOnce(missing, part.name);
  }
  if (missing.length || unknown.length || problems.length) {
    return { ok: false, missing, unknown, invalid: problems.map((problem) => ({ ...problem, field })) };
  }
  return { ok: true, text };
}

/** A template as the Templates sheet holds it (only what rendering needs). */
export interface MessageTemplate {
  readonly name: string;
  readonly subject: string;
  readonly body: string;
}

export type RenderedMessage = { ok: true; subject: string; body: string } | ({ ok: false; message: string } & RenderRefusal);

/**
 * Renders subject and body together; a refusal merges both fields' problems
 * and carries one message a person can act on.
 */
export function renderMessage(template: MessageTemplate, values: PlaceholderValues): RenderedMessage {
  const subject = renderText(template.subject, values, 'Subject');
  const body = renderText(template.body, values, 'Body');
  if (subject.ok && body.ok) return { ok: true, subject: subject.text.trim(), body: body.text };
  const refusal: RenderRefusal = {
    missing: union(subject.ok ? [] : subject.missing, body.ok ? [] : body.missing),
    unknown: union(subject.ok ? [] : subject.unknown, body.ok ? [] : body.unknown),
    invalid: [...(subject.ok ? [] : subject.invalid), ...(body.ok ? [] : body.invalid)],
  };
  return { ok: false, ...refusal, message: describeRefusal(template.name, refusal) };
}

/** Like renderMessage, but a refusal throws NextRoundError TEMPLATE_INVALID (for server functions). */
export function renderMessageOrThrow(template: MessageTemplate, values: PlaceholderValues): { subject: string; body: string } {
  const result = renderMessage(template, values);
  if (!result.ok) throw new NextRoundError('TEMPLATE_INVALID', result.message, { where: `Templates!${template.name}` });
  return { subject: result.subject, body: result.body };
}

/**
 * One sentence per kind of problem, names in template order.
 *
 * @example 'Template "Thank you" cannot be used yet: empty {{first_name}}; unknown {{frist_name}}.'
 */
export function describeRefusal(templateName: string, refusal: RenderRefusal): string {
  const sentences: string[] = [];
  if (refusal.missing.length) sentences.push(`empty ${refusal.missing.map((name) => `{{${name}}}`).join(', ')} (fill it in or add a |fallback)`);
  if (refusal.unknown.length) sentences.push(`unknown ${refusal.unknown.map((name) => `{{${name}}}`).join(', ')}`);
  for (const problem of refusal.invalid) {
    sentences.push(`${problem.field} line ${problem.line} column ${problem.column}: ${problem.raw} ${problem.reason}`);
  }
  return `Template "${templateName}" cannot be used yet: ${sentences.join('; ')}.`;
}

function addOnce(list: string[], name: string): void {
  if (!list.includes(name)) list.push(name);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const name of b) addOnce(out, name);
  return out;
}
