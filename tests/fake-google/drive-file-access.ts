/**
 * The `drive.file` scope as Google enforces it: a token holding only
 * drive.file reaches a file only when the app created it or the person
 * picked it in the Google Picker of the app's Cloud project
 * (https://developers.google.com/workspace/drive/api/guides/api-specific-auth#drive-scopes,
 * https://developers.google.com/workspace/drive/picker/reference/picker.pickerbuilder.setappid).
 * A file the app cannot reach is invisible to it: Sheets v4 answers 404
 * NOT_FOUND, as the Drive API answers 404 notFound for a file the caller
 * cannot read (https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found_fileid).
 * (No Google page reachable here states Sheets' exact status for this case; the
 * Drive guide also lists 403 appNotAuthorizedToFile for an app missing from a
 * file's ACL. The service treats 403 and 404 alike, so the fake picks 404.)
 * A reachable file the person may only view refuses writes with 403
 * PERMISSION_DENIED "The caller does not have permission"
 * (https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_403_error_insufficient_permissions_for_this_file).
 *
 * Off until a test registers a token (`admit`, `resolveToken`): suites that use a bare token
 * do not exercise scopes. Once on, an unknown token is refused with 401.
 */

export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';
/** Scopes that reach every spreadsheet the person can open (no grant needed). */
const WHOLE_DRIVE_SCOPES = ['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/drive'];

export interface AccessRefusal {
  status: 401 | 403 | 404;
  /** Google's words for it. */
  message: string;
}

export class DriveFileAccess {
  /** The Cloud project number whose Picker grants count (PickerBuilder.setAppId). */
  projectNumber = '123456789012';
  /** Whose a token not admitted one by one is (e.g. the fake OAuth server's token info); null when none. */
  resolveToken: ((token: string) => { person: string; scopes: string[] } | null) | null = null;
  private readonly tokens = new Map<string, { person: string; scopes: string[] }>();
  private readonly granted = new Map<string, Set<string>>();
  private readonly viewOnly = new Map<string, Set<string>>();

  /** Makes `token` known as `person`'s with `scopes`; turns enforcement on. */
  admit(token: string, person: string, scopes: string[]): void {
    this.tokens.set(token, { person, scopes });
  }

  /** Forgets tokens, grants and view-only shares (enforcement off again). */
  clear(): void {
    this.tokens.clear();
    this.granted.clear();
    this.viewOnly.clear();
    this.resolveToken = null;
  }

  get enforced(): boolean {
    return this.tokens.size > 0 || this.resolveToken !== null;
  }

  personOf(token: string): string | null {
    return this.holder(token)?.person ?? null;
  }

  private holder(token: string): { person: string; scopes: string[] } | null {
    return this.tokens.get(token) ?? this.resolveToken?.(token) ?? null;
  }

  /** The app created `fileId` for `person`, or `person` picked it in the app's Picker. */
  grant(person: string, fileId: string): void {
    let files = this.granted.get(person);
    if (!files) {
      files = new Set();
      this.granted.set(person, files);
    }
    files.add(fileId);
  }

  /** The grant is gone (the person removed the app's access to the file). */
  revoke(person: string, fileId: string): void {
    this.granted.get(person)?.delete(fileId);
  }

  /** `person` may view `fileId` but not edit it (shared as Viewer or Commenter). */
  onlyView(person: string, fileId: string): void {
    let people = this.viewOnly.get(fileId);
    if (!people) {
      people = new Set();
      this.viewOnly.set(fileId, people);
    }
    people.add(person);
  }

  canEdit(person: string, fileId: string): boolean {
    return !this.viewOnly.get(fileId)?.has(person);
  }

  /** Why Google would refuse `token` this request on `fileId`, or null when it would serve it. */
  refusal(token: string, fileId: string, write: boolean): AccessRefusal | null {
    if (!this.enforced) return null;
    const holder = this.holder(token);
    if (!holder)
      return {
        status: 401,
        message: 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      };
    const whole = holder.scopes.some((scope) => WHOLE_DRIVE_SCOPES.includes(scope));
    if (!whole && !holder.scopes.includes(DRIVE_FILE_SCOPE)) return { status: 403, message: 'Request had insufficient authentication scopes.' };
    if (!whole && !this.granted.get(holder.person)?.has(fileId)) return { status: 404, message: 'Requested entity was not found.' };
    if (write && !this.canEdit(holder.person, fileId)) return { status: 403, message: 'The caller does not have permission' };
    return null;
  }
}

const STATUS_NAMES = { 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND' } as const;

/** Sheets v4's body for a refusal: a google.rpc.Status, `{ error: { code, message, status } }` (https://cloud.google.com/apis/design/errors#http_mapping). */
export function sheetsRefusalBody(refusal: AccessRefusal): { error: { code: number; message: string; status: string } } {
  return { error: { code: refusal.status, message: refusal.message, status: STATUS_NAMES[refusal.status] } };
}

/** Drive v3's body for a refusal: `{ error: { code, message, errors: [{ domain, reason, message }] } }` (handle-errors, above). */
export function driveRefusalBody(
  refusal: AccessRefusal,
  fileId: string,
): { error: { code: number; message: string; errors: { domain: string; reason: string; message: string }[] } } {
  const reason = refusal.status === 404 ? 'notFound' : refusal.status === 401 ? 'authError' : 'insufficientFilePermissions';
  const message = refusal.status === 404 ? `File not found: ${fileId}.` : refusal.message;
  return { error: { code: refusal.status, message, errors: [{ domain: 'global', reason, message }] } };
}
