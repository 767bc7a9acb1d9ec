/**
 * The fake Google server as a Hono app: routes of Calendar v3 and Sheets v4
 * that NextRound uses, at the paths the real `googleapis` client requests
 * under `rootUrl`. Every request needs an Authorization header, passes the
 * fault switches, and is logged.
 */
import { Hono, type Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { googleError, servedFault, FakeHttpError } from './google-error.js';
import type { FakeGoogle, LoggedRequest } from './fake-google.js';
import type { RequestInfo } from './faults.js';
import { parseA1 } from './a1-range.js';
import { checkSpreadsheetFieldMask } from './field-mask.js';
import { applyBatchUpdate, describeSpreadsheet } from './sheets-batch.js';
import { FakeSpreadsheet, type RenderOptions } from './fake-spreadsheet.js';
import { driveRefusalBody, sheetsRefusalBody } from './drive-file-access.js';

type Env = { Bindings: HttpBindings };
type Handler = (c: Context<Env>, match: RegExpExecArray) => Promise<Response> | Response;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const dropConnection = (c: Context<Env>) => c.env.incoming.socket.destroy();

function singleQuery(c: Context<Env>): Record<string, string> {
  return c.req.query();
}

/** Google's words for a Sheets quota refusal (https://developers.google.com/sheets/api/limits). */
export const quotaMessage = (write: boolean, scope: 'project' | 'user') =>
  `Quota exceeded for quota metric '${write ? 'Write' : 'Read'} requests' and limit '${write ? 'Write' : 'Read'} requests per minute${scope === 'user' ? ' per user' : ''}' of service 'sheets.googleapis.com'.`;

export function createFakeGoogleApp(google: FakeGoogle): Hono<Env> {
  const book = (id: string) => {
    const found = google.spreadsheets.get(id);
    if (!found) throw new FakeHttpError(404, 'notFound', 'Requested entity was not found.');
    return found;
  };
  const calendar = (id: string) => {
    const found = google.calendars.get(id);
    if (!found) throw new FakeHttpError(404, 'notFound', 'Not Found');
    return found;
  };
  const ranges = (c: Context<Env>) => [...(c.req.queries('ranges') ?? []), ...(c.req.queries('ranges[]') ?? [])];
  const renderOptions = (c: Context<Env>): RenderOptions => ({
    value: (c.req.query('valueRenderOption') as RenderOptions['value'] | undefined) ?? 'FORMATTED_VALUE',
    dateTime: (c.req.query('dateTimeRenderOption') as RenderOptions['dateTime'] | undefined) ?? 'SERIAL_NUMBER',
  });
  const inputOption = (c: Context<Env>) => {
    const option = c.req.query('valueInputOption');
    if (option !== 'RAW' && option !== 'USER_ENTERED') throw new FakeHttpError(400, 'badRequest', "Invalid valueInputOption: must be 'RAW' or 'USER_ENTERED'.");
    return option;
  };

  const routes: { method: string; api: RequestInfo['api']; write: boolean; path: RegExp; handle: Handler }[] = [
    {
      method: 'GET',
      api: 'calendar',
      write: false,
      path: /^\/calendar\/v3\/calendars\/([^/]+)\/events$/,
      handle: (c, m) => c.json(calendar(m[1]!).list(singleQuery(c))),
    },
    {
      method: 'POST',
      api: 'calendar',
      write: true,
      path: /^\/calendar\/v3\/calendars\/([^/]+)\/events\/watch$/,
      handle: async (c, m) => {
        calendar(m[1]!);
        const channel = google.channels.watch(m[1]!, await c.req.json());
        return c.json({
          kind: 'api#channel',
          id: channel.id,
          resourceId: channel.resourceId,
          resourceUri: `calendars/${m[1]}/events`,
          token: channel.token,
          expiration: String(channel.expiration),
        });
      },
    },
    {
      // calendarList.list: every calendar of the fake (it has one person), `primary` marked as such, paged as Google pages it
      // (maxResults default 100, at most 250: https://developers.google.com/calendar/api/v3/reference/calendarList/list).
      method: 'GET',
      api: 'calendar',
      write: false,
      path: /^\/calendar\/v3\/users\/me\/calendarList$/,
      handle: (c) => {
        const size = Number(c.req.query('maxResults') ?? 100);
        if (!Number.isInteger(size) || size < 1 || size > 250) throw new FakeHttpError(400, 'invalid', 'Invalid value for maxResults.');
        const from = Number(c.req.query('pageToken') ?? 0);
        const ids = [...google.calendars.keys()];
        const items = ids
          .slice(from, from + size)
          .map((id) => ({ kind: 'calendar#calendarListEntry', id, summary: id, primary: id === 'primary', accessRole: 'owner' }));
        return c.json({ kind: 'calendar#calendarList', items, ...(from + size < ids.length ? { nextPageToken: String(from + size) } : {}) });
      },
    },
    {
      method: 'POST',
      api: 'calendar',
      write: true,
      path: /^\/calendar\/v3\/channels\/stop$/,
      handle: async (c) => {
        google.channels.stop(await c.req.json());
        return c.body(null, 204);
      },
    },
    {
      method: 'GET',
      api: 'sheets',
      write: false,
      path: /^\/v4\/spreadsheets\/([^/:]+)$/,
      handle: (c, m) => {
        checkSpreadsheetFieldMask(c.req.query('fields'));
        return c.json(describeSpreadsheet(book(m[1]!), ranges(c), c.req.query('includeGridData') === 'true'));
      },
    },
    {
      method: 'POST',
      api: 'sheets',
      write: true,
      path: /^\/v4\/spreadsheets\/([^/:]+):batchUpdate$/,
      handle: async (c, m) => c.json(applyBatchUpdate(book(m[1]!), await c.req.json())),
    },
    {
      method: 'GET',
      api: 'sheets',
      write: false,
      path: /^\/v4\/spreadsheets\/([^/:]+)\/values:batchGet$/,
      handle: (c, m) =>
        c.json({
          spreadsheetId: m[1],
          valueRanges: ranges(c).map((range) => ({ range, majorDimension: 'ROWS', values: book(m[1]!).readValues(parseA1(range), renderOptions(c)) })),
        }),
    },
    {
      method: 'GET',
      api: 'sheets',
      write: false,
      path: /^\/v4\/spreadsheets\/([^/:]+)\/values\/([^/:]+)$/,
      handle: (c, m) => c.json({ range: m[2], majorDimension: 'ROWS', values: book(m[1]!).readValues(parseA1(m[2]!), renderOptions(c)) }),
    },
    {
      method: 'PUT',
      api: 'sheets',
      write: true,
      path: /^\/v4\/spreadsheets\/([^/:]+)\/values\/([^/:]+)$/,
      handle: async (c, m) => {
        const option = inputOption(c);
        const body = (await c.req.json()) as { values?: unknown[][] };
        book(m[1]!).writeValues(parseA1(m[2]!), body.values ?? [], option);
        return c.json({ spreadsheetId: m[1], updatedRange: m[2], updatedRows: body.values?.length ?? 0 });
      },
    },
    {
      method: 'POST',
      api: 'sheets',
      write: true,
      path: /^\/v4\/spreadsheets\/([^/:]+)\/values\/([^/:]+):append$/,
      handle: async (c, m) => {
        const option = inputOption(c);
        const body = (await c.req.json()) as { values?: unknown[][] };
        const range = parseA1(m[2]!);
        const target = book(m[1]!);
        const top = FakeSpreadsheet.dataEnd(target.sheetByTitle(range.title));
        target.writeValues({ ...range, rowStart: top }, body.values ?? [], option);
        return c.json({ spreadsheetId: m[1], updates: { updatedRows: body.values?.length ?? 0 } });
      },
    },
    {
      // Drive v3 files.get, for `capabilities.canEdit` (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/get).
      method: 'GET',
      api: 'sheets',
      write: false,
      path: /^\/drive\/v3\/files\/([^/:]+)$/,
      handle: (c, m) => {
        book(m[1]!);
        const person = google.driveFile.personOf((c.req.header('authorization') ?? '').slice('Bearer '.length));
        return c.json({
          id: m[1],
          mimeType: 'application/vnd.google-apps.spreadsheet',
          capabilities: { canEdit: person === null || google.driveFile.canEdit(person, m[1]!) },
        });
      },
    },
  ];

  const app = new Hono<Env>();
  app.all('*', async (c) => {
    // Routes match the raw path (a %2F inside an id or a %3A inside a range is data, not syntax); captures are decoded.
    const rawPath = new URL(c.req.url).pathname;
    const path = decodeURIComponent(rawPath);
    const route = routes.find((r) => r.method === c.req.method && r.path.test(rawPath));
    const info: RequestInfo = {
      api: route?.api ?? (path.startsWith('/calendar') ? 'calendar' : 'sheets'),
      method: c.req.method,
      path,
      write: route?.write ?? false,
    };
    const entry: LoggedRequest = { ...info, query: queryOf(new URL(c.req.url).searchParams), status: null };
    if (c.req.method === 'POST' || c.req.method === 'PUT') entry.body = await c.req.json().catch(() => undefined);
    google.log.push(entry);
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      return c.json(body as object, status as 200, headers);
    };

    if (google.latencyMs > 0) await sleep(google.latencyMs);
    if (!/^Bearer \S+/.test(c.req.header('authorization') ?? '')) {
      return answer(401, googleError(401, 'authError', 'Request is missing required authentication credential.', info.api));
    }
    if (!route) return answer(404, googleError(404, 'notFound', `The fake has no route for ${c.req.method} ${path}.`, info.api));
    // drive.file: the Sheets and Drive routes name their file in the first capture (drive-file-access.ts).
    const fileId = info.api === 'sheets' ? decodeURIComponent(route.path.exec(rawPath)![1]!) : null;
    const refused = fileId === null ? null : google.driveFile.refusal(c.req.header('authorization')!.slice('Bearer '.length), fileId, info.write);
    if (refused && fileId !== null) return answer(refused.status, path.startsWith('/drive/') ? driveRefusalBody(refused, fileId) : sheetsRefusalBody(refused));

    const fault = google.faults.take(info);
    if (fault?.kind === 'reset') {
      dropConnection(c);
      return new Response(null);
    }
    if (fault?.kind === 'hang') {
      await sleep(google.hangMs);
      dropConnection(c);
      return new Response(null);
    }
    if (fault?.kind === 'status') {
      const served = servedFault(info.api, fault);
      return answer(
        served.status,
        googleError(served.status, fault.reason, `Injected ${fault.status} ${fault.reason}.`, info.api),
        fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {},
      );
    }
    const overQuota = info.api === 'sheets' ? google.sheetsQuota?.admit(info.write ? 'write' : 'read', google.personOf(c.req.header('authorization')!)) : null;
    if (overQuota) return answer(429, googleError(429, 'RESOURCE_EXHAUSTED', quotaMessage(info.write, overQuota), 'sheets'));

    google.beforeRequest?.(info);
    try {
      const match = route.path.exec(rawPath)!;
      match.forEach((group, index) => (match[index] = group === undefined ? group : decodeURIComponent(group)));
      const response = await route.handle(c, match);
      if (fault?.kind === 'lost') {
        dropConnection(c);
        return new Response(null);
      }
      entry.status = response.status;
      return response;
    } catch (error) {
      if (error instanceof FakeHttpError) return answer(error.status, googleError(error.status, error.reason, error.message, info.api), error.headers);
      throw error;
    }
  });
  return app;
}

/** The query as logged: a parameter given once as its value, one given several times (`ranges`) as the list. */
function queryOf(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}
