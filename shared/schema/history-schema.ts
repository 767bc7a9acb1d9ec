/**
 * The Stage history sheet: one appended row per stage change made through
 * the add-on, the proof of activity the CSV export draws on. The add-on
 * owns every cell; rows are only ever appended.
 */
import type { SheetSpec } from './types.js';
import { STAGES } from './options.js';

export const STAGE_HISTORY: SheetSpec = {
  key: 'stageHistory',
  name: 'Stage history',
  idKey: 'id',
  columns: [
    // One id per change: a retried append is recognised instead of recorded twice.
    { key: 'id', header: 'Change ID', type: 'id', owner: 'addon', required: true, hidden: true },
    { key: 'applicationId', header: 'Application ID', type: 'id', owner: 'addon', required: true, hidden: true },
    { key: 'company', header: 'Company', type: 'text', owner: 'addon', required: true, width: 160 },
    { key: 'role', header: 'Role', type: 'text', owner: 'addon', required: true, width: 180 },
    { key: 'fromStage', header: 'From stage', type: 'enum', owner: 'addon', required: true, options: STAGES, width: 110 },
    { key: 'toStage', header: 'To stage', type: 'enum', owner: 'addon', required: true, options: STAGES, width: 110 },
    { key: 'changedAt', header: 'Changed at', type: 'datetime', owner: 'addon', required: true, width: 130 },
  ],
};
