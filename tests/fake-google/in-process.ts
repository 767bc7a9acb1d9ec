/**
 * The fake Google without HTTP: the same state, fault switches and hooks,
 * reached through the narrow CalendarApi / SheetsApi the adapters take.
 * For model-based runs in the thousands, where sockets would dominate; the
 * HTTP path itself is covered by the contract and adapter suites.
 */
import type { calendar_v3 } from '@googleapis/calendar';
import type { sheets_v4 } from '@googleapis/sheets';
import type { CalendarApi } from '../../server/google/calendar-source.js';
import type { SheetsApi } from '../../server/google/sheets-sink.js';
import { FakeHttpError, googleError, servedFault } from './google-error.js';
import type { FakeGoogle } from './fake-google.js';
import type { RequestInfo } from './faults.js';
import { applyBatchUpdate, describeSpreadsheet } from './sheets-batch.js';

/** A failure shaped like gaxios's: `response.status`, `.data`, `.headers`, or a `code` when no answer came. */
class TransportError extends Error {
  constructor(
    readonly response: { status: number; data: unknown; headers: Headers } | undefined,
    readonly code?: string,
  ) {
    super(response ? `status ${response.status}` : `no answer ${code}`);
  }
}

async function call<T>(google: FakeGoogle, info: RequestInfo, query: Record<string, string>, handle: () => T): Promise<{ data: T }> {
  const entry = { ...info, query, status: null as number | null };
  google.log.push(entry);
  const fault = google.faults.take(info);
  if (fault?.kind === 'reset' || fault?.kind === 'hang') throw new TransportError(undefined, 'ECONNRESET');
  if (fault?.kind === 'status') {
    const headers = new Headers(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
    const { status } = servedFault(info.api, fault);
    throw new TransportError({ status, data: googleError(status, fault.reason, 'Injected.', info.api), headers });
  }
  google.beforeRequest?.(info);
  try {
    const data = handle();
    if (fault?.kind === 'lost') throw new TransportError(undefined, 'ECONNRESET');
    entry.status = 200;
    return { data };
  } catch (error) {
    if (!(error instanceof FakeHttpError)) throw error;
    throw new TransportError({ status: error.status, data: googleError(error.status, error.reason, error.message, info.api), headers: new Headers() });
  }
}

const asQuery = (params: object) =>
  Object.fromEntries(
    Object.entries(params)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([key, value]) => [key, String(value)]),
  );

export function inProcessCalendar(google: FakeGoogle): CalendarApi {
  return {
    events: {
      list: (params: calendar_v3.Params$Resource$Events$List) => {
        const { calendarId = 'primary', ...rest } = params;
        return call(google, { api: 'calendar', method: 'GET', path: `/calendar/v3/calendars/${calendarId}/events`, write: false }, asQuery(rest), () => {
          const calendar = google.calendars.get(calendarId);
          if (!calendar) throw new FakeHttpError(404, 'notFound', 'Not Found');
          return calendar.list(asQuery(rest));
        });
      },
    },
  };
}

export function inProcessSheets(google: FakeGoogle): SheetsApi {
  const book = (id: string | undefined) => {
    const found = google.spreadsheets.get(id ?? '');
    if (!found) throw new FakeHttpError(404, 'notFound', 'Requested entity was not found.');
    return found;
  };
  return {
    spreadsheets: {
      get: (params: sheets_v4.Params$Resource$Spreadsheets$Get) =>
        call(google, { api: 'sheets', method: 'GET', path: `/v4/spreadsheets/${params.spreadsheetId}`, write: false }, {}, () =>
          describeSpreadsheet(book(params.spreadsheetId), params.ranges ?? [], params.includeGridData ?? false),
        ),
      batchUpdate: (params: sheets_v4.Params$Resource$Spreadsheets$Batchupdate) =>
        call(google, { api: 'sheets', method: 'POST', path: `/v4/spreadsheets/${params.spreadsheetId}:batchUpdate`, write: true }, {}, () =>
          applyBatchUpdate(book(params.spreadsheetId), params.requestBody ?? {}),
        ),
    },
  };
}
