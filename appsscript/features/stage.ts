/**
 * Moving an application to another stage from the sidebar: its Stage and
 * Last update, and one row appended to Stage history, under one lock. Both
 * sheets are read before the first write, so nothing is left half-written.
 */
import type { AddonApi } from '../api/contract.js';
import { ChangeStageInput } from '../api/inputs.js';
import { APPLICATIONS } from '../../shared/schema/tracker-schema.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import { writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { openTracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';
import { planStageHistory } from './stage-history.js';

/** Moves one application to `stage` and records the change; the same stage records nothing. */
export const changeStage: AddonApi['changeStage'] = (input: unknown) => {
  const { applicationId, stage } = parseInput(ChangeStageInput, input, 'changeStage');
  return withDocumentLock(() => {
    const tracker = openTracker();
    const { sheet, map, row } = tracker.readRow(APPLICATIONS, 'id', applicationId);
    const planned = planStageHistory(row.cells, stage, tracker);
    if (planned === null) return { kind: 'unchanged', stage };
    writeRow(sheet, planRowWrite(map, row.row, planned.change.applicationCells), tracker.codec);
    planned.append();
    const { fromStage, toStage, changedAt } = planned.change.historyRow;
    return { kind: 'changed', fromStage, toStage, changedAt };
  });
};
