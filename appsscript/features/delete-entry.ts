/**
 * Deletes one application or interview row, found by id under the document
 * lock (a sort or an insert in between cannot shift it onto another row).
 * The sidebar asks the person first; Stage history keeps its lines.
 */
import type { AddonApi } from '../api/contract.js';
import { DeleteEntryInput } from '../api/inputs.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { withDocumentLock } from '../lock.js';
import { openTracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';

export const deleteEntry: AddonApi['deleteEntry'] = (input: unknown) => {
  const { what, id } = parseInput(DeleteEntryInput, input, 'deleteEntry');
  const spec = what === 'application' ? APPLICATIONS : INTERVIEWS;
  return withDocumentLock(() => {
    const { sheet, row } = openTracker().readRow(spec, spec.idKey, id);
    sheet.deleteRow(row.row);
    return { kind: 'deleted', row: row.row };
  });
};
