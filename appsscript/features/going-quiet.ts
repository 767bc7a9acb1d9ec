/**
 * Applications going quiet, for the sidebar: no news for the "Ghosted
 * after" setting's days. Marking one Ghosted is a plain changeStage, so it
 * lands in Stage history like every stage change.
 */
import type { AddonApi } from '../api/contract.js';
import { DEFAULT_DUE_SETTINGS } from '../../shared/due/due-settings.js';
import { listGoingQuiet } from '../../shared/due/list-going-quiet.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { openTracker } from '../open-tracker.js';
import { readSettings } from '../settings.js';

/** The quiet applications now, longest silence first; two getValues. */
export const loadGoingQuiet: AddonApi['loadGoingQuiet'] = () => {
  const { codec, read } = openTracker();
  const settings = readSettings().due ?? DEFAULT_DUE_SETTINGS;
  const items = listGoingQuiet({
    applications: read(APPLICATIONS).rows.map((row) => row.cells),
    interviews: read(INTERVIEWS).rows.map((row) => row.cells),
    now: codec.toWall(new Date(), true),
    settings,
    timeZone: codec.offsets,
  });
  return { items, ghostAfterDays: settings.ghostAfterDays };
};
