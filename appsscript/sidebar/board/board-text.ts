/** The words of the board dialog (how the catalogue is laid out: ../words.ts). */
import { countOf } from '../../../shared/insights/insights-wording.js';

export enum BOARD_TEXT {
  title = 'Applications by stage',
  close = 'Close',
  help = 'Drag a card to another column, or focus it and press → or ← to move it one stage, Enter to choose the stage. Stage history records every move.',
  empty = 'No applications yet. Add one from the sidebar (Jobs › Add a job) and it appears here in its stage.',
  active = 'Active',
  closed = 'Closed',
  none = 'None',
  moveTo = 'Move to stage',
}

export const boardCounts = (active: number, closed: number) => `${active} active · ${closed} closed`;
export const withoutId = (rows: number) => `Not shown: ${countOf(rows, 'row')} of Applications without an ID in the hidden ID column.`;
export const applicationsCount = (count: number) => countOf(count, 'application');
export const nextUp = (parts: readonly string[]) => `Next: ${parts.join(' · ')}`;
export const moved = (name: string, stage: string) => `${name} moved to ${stage}.`;
export const notMoved = (name: string, why: string) => `${name} stays where it was: ${why}`;
