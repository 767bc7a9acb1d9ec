import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGoogleClients, fixedTokenAuth } from '../../server/google/clients.js';
import { startFakeGoogle, type RunningFakeGoogle } from './server.js';
import { FAULTS } from './faults.js';
import { GOOGLE_SHEETS_QUOTAS } from './sheets-quota.js';
import type { FakeSpreadsheet } from './fake-spreadsheet.js';

let fake: RunningFakeGoogle;
let sheets: ReturnType<typeof createGoogleClients>['sheets'];
let book: FakeSpreadsheet;
const spreadsheetId = 'contract';
const SHEET_ID = 7;

const failure = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { code?: string; response?: { status?: number; data?: { error?: { status?: string } } } }) =>
      error.response ? `${error.response.status} ${error.response.data?.error?.status}` : `no answer ${error.code}`,
  );

beforeAll(async () => {
  fake = await startFakeGoogle();
  sheets = createGoogleClients({ auth: fixedTokenAuth('t'), rootUrl: fake.url, timeoutMs: 1_000 }).sheets;
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.google.spreadsheets.clear();
  fake.google.faults.clear();
  fake.google.sheetsQuota = null;
  fake.google.people = new Map();
  book = fake.google.spreadsheet(spreadsheetId, 'Asia/Tokyo');
  book.addSheet('Interviews', [['Event ID', 'Title']]);
});

const text = (title: string) => ({
  updateCells: {
    start: { sheetId: SHEET_ID, rowIndex: 1, columnIndex: 1 },
    rows: [{ values: [{ userEnteredValue: { stringValue: title } }] }],
    fields: 'userEnteredValue',
  },
});

