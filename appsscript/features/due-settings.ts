/**
 * Changing what counts as due: the settings are parsed (stored settings are
 * untrusted input), saved under the document lock, and the sheet's due
 * highlights are rebuilt from them so the sheet and the sidebar agree.
 */
import type { AddonApi } from '../api/contract.js';
import { parseDueSettings, type DueSettings } from '../../shared/due/due-settings.js';
import { withDocumentLock } from '../lock.js';
import { readSettings, SETTINGS_KEY, Settings } from '../settings.js';
import { readHighlightLayouts, replaceHighlightRules } from './setup-highlights.js';

/**
 * Saves the due settings (absent fields keep their defaults) and replaces the due highlights.
 *
 * @throws NextRoundError CONFIG_INVALID naming the setting; nothing is written.
 */
export const saveDueSettings: AddonApi['saveDueSettings'] = (input: unknown): DueSettings => {
  const due = parseDueSettings(input);
  return withDocumentLock(() => {
    const settings = Settings.parse({ ...readSettings(), due });
    // Headers are read (and may refuse) before anything is written.
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const layouts = readHighlightLayouts(spreadsheet);
    PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(settings));
    if (layouts) replaceHighlightRules(spreadsheet, layouts, due);
    return due;
  });
};
