/**
 * Which interviews belong to which application: by the interview's hidden
 * Application ID when set, otherwise by company and role (case and spacing
 * ignored), which is how a person would match them by eye.
 */

type Row = Readonly<Record<string, unknown>>;

/** Company + role as one comparable key. */
export function companyRoleKey(row: Row): string {
  const norm = (value: unknown) =>
    String(value ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .toLowerCase();
  return `${norm(row.company)}\u0000${norm(row.role)}`;
}

/**
 * Groups interviews by application id in one pass over each list.
 * `rowOf` reads the row out of a wrapper (the insights keep parsed dates
 * beside each row instead of copying it).
 *
 * @returns a map from application id to its interviews (in the order given);
 *   interviews matching no application are left out.
 */
export function groupInterviewsByApplication<I>(
  applications: readonly Row[],
  interviews: readonly I[],
  rowOf: (item: I) => Row = (item) => item as Row,
): Map<string, I[]> {
  const ids = new Set<string>();
  for (const application of applications) {
    const id = String(application.id ?? '');
    if (id) ids.add(id);
  }
  // Company + role keys are only needed for interviews without a known id: built on first use.
  let byKey: Map<string, string> | undefined;
  const idByKey = (row: Row) => {
    if (!byKey) {
      byKey = new Map();
      for (const application of applications) {
        const id = String(application.id ?? '');
        const key = companyRoleKey(application);
        // Two applications with the same company and role: the first one wins, as in the sheet's order.
        if (id && !byKey.has(key)) byKey.set(key, id);
      }
    }
    return byKey.get(companyRoleKey(row));
  };
  const groups = new Map<string, I[]>();
  for (const interview of interviews) {
    const row = rowOf(interview);
    const explicit = String(row.applicationId ?? '');
    const id = explicit && ids.has(explicit) ? explicit : idByKey(row);
    if (id === undefined) continue;
    const group = groups.get(id);
    if (group) group.push(interview);
    else groups.set(id, [interview]);
  }
  return groups;
}
