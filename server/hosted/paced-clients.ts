/**
 * A person's Google clients with every request paced by the shared quota
 * budget: each call (each retry included) first waits for its slot, so a
 * burst of work waits in line instead of meeting Google's 429.
 * Sheets reads are `spreadsheets.get`, writes `spreadsheets.batchUpdate`
 * (https://developers.google.com/sheets/api/limits: "Read requests are
 * calls to any method that retrieves data ... Write requests are calls to
 * any method that changes a spreadsheet"); every Calendar call counts as one.
 */
import type { calendar_v3 } from '@googleapis/calendar';
import type { CalendarApi } from '../google/calendar-source.js';
import type { SheetsApi } from '../google/sheets-sink.js';
import type { ChannelsApi } from './push-channels.js';
import { waitForQuota, type QuotaBudget, type QuotaKind, type QuotaWaitOptions } from './quota-budget.js';

/** The Calendar calls of the hosted service. */
export interface CalendarCalls extends CalendarApi, ChannelsApi {
  events: CalendarApi['events'] & ChannelsApi['events'];
  calendarList: { list(params: calendar_v3.Params$Resource$Calendarlist$List): Promise<{ data: calendar_v3.Schema$CalendarList }> };
}

/** The calls the hosted service makes on one person's behalf. */
export interface PacedClients {
  calendar: CalendarCalls;
  sheets: SheetsApi;
}

/** Wraps `clients` so that every call takes its quota slot first. */
export function paceClients(clients: PacedClients, budget: QuotaBudget, userId: string, options: QuotaWaitOptions = {}): PacedClients {
  const paced =
    <P, R>(kind: QuotaKind, call: (params: P) => Promise<R>) =>
    async (params: P): Promise<R> => {
      await waitForQuota(budget, kind, userId, options);
      return call(params);
    };
  const { calendar, sheets } = clients;
  return {
    calendar: {
      events: {
        list: paced('calendar', (params) => calendar.events.list(params)),
        watch: paced('calendar', (params) => calendar.events.watch(params)),
      },
      channels: { stop: paced('calendar', (params) => calendar.channels.stop(params)) },
      calendarList: { list: paced('calendar', (params) => calendar.calendarList.list(params)) },
    },
    sheets: {
      spreadsheets: {
        get: paced('sheets.read', (params) => sheets.spreadsheets.get(params)),
        batchUpdate: paced('sheets.write', (params) => sheets.spreadsheets.batchUpdate(params)),
      },
    },
  };
}
