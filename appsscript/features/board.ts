/**
 * The board: the applications as stage columns in a large dialog
 * (Ui.showModalDialog over its own built file, board.html), opened from the
 * menu and from the sidebar's Jobs. Loading it reads the Applications sheet
 * once; a card moved on it goes through changeStage, so Stage history
 * records it like any other change.
 */
import type { AddonApi } from '../api/contract.js';
import { APPLICATIONS } from '../../shared/schema/tracker-schema.js';
import { toApplicationRecord } from '../../shared/tracker/read-table.js';
import { openTracker } from '../open-tracker.js';

/** A dialog wide enough for the nine stage columns side by side on a laptop screen. */
export const BOARD_SIZE = { width: 1200, height: 720 } as const;

/** Opens the board over the spreadsheet (menu item and the sidebar's Board button). */
export const openBoard: AddonApi['openBoard'] = () => {
  const html = HtmlService.createHtmlOutputFromFile('board').setTitle('NextRound board').setWidth(BOARD_SIZE.width).setHeight(BOARD_SIZE.height);
  SpreadsheetApp.getUi().showModalDialog(html, 'Applications by stage');
  return { opened: true };
};

/** The board's cards: one getValues of Applications whatever the row count. Rows without an ID cannot be moved, so they are counted, not shown. */
export const loadBoard: AddonApi['loadBoard'] = () => {
  const { codec, read } = openTracker();
  const records = read(APPLICATIONS).rows.map(toApplicationRecord);
  const cards = records
    .filter((record) => record.id)
    .map(({ id, company, role, stage, nextAction, nextActionDue, appliedOn }) => ({ id, company, role, stage, nextAction, nextActionDue, appliedOn }));
  return { now: codec.toWall(new Date(), true), cards, withoutId: records.length - cards.length };
};
