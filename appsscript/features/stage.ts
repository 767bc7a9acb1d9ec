/**
 * Moving an application to another stage from the sidebar: its Stage and
 * Last update, and one row appended to Stage history, under one lock. Both
 * sheets are read before the first write, so nothing is left half-written.
 */
import { ChangeStageInput, type LearningApi } from '../learning-api.js';
import { APPLICATIONS } from '../../shared/schema/tracker-schema.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import { writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { parseInput } from './learning-rows.js';
import { planStageHistory } from './stage-history.js';
import { findRow, openForWrite } from './tracker.js';

/** Moves one application to `stage` and records the change; the same stage records nothing. */
export const changeStage: LearningApi['changeStage'] = (input: unknown) => {
  const { applicationId, stage } = parseInput(ChangeStageInput, input, 'changeStage');
  return withDocumentLock(() => {
    const { sheet, codec, table } = openForWrite(APPLICATIONS);
    const row = findRow(table, APPLICATIONS, 'id', applicationId);
    const planned = planStageHistory(row.cells, stage, codec);
    if (planned === null) return { kind: 'unchanged', stage };
    writeRow(sheet, planRowWrite(table.map, row.row, planned.change.applicationCells), codec);
    planned.append();
    const { fromStage, toStage, changedAt } = planned.change.historyRow;
    return { kind: 'changed', fromStage, toStage, changedAt };
  });
};
