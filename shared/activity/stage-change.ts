/**
 * A stage change made through the add-on: the Applications cells to write
 * and the Stage history row to append, decided together so the two never
 * disagree. Changing to the same stage records nothing.
 */
import { NextRoundError } from '../errors.js';
import { isDateTimeText } from '../time/index.js';
import { STAGES, type Stage } from '../schema/options.js';

export interface StageChange {
  /** Cells of the application's row: only Stage and Last update. */
  applicationCells: { stage: Stage; lastUpdate: string };
  /** The row to append to Stage history (keys of STAGE_HISTORY). */
  historyRow: { id: string; applicationId: string; company: string; role: string; fromStage: string; toStage: Stage; changedAt: string };
}

/**
 * Plans one change, or null when the stage does not change.
 *
 * @param changeId a fresh id from the caller (the core has no randomness).
 * @throws NextRoundError INVALID_INPUT for a stage outside the list or a `changedAt` that is not `YYYY-MM-DD HH:mm`.
 */
export function planStageChange(application: Readonly<Record<string, unknown>>, toStage: string, changedAt: string, changeId: string): StageChange | null {
  if (!(STAGES as readonly string[]).includes(toStage)) {
    throw new NextRoundError('INVALID_INPUT', `"${toStage}" is not a stage; use one of ${STAGES.join(', ')}.`, { where: 'stage' });
  }
  if (!isDateTimeText(changedAt)) {
    throw new NextRoundError('INVALID_INPUT', `"${changedAt}" is not a time as YYYY-MM-DD HH:mm.`, { where: 'changedAt' });
  }
  const fromStage = String(application.stage ?? '').trim();
  if (fromStage === toStage) return null;
  const stage = toStage as Stage;
  return {
    applicationCells: { stage, lastUpdate: changedAt.slice(0, 10) },
    historyRow: {
      id: changeId,
      applicationId: String(application.id ?? ''),
      company: String(application.company ?? '').trim(),
      role: String(application.role ?? '').trim(),
      fromStage,
      toStage: stage,
      changedAt,
    },
  };
}
