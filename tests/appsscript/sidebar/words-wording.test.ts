/**
 * The catalogue's sentences with blanks, filled in: counts agree in number
 * ("1 day", never "1 days" or "calendar(s)"), and no sentence names a field
 * path or an internal name. Before the words moved into the catalogue these
 * were built inline and said "Importing 1 calendar(s).", "silent for 1 days",
 * "questions 2 text: …" and "rows without an Application ID".
 */
import { describe, expect, it } from 'vitest';
import { applicationsCount, withoutId } from '../../../appsscript/sidebar/board/board-text.js';
import { importingCalendars, skippedSummary, syncingCalendars } from '../../../appsscript/sidebar/panels/calendar-text.js';
import { quietFor, quietLine, quietNone } from '../../../appsscript/sidebar/panels/due-text.js';
import { imported, importRun, jobAdded } from '../../../appsscript/sidebar/panels/getting-data-in-text.js';
import { exported, marketCheckDays, prepSkillLine, sheetRebuilt, skillLine } from '../../../appsscript/sidebar/panels/insights-text.js';
import { prepProblem } from '../../../appsscript/sidebar/panels/rounds-text.js';
import { applicationsTotal } from '../../../appsscript/sidebar/panels/lists-text.js';
import { SERVER_WORDS } from '../../../appsscript/sidebar/words.js';

describe('the catalogue’s counts', () => {
  it.each([
    [importingCalendars(1, 0), 'Importing 1 calendar.'],
    [importingCalendars(3, 1), 'Importing 3 calendars, 1 checked every few minutes.'],
    [syncingCalendars(1), 'Syncing 1 calendar now.'],
    [skippedSummary(1), 'Skipped 1 event: why'],
    [quietNone(1), 'No open application has been silent for 1 day.'],
    [quietLine(1, '2026-11-30'), '1 day without news (since 2026-11-30)'],
    [quietFor(1), ' · quiet for 1 day'],
    [skillLine(1, 1, '2026-11-02'), '1 role asking · 1 interview raising · last 2026-11-02'],
    [prepSkillLine('SQL', 1, 2), 'SQL: asked by 1 role, raised in 2 interviews'],
    [sheetRebuilt('Insights', 1), 'The Insights sheet now has 1 row.'],
    [exported(1, 'activity.csv'), '1 entry exported to activity.csv.'],
    [marketCheckDays('2025-11-30', 1), 'Your last interview was on 2025-11-30, 1 day ago. Interviewing at least once a year keeps you close to your market.'],
    [importRun(1), 'Import 1 application'],
    [imported(1, 1), 'Imported 1 application and 1 stage history row.'],
    [jobAdded('Acme', 'Analyst', 1), 'Added Acme · Analyst with 1 requirement to prepare.'],
    [applicationsTotal(1, 0), '1 application'],
    [applicationsCount(1), '1 application'],
    [withoutId(1), 'Not shown: 1 row of Applications without an ID in the hidden ID column.'],
  ])('says %j', (said, expected) => {
    expect(said).toBe(expected);
  });
});

describe('prepProblem', () => {
  it.each([
    [['questions', 2, 'text'], 'Use at most 300 characters.', 'Questions to ask, line 3: Use at most 300 characters.'],
    [['requirements', 0, 'evidence'], 'Use at most 500 characters.', 'Hard requirements, line 1: Use at most 500 characters.'],
    [['assessment'], 'Use at most 2000 characters.', 'Assessment expected: Use at most 2000 characters.'],
    [['somethingNew'], 'Fill this in.', 'Fill this in.'],
  ])('names the checklist problem at %j by the part the person sees, never by its path', (path, message, expected) => {
    expect(prepProblem(path, message)).toBe(expected);
  });
});

describe('the words for when the sidebar cannot reach its server', () => {
  it.each(Object.values(SERVER_WORDS))('name no library or function: %s', (text) => {
    expect(text).not.toMatch(/google\.script|function|server/i);
  });
});
