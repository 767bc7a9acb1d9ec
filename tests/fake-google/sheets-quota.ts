/**
 * The Sheets v4 quotas of the fake: read and write requests per minute per
 * project and per user (Google: 300 and 60 of each,
 * https://developers.google.com/sheets/api/limits), counted per person —
 * every token a person holds draws on the same quota — over a sliding
 * minute, the strictest reading of "per minute". A request over quota is
 * answered 429 RESOURCE_EXHAUSTED and does not count.
 */

export interface SheetsQuotas {
  readsPerProject: number;
  readsPerUser: number;
  writesPerProject: number;
  writesPerUser: number;
}

/** Google's published Sheets quotas. */
export const GOOGLE_SHEETS_QUOTAS: SheetsQuotas = { readsPerProject: 300, readsPerUser: 60, writesPerProject: 300, writesPerUser: 60 };

export class SheetsQuotaCounter {
  private readonly admitted = new Map<string, number[]>();
  private readonly history: Record<'read' | 'write', number[]> = { read: [], write: [] };
  /** Requests refused for quota, by which limit. */
  readonly refused: { kind: 'read' | 'write'; scope: 'project' | 'user'; person: string; at: number }[] = [];

  constructor(
    readonly quotas: SheetsQuotas,
    private readonly now: () => number,
  ) {}

  /** Counts the request if both its limits allow it; otherwise returns which one refused it. */
  admit(kind: 'read' | 'write', person: string): 'project' | 'user' | null {
    const at = this.now();
    const projectKey = `${kind}:project`;
    const userKey = `${kind}:user:${person}`;
    const limits = kind === 'read' ? [this.quotas.readsPerProject, this.quotas.readsPerUser] : [this.quotas.writesPerProject, this.quotas.writesPerUser];
    const scope = this.recent(projectKey, at).length >= limits[0]! ? 'project' : this.recent(userKey, at).length >= limits[1]! ? 'user' : null;
    if (scope) {
      this.refused.push({ kind, scope, person, at });
      return scope;
    }
    this.recent(projectKey, at).push(at);
    this.recent(userKey, at).push(at);
    this.history[kind].push(at);
    return null;
  }

  /** Admitted request times of one key within the last minute (older ones dropped). */
  private recent(key: string, at: number): number[] {
    const kept = (this.admitted.get(key) ?? []).filter((time) => time > at - 60_000);
    this.admitted.set(key, kept);
    return kept;
  }

  /** Every admitted request of `kind` in the project, as times (for rate checks in tests). */
  times(kind: 'read' | 'write'): number[] {
    return [...this.history[kind]];
  }
}
