/**
 * A Templates sheet row, parsed: the sheet is the person's to edit, so its
 * contents are untrusted input like any other.
 */
import * as z from 'zod';
import { NextRoundError } from '../errors.js';
import { describeIssue } from '../words/issue-words.js';
import { TEMPLATE_KINDS } from '../schema/options.js';
import { parseTemplate } from './parse-template.js';
import { PLACEHOLDER_NAMES } from './placeholders.js';

/** One row of the Templates sheet (keys of the TEMPLATES sheet spec). */
export const TemplateRow = z.object({
  id: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(TEMPLATE_KINDS),
  subject: z.string().min(1).max(998),
  body: z.string().min(1).max(20_000),
});
export type TemplateRow = z.infer<typeof TemplateRow>;

/**
 * Parses a row as read from the sheet.
 *
 * @throws NextRoundError TEMPLATE_INVALID naming the row and the field.
 */
export function parseTemplateRow(row: Readonly<Record<string, unknown>>, where: string): TemplateRow {
  const cells = Object.fromEntries(['id', 'name', 'kind', 'subject', 'body'].map((key) => [key, String(row[key] ?? '')]));
  const result = TemplateRow.safeParse(cells);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new NextRoundError('TEMPLATE_INVALID', `${where}: ${describeIssue(issue)}`, { where: `${where}.${String(issue.path[0] ?? 'row')}` });
  }
  return result.data;
}

/**
 * Checks a template before it is saved (sidebar editor): every spot that
 * would refuse a draft whatever the row, i.e. malformed and unknown
 * placeholders. Empty values can only be known at draft time.
 *
 * @returns one line per problem; empty when the template is fine.
 */
export function lintTemplate(template: Pick<TemplateRow, 'subject' | 'body'>): string[] {
  const lines: string[] = [];
  for (const [field, source] of [
    ['Subject', template.subject],
    ['Body', template.body],
  ] as const) {
    const { parts, problems } = parseTemplate(source);
    for (const problem of problems) lines.push(`${field} line ${problem.line} column ${problem.column}: ${problem.raw} ${problem.reason}`);
    for (const part of parts) {
      if (part.kind === 'placeholder' && !PLACEHOLDER_NAMES.has(part.name)) lines.push(`${field}: unknown placeholder ${part.raw}`);
    }
  }
  return lines;
}

/** Templates of one kind, in sheet order: the sidebar offers them, the first is the default. */
export function listTemplatesOfKind(templates: readonly TemplateRow[], kind: TemplateRow['kind']): TemplateRow[] {
  return templates.filter((template) => template.kind === kind);
}
