/// <reference types="google-apps-script" />
/**
 * The cost of "Create drafts" for K interviewers, on the built bundle in a
 * vm over the counting fakes: K Gmail calls plus a constant number of
 * Spreadsheet calls (3 reads, the lock, one row write), next to a naive loop
 * that reads the sheet, finds the row and writes the Drafts cell once per
 * interviewer, measured in the same run.
 */
import { figure, medianMs, type BenchSuite, type Figure } from './figure.js';
import { INTERVIEWS, openDraftsWorkbook, type DraftsWorkbook } from '../tests/appsscript/drafts-workbook.js';
import { buildDraftMessage } from '../shared/mail/build-message.js';
import { appendDraftRecord, recordDraft } from '../shared/mail/draft-log.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const KS = [1, 10, 50];
const OTHER_ROUNDS = 200;
const RUNS = 5;

function workbookWith(k: number): DraftsWorkbook {
  const workbook = openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' });
  const round = (id: string, interviewers: string) => ({
    eventId: id,
    start: new Date('2026-11-20T09:00:00Z'),
    end: new Date('2026-11-20T10:00:00Z'),
    title: 'Panel',
    company: 'Acme',
    role: 'Engineer',
    interviewers,
    meetingLink: 'https://meet.example.com/x',
    calendarStatus: 'confirmed',
  });
  for (let i = 0; i < OTHER_ROUNDS; i++) workbook.addRow(INTERVIEWS, round(`evt-other${i}`, `Ana Lee <ana${i}@acme.com>`));
  workbook.addRow(INTERVIEWS, round('evt-panel', Array.from({ length: k }, (_, i) => `Person ${i} Lee <p${i}@acme.com>`).join(', ')));
  workbook.log.reset();
  return workbook;
}

function warmed(workbook: DraftsWorkbook): DraftsWorkbook {
  for (let i = 0; i < 3; i++) {
    const target = { interviewId: `evt-other${i}` };
    workbook.addon.createDrafts({ ...target, keys: workbook.addon.previewDrafts(target).previews.map((preview) => preview.key) });
  }
  return workbook;
}

/** One interviewer at a time: read the sheet, find the row, read its Drafts cell, create, write the cell. */
function naiveCreate(workbook: DraftsWorkbook, k: number): void {
  for (let i = 0; i < k; i++) {
    const sheet = workbook.spreadsheet.getSheetByName(INTERVIEWS.name)!;
    const values = sheet.getDataRange().getValues();
    const headers = values[0]!.map(String);
    const idAt = headers.indexOf('Event ID');
    const draftsAt = headers.indexOf('Drafts') + 1;
    const row = values.findIndex((line) => line[idAt] === 'evt-panel') + 1;
    const cell = sheet.getRange(row, draftsAt).getValue();
    const message = buildDraftMessage({ to: { name: `Person ${i} Lee`, email: `p${i}@acme.com` }, subject: `Thank you, Person ${i}`, text: 'Hi' });
    const draft = workbook.gmail.global.Users.Drafts.create({ message: { raw: message.raw } }, 'me');
    const record = recordDraft({
      kind: 'thank-you',
      email: `p${i}@acme.com`,
      draftId: draft.id!,
      messageId: draft.message!.id!,
      createdAt: '2026-11-20 16:00',
    });
    sheet.getRange(row, draftsAt).setValue(appendDraftRecord(cell, record));
  }
}

export const run: BenchSuite = async () => {
  const figures: Figure[] = [];
  for (const k of KS) {
    const workbook = workbookWith(k);
    const { previews } = workbook.addon.previewDrafts({ interviewId: 'evt-panel' });
    const keys = previews.map((preview) => preview.key);
    workbook.log.reset();
    workbook.addon.createDrafts({ interviewId: 'evt-panel', keys });
    const calls = workbook.log.spreadsheetCalls();
    const gmail = workbook.log.count('Gmail.Users.Drafts.create');
    const naive = workbookWith(k);
    naiveCreate(naive, k);
    const naiveCalls = naive.log.spreadsheetCalls();
    figures.push(figure(`drafts.spreadsheet_calls.${k}`, calls, 'calls', `constant (plus ${k} Gmail calls)`, naiveCalls));
    figures.push(figure(`drafts.gmail_calls.${k}`, gmail, 'calls', `= K = ${k}`));
    // Each timed run gets a fresh workbook, so every run creates K drafts on an empty Drafts cell.
    // Each is warmed first (a draft on another row), so the figure is not the vm's cold start.
    const fresh = Array.from({ length: RUNS }, () => warmed(workbookWith(k)));
    const naiveFresh = Array.from({ length: RUNS }, () => workbookWith(k));
    let next = 0;
    const ms = await medianMs(RUNS, () => fresh[next++]!.addon.createDrafts({ interviewId: 'evt-panel', keys }));
    next = 0;
    const naiveMs = await medianMs(RUNS, () => naiveCreate(naiveFresh[next++]!, k));
    figures.push(
      figure(`drafts.create_ms.${k}`, ms, 'ms', `${OTHER_ROUNDS + 1} rounds; renders and validates each draft (in-memory fake: no per-call latency)`, naiveMs),
    );
  }
  return figures;
};
