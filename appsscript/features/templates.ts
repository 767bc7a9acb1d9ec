/**
 * Editing a template from the sidebar: the same row the person can edit in
 * the Templates sheet, found by its Template ID. A template with an unknown
 * or malformed placeholder is refused with one line per problem and nothing
 * is written; text is written into plain-text cells, so a subject starting
 * with `=` stays text.
 */
import type { AddonApi } from '../api/contract.js';
import { TemplateInput, TemplateRef } from '../api/inputs.js';
import type { SaveTemplateResult } from '../api/views.js';
import { TEMPLATES } from '../../shared/schema/tracker-schema.js';
import { lintTemplate, parseTemplateRow, type TemplateRow } from '../../shared/templates/template-row.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import { writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { findRow, openTracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';
import { describeIssue } from '../../shared/words/issue-words.js';

/** Saves (by id) or adds (no id) one template. */
export const saveTemplate: AddonApi['saveTemplate'] = (input: unknown): SaveTemplateResult => {
  const parsed = TemplateInput.safeParse(input);
  // In the person's words ("Subject: Fill this in."), never zod's text.
  if (!parsed.success) return { kind: 'invalid', problems: [describeIssue(parsed.error.issues[0]!)] };
  const template = parsed.data;
  const problems = lintTemplate(template);
  if (problems.length > 0) return { kind: 'invalid', problems };
  return withDocumentLock(() => {
    const { codec, read } = openTracker();
    const { sheet, height, ...table } = read(TEMPLATES);
    const existing = template.id === undefined ? null : findRow(table, TEMPLATES, 'id', template.id);
    const id = template.id ?? `tpl-${Utilities.getUuid()}`;
    const row = existing?.row ?? height + 1;
    const { name, kind, subject, body } = template;
    writeRow(sheet, planRowWrite(table.map, row, { id, name, kind, subject, body }), codec);
    return { kind: 'saved', template: { id, name, kind, subject, body } };
  });
};

/** The template rows the sidebar edits, by id. */
export const loadTemplate: AddonApi['loadTemplate'] = (input: unknown): TemplateRow => {
  const { id } = parseInput(TemplateRef, input, 'loadTemplate');
  const { row } = openTracker().readRow(TEMPLATES, 'id', id);
  return parseTemplateRow(row.cells, `Templates row ${row.row}`);
};
