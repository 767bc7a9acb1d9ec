/**
 * Which interviews belong to which application: by the interview's hidden
 * Application ID when set, otherwise by company and role (case and spacing
 * ignored), which is how a person would match them by eye.
 */

type Row = Readonly<Record<string, unknown>>;

/** Company + role as one comparable key. */
export function companyRoleKey(row: Row): string {
  const norm = (value: unknown) => String(value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return `${norm(row.company)}\u0000${norm(row.role)}`;
}

/**
 * Groups interviews by application id in one pass over each list.
 *
 * @returns a map from application id to its interviews (in the order given);
 *   interviews matching no application are left out.
 */
export function groupInterviewsByApplication<I extends Row>(applications: readonly Row[], interviews: readonly I[]): Map<string, I[]> {
  const ids = new Set<string>();
  const byKey = new Map<string, string>();
  for (const application of applications) {
    const id = String(application.id ?? '');
    if (!id) continue;
    ids.add(id);
    const key = companyRoleKey(application);
    // Two applications with the same company and role: the first one wins, as in the sheet's order.
    if (!byKey.has(key)) byKey.set(key, id);
  }
  const groups = new Map<string, I[]>();
  for (const interview of interviews) {
    const explicit = String(interview.applicationId ?? '');
    const id = explicit && ids.has(explicit) ? explicit : byKey.get(companyRoleKey(interview));
    if (id === undefined) continue;
    const group = groups.get(id);
    if (group) group.push(interview);
    else groups.set(id, [interview]);
  }
  return groups;
}
