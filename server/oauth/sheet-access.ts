/**
 * The verifying read of the tracker: can this person's token, holding only
 * `drive.file`, open the spreadsheet, and may the person edit it? One Sheets
 * read (spreadsheets.get, id and title only) and one Drive files.get for
 * `capabilities.canEdit`. A file the app was never granted is invisible to it
 * (Sheets answers 404 NOT_FOUND; 403 when the person lost access to the file):
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth#drive-scopes,
 * https://developers.google.com/workspace/drive/api/guides/handle-errors.
 */
import { NextRoundError } from '../../shared/errors.js';

export type SheetAccess = { ok: true; title: string } | { ok: false; problem: 'not_granted' | 'read_only'; message: string };

export interface SheetAccessOptions {
  /** `http://127.0.0.1:<port>/` for the fake Google; Google's own hosts when absent. */
  rootUrl?: string | undefined;
  fetch?: typeof fetch;
}

const NOT_GRANTED =
  'NextRound needs access to the sheet: Google does not let it open this spreadsheet yet. Choose the tracker in the file picker (Connect in the sidebar shows it again).';
const READ_ONLY =
  'You can only view this spreadsheet, and NextRound writes interviews into it. Ask its owner for edit access, or use a tracker you own, then connect again.';

/** A GET with the person's token; Google's refusals (403/404) come back as a status, transport trouble as UNAVAILABLE. */
async function getJson(url: string, accessToken: string, fetchFn: typeof fetch): Promise<{ status: number; body: Record<string, unknown> }> {
  try {
    const response = await fetchFn(url, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.status >= 500 || response.status === 429)
      throw new NextRoundError('UNAVAILABLE', `Google answered HTTP ${response.status}; try again in a minute.`, { where: url.split('?')[0]! });
    return { status: response.status, body };
  } catch (error) {
    if (error instanceof NextRoundError) throw error;
    throw new NextRoundError('UNAVAILABLE', 'Google could not be reached to check access to the tracker; try again.', {
      where: url.split('?')[0]!,
      cause: error,
    });
  }
}

/** @example const access = await checkSheetAccess(token.reveal(), spreadsheetId, { rootUrl }); */
export async function checkSheetAccess(accessToken: string, spreadsheetId: string, options: SheetAccessOptions = {}): Promise<SheetAccess> {
  const fetchFn = options.fetch ?? fetch;
  const id = encodeURIComponent(spreadsheetId);
  const sheets = `${options.rootUrl ?? 'https://sheets.googleapis.com/'}v4/spreadsheets/${id}?fields=spreadsheetId%2Cproperties.title`;
  const read = await getJson(sheets, accessToken, fetchFn);
  if (read.status === 403 || read.status === 404) return { ok: false, problem: 'not_granted', message: NOT_GRANTED };
  if (read.status === 401)
    throw new NextRoundError('AUTH_REQUIRED', 'Google no longer accepts the access you gave; connect again.', { where: 'tracker access check' });
  if (read.status !== 200) throw new NextRoundError('UNAVAILABLE', `Reading the tracker answered HTTP ${read.status}.`, { where: 'tracker access check' });
  const drive = `${options.rootUrl ?? 'https://www.googleapis.com/'}drive/v3/files/${id}?fields=id%2Ccapabilities%2FcanEdit&supportsAllDrives=true`;
  const file = await getJson(drive, accessToken, fetchFn);
  if (file.status === 403 || file.status === 404) return { ok: false, problem: 'not_granted', message: NOT_GRANTED };
  const canEdit = (file.body.capabilities as { canEdit?: unknown } | undefined)?.canEdit;
  if (file.status !== 200 || typeof canEdit !== 'boolean')
    throw new NextRoundError('UNAVAILABLE', `Checking edit access answered HTTP ${file.status}.`, { where: 'tracker access check' });
  if (!canEdit) return { ok: false, problem: 'read_only', message: READ_ONLY };
  const title = (read.body.properties as { title?: unknown } | undefined)?.title;
  return { ok: true, title: typeof title === 'string' ? title.slice(0, 200) : spreadsheetId };
}

/** The sidebar's words when a sync finds the grant gone (Google answered 403/404 for the file). */
export const LOST_SHEET_ACCESS = NOT_GRANTED;
