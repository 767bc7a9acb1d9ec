/**
 * The add-on's settings: one namespaced JSON value in the document's
 * properties, parsed with zod on every read (a person or another script may
 * have changed it), changed only under the document lock (see setUpTracker).
 */
import * as z from 'zod';
import { NextRoundError } from '../shared/errors.js';
import { DueSettings } from '../shared/due/due-settings.js';
import { describeIssue } from '../shared/words/issue-words.js';

export const SETTINGS_KEY = 'nextround.settings';

const DAMAGED = 'The NextRound settings saved in this spreadsheet are damaged and could not be read.';

export const Settings = z.object({
  version: z.literal(1).default(1),
  /** How many days ahead the sidebar lists upcoming interviews. */
  upcomingDays: z.number().int().min(1).max(90).default(14),
  /** When "Set up tracker" last changed the workbook (ISO instant). */
  setUpAt: z.string().max(40).optional(),
  /** Signs drafts: fills `{{my_name}}` and `{{my_first_name}}`. */
  myName: z.string().trim().max(200).optional(),
  /** What counts as due (thank-you window, follow-up after N days, the yearly market check); absent = the defaults. */
  due: DueSettings.optional(),
});
export type Settings = z.infer<typeof Settings>;

/** The stored settings, or the defaults when none are stored. */
export function readSettings(): Settings {
  const raw = PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  if (raw === null) return Settings.parse({});
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new NextRoundError('CONFIG_INVALID', DAMAGED, {
      where: SETTINGS_KEY,
      cause,
    });
  }
  const parsed = Settings.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || '(root)';
    // The person's words for the field and the fault; the property and the path stay in `where` for the logs.
    throw new NextRoundError('CONFIG_INVALID', `${DAMAGED.slice(0, -1)}: ${describeIssue(issue)}`, { where: `${SETTINGS_KEY}.${field}` });
  }
  return parsed.data;
}