describe('fake Sheets v4', () => {
  it('stores RAW input as text and USER_ENTERED "=…" as a formula', async () => {
    await sheets.spreadsheets.values.update({ spreadsheetId, range: 'Interviews!A2', valueInputOption: 'RAW', requestBody: { values: [['=IMPORTXML("x")']] } });
    await sheets.spreadsheets.values.update({
      spreadsheetId,
      range: 'Interviews!A3',
      valueInputOption: 'USER_ENTERED',
      requestBody: { values: [['=IMPORTXML("x")']] },
    });
    expect(book.sheets[0]!.rows[1]![0]).toEqual({ stringValue: '=IMPORTXML("x")' });
    expect(book.sheets[0]!.rows[2]![0]).toEqual({ formulaValue: '=IMPORTXML("x")' });
  });

  it.each(['=IMPORTXML("https://evil.example","//a")', '+1', '@SUM(A1)', '\t=1'])(
    'keeps a stringValue %j as literal text through batchUpdate and get',
    async (title) => {
      await sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [text(title)] } });
      const read = (await sheets.spreadsheets.get({ spreadsheetId, ranges: ['Interviews'], includeGridData: true })).data;
      expect(read.sheets?.[0]?.data?.[0]?.rowData?.[1]?.values?.[1]).toEqual({ userEnteredValue: { stringValue: title }, formattedValue: title });
    },
  );

  // Serial days since 1899-12-30, the fraction the time of day; "January 1st 1900 at noon would be 2.5 ... February 1st
  // 1900 at 3pm would be 33.625" (https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption).
  // A serial has no offset: it is read in the spreadsheet's timeZone (https://developers.google.com/sheets/api/guides/formats#about_date_time_values).
  const dated = (numberValue: number, type: string, pattern: string) => ({
    updateCells: {
      start: { sheetId: SHEET_ID, rowIndex: 1, columnIndex: 1 },
      rows: [{ values: [{ userEnteredValue: { numberValue }, userEnteredFormat: { numberFormat: { type, pattern } } }] }],
      fields: 'userEnteredValue,userEnteredFormat.numberFormat',
    },
  });
  const cellB2 = async () =>
    (await sheets.spreadsheets.get({ spreadsheetId, ranges: ['Interviews!B2'], includeGridData: true })).data.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values?.[0];

  it.each([
    [2.5, 'DATE_TIME', 'yyyy-mm-dd hh:mm', '1900-01-01 12:00'],
    [33.625, 'DATE_TIME', 'yyyy-mm-dd hh:mm', '1900-02-01 15:00'],
    [33.625, 'DATE', 'yyyy-mm-dd', '1900-02-01'],
    [4.5, 'NUMBER', '0.##', '4.5'],
    [4, 'NUMBER', '0.##', '4'],
  ])('stores numberValue %d with a %s format and shows it as formattedValue', async (serial, type, pattern, shown) => {
    await sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [dated(serial, type, pattern)] } });
    expect(await cellB2()).toEqual({
      userEnteredValue: { numberValue: serial },
      userEnteredFormat: { numberFormat: { type, pattern } },
      formattedValue: shown,
    });
  });

  it('renders values.get as shown by default, as serials with UNFORMATTED_VALUE, as text with FORMATTED_STRING', async () => {
    await sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [dated(33.625, 'DATE_TIME', 'yyyy-mm-dd hh:mm')] } });
    const get = (options: { valueRenderOption?: string; dateTimeRenderOption?: string }) =>
      sheets.spreadsheets.values.get({ spreadsheetId, range: 'Interviews!B2', ...options }).then((answer) => answer.data.values?.[0]?.[0]);
    expect([
      await get({}),
      await get({ valueRenderOption: 'UNFORMATTED_VALUE' }),
      await get({ valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' }),
      await get({ valueRenderOption: 'FORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' }),
    ]).toEqual(['1900-02-01 15:00', 33.625, '1900-02-01 15:00', '1900-02-01 15:00']);
  });

  it("writes only the fields the mask names: a value-only update keeps the cell's number format", async () => {
    await sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [dated(2.5, 'DATE', 'yyyy-mm-dd')] } });
    const valueOnly = {
      updateCells: {
        start: { sheetId: SHEET_ID, rowIndex: 1, columnIndex: 1 },
        rows: [{ values: [{ userEnteredValue: { numberValue: 33.625 } }] }],
        fields: 'userEnteredValue',
      },
    };
    await sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [valueOnly] } });
    expect(await cellB2()).toMatchObject({
      userEnteredValue: { numberValue: 33.625 },
      userEnteredFormat: { numberFormat: { type: 'DATE' } },
      formattedValue: '1900-02-01',
    });
  });

  it('refuses a number format without a type ("When writing, this field must be set")', async () => {
    // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormat
    const untyped = {
      updateCells: {
        start: { sheetId: SHEET_ID, rowIndex: 1, columnIndex: 1 },
        rows: [{ values: [{ userEnteredFormat: { numberFormat: { pattern: 'yyyy' } } }] }],
        fields: 'userEnteredFormat.numberFormat',
      },
    };
    expect(await failure(sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [untyped] } }))).toBe('400 INVALID_ARGUMENT');
  });

  it('sorts a column of serial dates by time, text after the numbers', () => {
    // Serials sort as numbers; as text "10.5" would come before "9.25".
    [10.5, 9.25, 100].forEach((serial, i) => book.sheets[0]!.rows.push([{ stringValue: `e${i}` }, { numberValue: serial }]));
    book.sheets[0]!.rows.push([{ stringValue: 'typed' }, { stringValue: 'soon' }]);
    book.sortRows('Interviews', 1);
    expect(book.sheets[0]!.rows.slice(1).map((row) => row[0]?.stringValue)).toEqual(['e1', 'e0', 'e2', 'typed']);
  });

  it('returns the time zone and the grid of the asked range in one get', async () => {
    const read = (await sheets.spreadsheets.get({ spreadsheetId, ranges: ["'Interviews'"], includeGridData: true })).data;
    expect(read.properties?.timeZone).toBe('Asia/Tokyo');
    expect(read.sheets?.map((sheet) => sheet.properties?.title)).toEqual(['Interviews']);
    expect(read.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values?.map((cell) => cell.formattedValue)).toEqual(['Event ID', 'Title']);
  });

  it('reads A1 ranges with corners, whole columns and quoted titles', async () => {
    book.edit('Interviews', 1, 0, 'ev1');
    const read = (range: string) => sheets.spreadsheets.values.get({ spreadsheetId, range }).then((answer) => answer.data.values);
    expect([await read('Interviews!A1:B2'), await read("'Interviews'!A:A"), await read('Interviews!2:2')]).toEqual([
      [['Event ID', 'Title'], ['ev1']],
      [['Event ID'], ['ev1']],
      [['ev1']],
    ]);
  });

  it('applies a batch atomically: one bad request changes nothing', async () => {
    const bad = { updateCells: { start: { sheetId: 999, rowIndex: 0, columnIndex: 0 }, rows: [], fields: 'userEnteredValue' } };
    expect(await failure(sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [text('kept out'), bad] } }))).toBe('400 INVALID_ARGUMENT');
    expect(book.readValues({ title: 'Interviews', rowStart: 0, rowEnd: null, colStart: 0, colEnd: null })).toEqual([['Event ID', 'Title']]);
  });

  it('requires a fields mask on updateCells, like Google', async () => {
    const noFields = { updateCells: { start: { sheetId: SHEET_ID, rowIndex: 1, columnIndex: 0 }, rows: [] } };
    expect(await failure(sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [noFields] } }))).toBe('400 INVALID_ARGUMENT');
  });

  it('refuses a write outside the grid with 400 "exceeds grid limits", and grows the grid for appended rows', async () => {
    const at = (rowIndex: number, columnIndex: number) => ({
      updateCells: {
        start: { sheetId: SHEET_ID, rowIndex, columnIndex },
        rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }],
        fields: 'userEnteredValue',
      },
    });
    expect(await failure(sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [at(1000, 0)] } }))).toBe('400 INVALID_ARGUMENT');
    expect(await failure(sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [at(1, 26)] } }))).toBe('400 INVALID_ARGUMENT');
    const message = await sheets.spreadsheets
      .batchUpdate({ spreadsheetId, requestBody: { requests: [at(999, 26)] } })
      .catch((error: { response: { data: { error: { message: string } } } }) => error.response.data.error.message);
    expect(message).toMatch(/exceeds grid limits/);
    book.edit('Interviews', 999, 0, 'last row');
    const append = { appendCells: { sheetId: SHEET_ID, rows: [{ values: [{ userEnteredValue: { stringValue: 'appended' } }] }], fields: 'userEnteredValue' } };
    expect(await failure(sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [append, at(1000, 1)] } }))).toBe('ok');
    const read = (await sheets.spreadsheets.get({ spreadsheetId, ranges: ['Interviews'] })).data;
    expect(read.sheets?.[0]?.properties?.gridProperties).toEqual({ rowCount: 1001, columnCount: 26 });
    expect(book.sheets[0]!.rows[1000]![0]).toEqual({ stringValue: 'appended' });
  });

  it("validates the field mask of spreadsheets.get: the sink's own passes, an unknown field is a 400", async () => {
    const get = (fields: string) => failure(sheets.spreadsheets.get({ spreadsheetId, ranges: ['Interviews'], includeGridData: true, fields }));
    const sinkMask = 'properties.timeZone,sheets(properties(sheetId,title),data(startRow,rowData(values(userEnteredValue,formattedValue))))';
    expect([await get(sinkMask), await get('sheets(dataa)'), await get('propertys.timeZone')]).toEqual(['ok', '400 INVALID_ARGUMENT', '400 INVALID_ARGUMENT']);
  });

  it('appends after the last row with data', async () => {
    book.edit('Interviews', 4, 0, 'far below');
    await sheets.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: {
        requests: [{ appendCells: { sheetId: SHEET_ID, rows: [{ values: [{ userEnteredValue: { stringValue: 'new' } }] }], fields: 'userEnteredValue' } }],
      },
    });
    expect(book.readValues({ title: 'Interviews', rowStart: 4, rowEnd: null, colStart: 0, colEnd: 1 })).toEqual([['far below'], ['new']]);
  });

  // https://developers.google.com/sheets/api/limits: 300 reads and 300 writes per minute per project, 60 of each per user;
  // over quota is a 429 whose body is a google.rpc.Status (code, message, status) with no errors[] list.
  it('answers writes over the per-user quota with 429 RESOURCE_EXHAUSTED in the v4 error body', async () => {
    fake.google.enforceSheetsQuotas({ ...GOOGLE_SHEETS_QUOTAS, writesPerUser: 2 });
    const write = () => failure(sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [text('x')] } }));
    expect([await write(), await write(), await write()]).toEqual(['ok', 'ok', '429 RESOURCE_EXHAUSTED']);
    const body = await sheets.spreadsheets
      .batchUpdate({ spreadsheetId, requestBody: { requests: [text('x')] } })
      .catch((error: { response: { data: unknown } }) => error.response.data);
    expect(body).toEqual({ error: { code: 429, message: expect.stringContaining("'Write requests per minute per user'"), status: 'RESOURCE_EXHAUSTED' } });
  });

  it('counts the per-user quota by person, whichever of their tokens they use', async () => {
    fake.google.enforceSheetsQuotas({ ...GOOGLE_SHEETS_QUOTAS, readsPerUser: 2 });
    fake.google.people = new Map([
      ['t', 'ann'],
      ['t2', 'ann'],
      ['t3', 'bob'],
    ]);
    const reader = (token: string) => createGoogleClients({ auth: fixedTokenAuth(token), rootUrl: fake.url }).sheets;
    const read = (token: string) => failure(reader(token).spreadsheets.get({ spreadsheetId }));
    expect([await read('t'), await read('t2'), await read('t2'), await read('t3')]).toEqual(['ok', 'ok', '429 RESOURCE_EXHAUSTED', 'ok']);
  });

  it('shares the per-project quota among people, reads and writes apart', async () => {
    const counter = fake.google.enforceSheetsQuotas({ readsPerProject: 2, readsPerUser: 60, writesPerProject: 1, writesPerUser: 60 });
    fake.google.people = new Map([
      ['a', 'ann'],
      ['b', 'bob'],
      ['c', 'cyd'],
    ]);
    const clients = (token: string) => createGoogleClients({ auth: fixedTokenAuth(token), rootUrl: fake.url }).sheets;
    const read = (token: string) => failure(clients(token).spreadsheets.get({ spreadsheetId }));
    const write = (token: string) => failure(clients(token).spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [text('x')] } }));
    expect([await read('a'), await read('b'), await read('c'), await write('c'), await write('a')]).toEqual([
      'ok',
      'ok',
      '429 RESOURCE_EXHAUSTED',
      'ok',
      '429 RESOURCE_EXHAUSTED',
    ]);
    expect(counter.refused.map((refusal) => `${refusal.kind} ${refusal.scope} ${refusal.person}`)).toEqual(['read project cyd', 'write project ann']);
  });

  it('lets the quota refill over a sliding minute', async () => {
    let clock = 1_000_000;
    fake.google.now = () => clock;
    try {
      fake.google.enforceSheetsQuotas({ ...GOOGLE_SHEETS_QUOTAS, readsPerUser: 1 });
      const read = () => failure(sheets.spreadsheets.get({ spreadsheetId }));
      expect(await read()).toBe('ok');
      clock += 59_999;
      expect(await read()).toBe('429 RESOURCE_EXHAUSTED');
      clock += 1;
      expect(await read()).toBe('ok');
    } finally {
      fake.google.now = () => Date.now();
    }
  });

  it('serves injected faults: 429 with Retry-After, 403 rate limit, 503, reset, hang', async () => {
    const read = () => failure(sheets.spreadsheets.values.get({ spreadsheetId, range: 'Interviews!A1' }));
    fake.google.faults.add(FAULTS.tooManyRequests('7'));
    const limited = await sheets.spreadsheets.values
      .get({ spreadsheetId, range: 'Interviews!A1' })
      .catch((error: { response: { headers: Headers } }) => error.response.headers.get('retry-after'));
    expect(limited).toBe('7');
    fake.google.faults.add(FAULTS.userRateLimit403());
    fake.google.faults.add(FAULTS.serverError(503));
    fake.google.faults.add(FAULTS.reset());
    // Sheets v4 signals rate limits only as 429 RESOURCE_EXHAUSTED, never as Calendar's 403 reasons.
    expect([await read(), await read(), await read(), await read()]).toEqual(['429 RESOURCE_EXHAUSTED', '503 UNAVAILABLE', 'no answer ECONNRESET', 'ok']);
    fake.google.hangMs = 3_000;
    fake.google.faults.add(FAULTS.hang());
    expect(await read()).toMatch(/^no answer/);
  });

  it('commits a write whose response is then lost', async () => {
    fake.google.faults.add(FAULTS.lostResponse());
    expect(await failure(sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [text('committed')] } }))).toBe('no answer ECONNRESET');
    expect(book.readValues({ title: 'Interviews', rowStart: 1, rowEnd: 2, colStart: 1, colEnd: 2 })).toEqual([['committed']]);
  });
});
