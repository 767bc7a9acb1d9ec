/** One application's stage changes for its hub: one read of Stage history, opened only with the hub. */
import type { AddonApi } from '../api/contract.js';
import { ApplicationRef } from '../api/inputs.js';
import { STAGE_HISTORY } from '../../shared/schema/history-schema.js';
import { openTracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';

export const loadStageHistory: AddonApi['loadStageHistory'] = (input: unknown) => {
  const { applicationId } = parseInput(ApplicationRef, input, 'loadStageHistory');
  const changes = openTracker()
    .read(STAGE_HISTORY)
    .rows.map((row) => row.cells)
    .filter((cells) => cells.applicationId === applicationId)
    .map((cells) => ({ fromStage: cells.fromStage ?? '', toStage: cells.toStage ?? '', changedAt: cells.changedAt ?? '' }))
    .sort((a, b) => a.changedAt.localeCompare(b.changedAt));
  return { changes };
};
