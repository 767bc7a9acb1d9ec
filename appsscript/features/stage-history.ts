/**
 * The Stage history append that goes with every stage change made through
 * the add-on (the stage form, the application form). Planned by the core's
 * planStageChange, so the Applications cells and the history row agree.
 */
import { planStageChange, type StageChange } from '../../shared/activity/stage-change.js';
import { STAGE_HISTORY } from '../../shared/schema/history-schema.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import { writeRow } from '../sheets/table.js';
import type { Tracker } from '../open-tracker.js';

export interface PlannedStageHistory {
  readonly change: StageChange;
  /** Appends the history row (one setNumberFormats + one setValues); call it after the application's write. */
  readonly append: () => void;
}

/**
 * Plans the append for an application moving to `toStage`: reads Stage
 * history now (one getValues), before any write, so a missing sheet stops
 * the save with nothing written. Null when the stage does not change.
 * Call it inside the document lock.
 *
 * @throws NextRoundError INVALID_INPUT for a stage outside the list, NOT_FOUND without a Stage history sheet.
 */
export function planStageHistory(application: Readonly<Record<string, string>>, toStage: string, tracker: Tracker): PlannedStageHistory | null {
  const { codec } = tracker;
  const change = planStageChange(application, toStage, codec.toWall(new Date(), true), `chg-${Utilities.getUuid()}`);
  if (change === null) return null;
  const { sheet, height, map } = tracker.read(STAGE_HISTORY);
  const write = planRowWrite(map, height + 1, change.historyRow);
  return { change, append: () => writeRow(sheet, write, codec) };
}
