import { describeTrackerSinkContract } from '../../shared/sync/tracker-sink-contract.js';
import { describeTrackerLinksContract } from '../../shared/sync/tracker-links-contract.js';
import { createGoogleClients, fixedTokenAuth } from '../../../server/google/clients.js';
import { createGoogleSheetsSink } from '../../../server/google/sheets-sink.js';
import { startFakeGoogle } from '../../fake-google/server.js';
import { recordingRetry } from './harness.js';

describeTrackerSinkContract('Google Sheets sink (real googleapis client, fake Google)', async (grid, timeZone) => {
  const fake = await startFakeGoogle();
  fake.google.spreadsheet('contract', timeZone).addSheet('Interviews', grid);
  const { sheets } = createGoogleClients({ auth: fixedTokenAuth('t'), rootUrl: fake.url });
  return {
    sink: createGoogleSheetsSink({ sheets, spreadsheetId: 'contract', retry: recordingRetry([]) }),
    readBack: async () => fake.google.spreadsheet('contract').readValues({ title: 'Interviews', rowStart: 0, rowEnd: null, colStart: 0, colEnd: null }),
    close: () => fake.close(),
  };
});

describeTrackerLinksContract('Google Sheets sink (real googleapis client, fake Google)', async (sheets, timeZone) => {
  const fake = await startFakeGoogle();
  const book = fake.google.spreadsheet('contract', timeZone);
  for (const [title, grid] of Object.entries(sheets)) if (grid) book.addSheet(title, grid);
  const { sheets: api } = createGoogleClients({ auth: fixedTokenAuth('t'), rootUrl: fake.url });
  return {
    sink: createGoogleSheetsSink({ sheets: api, spreadsheetId: 'contract', retry: recordingRetry([]) }),
    readBack: async (title) => fake.google.spreadsheet('contract').readValues({ title, rowStart: 0, rowEnd: null, colStart: 0, colEnd: null }),
    close: () => fake.close(),
  };
});
