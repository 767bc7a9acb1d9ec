/**
 * Editing a template from the sidebar: the same row the person can edit in
 * the Templates sheet, found by its Template ID. A template with an unknown
 * or malformed placeholder is refused with one line per problem and nothing
 * is written; text is written into plain-text cells, so a subject starting
 * with `=` stays text.
 */
import { z } from 'zod';
import { TemplateInput, type DraftsApi, type SaveTemplateResult } from '../drafts-api.js';
import { TEMPLATES } from '../../shared/schema/tracker-schema.js';
import { TemplateRow, lintTemplate, parseTemplateRow } from '../../shared/templates/template-row.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import { createDateCodec } from '../sheets/dates.js';
import { openSheet, readSheet, writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { findRow, parseInput } from './draft-context.js';

/** Saves (by id) or adds (no id) one template. */
export const saveTemplate: DraftsApi['saveTemplate'] = (input: unknown): SaveTemplateResult => {
  const parsed = TemplateInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'invalid', problems: [`${String(issue?.path[0] ?? 'template')}: ${issue?.message ?? 'is invalid'}`] };
  }
  const template = parsed.data;
  const problems = lintTemplate(template);
  if (problems.length > 0) return { kind: 'invalid', problems };
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const codec = createDateCodec(spreadsheet.getSpreadsheetTimeZone());
    const sheet = openSheet(spreadsheet, TEMPLATES);
    const { height, ...table } = readSheet(sheet, TEMPLATES, codec);
    const existing = template.id === undefined ? null : findRow(table, TEMPLATES, 'id', template.id);
    const id = template.id ?? `tpl-${Utilities.getUuid()}`;
    const row = existing?.row ?? height + 1;
    const { name, kind, subject, body } = template;
    writeRow(sheet, planRowWrite(table.map, row, { id, name, kind, subject, body }), codec);
    return { kind: 'saved', template: { id, name, kind, subject, body } };
  });
};

/** The template rows the sidebar edits, by id. */
export const loadTemplate: DraftsApi['loadTemplate'] = (input: unknown): TemplateRow => {
  const { id } = parseInput(z.object({ id: TemplateRow.shape.id }), input, 'loadTemplate');
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const codec = createDateCodec(spreadsheet.getSpreadsheetTimeZone());
  const table = readSheet(openSheet(spreadsheet, TEMPLATES), TEMPLATES, codec);
  const row = findRow(table, TEMPLATES, 'id', id);
  return parseTemplateRow(row.cells, `Templates row ${row.row}`);
};
