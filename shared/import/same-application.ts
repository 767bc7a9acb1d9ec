/**
 * When two applications are the same: the same posting link, or the same
 * company and role (case, accents and spacing aside). Used by the import
 * (rows already in the tracker are skipped) and by "add a job" (the person
 * chooses to open the existing row or add anyway).
 */
import { sameLinkKey } from '../jobs/posting-address.js';
import { foldText } from '../tracker/search.js';

export interface ApplicationKeyFields {
  readonly company: string;
  readonly role: string;
  readonly link?: string;
}

/** The keys an application is known by: its link's, and its company and role's. */
export function applicationKeys(application: ApplicationKeyFields): string[] {
  const keys: string[] = [];
  const link = sameLinkKey(application.link ?? '');
  if (link) keys.push(`link:${link}`);
  const company = foldText(application.company).replace(/\s+/g, ' ').trim();
  const role = foldText(application.role).replace(/\s+/g, ' ').trim();
  if (company && role) keys.push(`name:${company}|${role}`);
  return keys;
}

/** An index of applications by key, to find a duplicate in constant time. */
export function indexApplications<T extends ApplicationKeyFields>(applications: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const application of applications) for (const key of applicationKeys(application)) if (!index.has(key)) index.set(key, application);
  return index;
}

/** The first indexed application `candidate` duplicates, or null. */
export function findSameApplication<T>(index: ReadonlyMap<string, T>, candidate: ApplicationKeyFields): T | null {
  for (const key of applicationKeys(candidate)) {
    const found = index.get(key);
    if (found) return found;
  }
  return null;
}
