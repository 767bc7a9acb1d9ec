/**
 * Links imported rounds into the tracker: each round gets the Application ID
 * of its application (matched by company and role, created as Interviewing
 * when absent), and its interviewers become Contacts (matched by address).
 * Pure; run by the engine on every pass of a sink that reads Applications and
 * Contacts (the TrackerLinks port), so a rerun finds everything in place and
 * creates nothing.
 *
 * Decisions, so they are the same in every sink:
 * - A round with a role matches the application with the same company and
 *   role (normalised, see link-keys.ts), an open one before a closed one.
 * - A round without a role matches its company's application without a role,
 *   else that company's one open application if there is exactly one, else
 *   creates an application without a role (which the next such round finds).
 * - A round without a company, and a round entered by hand, is left alone.
 * - A person's cells are never overwritten: only an empty Application link is
 *   filled; existing applications and contacts are never changed (no stage
 *   moves, forward or back). Creating an application records no Stage
 *   history row, as the add-on's application form records none.
 * - Cancelled rounds are linked (the company is in progress), but their
 *   interviewers, never met, are not added to Contacts.
 */
import { NextRoundError } from '../errors.js';
import { parseInterviewers, isValidEmail } from '../mail/address.js';
import { mapHeaders, readRow } from '../schema/header-map.js';
import { APPLICATIONS, CONTACTS, INTERVIEWS } from '../schema/tracker-schema.js';
import type { SheetSpec } from '../schema/types.js';
import type { RowCells, RowOp, SheetRows, TrackerLinkOps, TrackerSnapshot } from './ports.js';
import { applicationKey, companyKey, emailKey, roleKey, stableRowId } from './link-keys.js';
import { isOpenStage, LINKED_STAGE, roundsToLink, type Round } from './link-candidates.js';

/** The plan's ops with the links filled in, the rows to create, and what stopped linking. */
export interface RoundLinking {
  ops: RowOp[];
  links: { applications: RowCells[]; contacts: RowCells[] } & TrackerLinkOps;
  linked: { rounds: number; applications: number; contacts: number };
  problems: string[];
}

interface ApplicationRef {
  id: string;
  open: boolean;
}

/**
 * Links the rounds of `ops` (and rows still lacking their link) to applications and contacts.
 * @example linkRounds(snapshotWithLinks, plan.ops).links.applications // rows to append to Applications
 */
export function linkRounds(snapshot: TrackerSnapshot, ops: readonly RowOp[]): RoundLinking {
  const result: RoundLinking = { ops: [...ops], links: { applications: [], contacts: [] }, linked: { rounds: 0, applications: 0, contacts: 0 }, problems: [] };
  if (!snapshot.links) return result;
  const canLink = mapHeaders(INTERVIEWS, snapshot.headers).indexByKey.applicationId !== undefined;
  const rounds = roundsToLink(snapshot, ops, canLink);
  if (rounds.length === 0) return result;

  const applications = readSheet(APPLICATIONS, snapshot.links.applications, 'Rounds were not linked to applications', result.problems);
  if (applications) linkApplications(rounds, applications, result);
  const contacts = readSheet(CONTACTS, snapshot.links.contacts, 'Interviewers were not added to Contacts', result.problems);
  if (contacts) addContacts(rounds, contacts, result);
  return result;
}

function linkApplications(rounds: readonly Round[], rows: readonly RowCells[], result: RoundLinking): void {
  const byKey = new Map<string, ApplicationRef>();
  const openByCompany = new Map<string, ApplicationRef[]>();
  const taken = new Set<string>();
  const remember = (company: string, role: string, ref: ApplicationRef) => {
    const key = applicationKey(company, role);
    const seen = byKey.get(key);
    if (!seen || (!seen.open && ref.open)) byKey.set(key, ref);
    if (ref.open) openByCompany.set(companyKey(company), [...(openByCompany.get(companyKey(company)) ?? []), ref]);
  };
  for (const row of rows) {
    const id = (row.id ?? '').trim();
    if (id) taken.add(id);
    if ((row.company ?? '').trim()) remember(row.company!, row.role ?? '', { id, open: isOpenStage(row.stage) });
  }

  const byOp = new Map<number, string>();
  const linkOnly: RowOp[] = [];
  for (const round of rounds) {
    const { company, role } = round;
    let app = byKey.get(applicationKey(company, role));
    if (!app && roleKey(role) === '') {
      const open = openByCompany.get(companyKey(company)) ?? [];
      if (open.length === 1) app = open[0];
    }
    if (!app) {
      app = { id: stableRowId('app', round.eventId, taken), open: true };
      taken.add(app.id);
      remember(company, role, app);
      const contact = parseInterviewers(round.cells.interviewers).find((person) => person.email && isValidEmail(person.email));
      result.links.applications.push({
        id: app.id,
        company,
        role,
        stage: LINKED_STAGE,
        ...(contact ? { contact: contact.name, contactEmail: contact.email! } : {}),
      });
      result.linked.applications++;
    }
    // An application row the person typed without an id is matched (nothing is created twice) but cannot be linked to.
    if (!round.needsLink || app.id === '') continue;
    if (round.opIndex !== undefined) byOp.set(round.opIndex, app.id);
    // A row with nothing else to change gets an update of its link alone.
    else linkOnly.push({ kind: 'update', eventId: round.eventId, row: round.row!, cells: { applicationId: app.id } });
    result.linked.rounds++;
  }
  const planned = result.ops.map((op, index) => {
    const id = byOp.get(index);
    return id === undefined ? op : { ...op, cells: { ...op.cells, applicationId: id } };
  });
  result.ops = [...linkOnly, ...planned];
}

function addContacts(rounds: readonly Round[], rows: readonly RowCells[], result: RoundLinking): void {
  const known = new Set(rows.map((row) => emailKey(row.email)).filter((key) => key !== ''));
  const taken = new Set(rows.map((row) => (row.id ?? '').trim()).filter((id) => id !== ''));
  for (const round of rounds) {
    if (!round.addContacts) continue;
    for (const person of parseInterviewers(round.cells.interviewers)) {
      const email = person.email?.trim() ?? '';
      const key = emailKey(email);
      if (!isValidEmail(email) || known.has(key)) continue;
      known.add(key);
      const id = stableRowId('ct', key, taken);
      taken.add(id);
      const day = /^\d{4}-\d{2}-\d{2}/.exec(round.cells.start ?? '')?.[0];
      const metAt = [round.cells.round?.trim() || 'Interview', day].filter(Boolean).join(', ');
      result.links.contacts.push({ id, name: person.name || email, email, company: round.company, metAt, ...(day ? { lastContact: day } : {}) });
      result.linked.contacts++;
    }
  }
}

/** A linked sheet's rows by column key, or null (with the reason in `problems`) when it is missing or its headers do not map. */
function readSheet(spec: SheetSpec, table: SheetRows | null, what: string, problems: string[]): RowCells[] | null {
  if (!table) {
    problems.push(`${what}: the tracker has no "${spec.name}" sheet; run "Set up tracker" to add it.`);
    return null;
  }
  try {
    const map = mapHeaders(spec, table.headers);
    return table.rows.filter((row) => row.some((cell) => cell !== '')).map((row) => readRow(map, row) as RowCells);
  } catch (error) {
    if (!(error instanceof NextRoundError)) throw error;
    problems.push(`${what}: ${error.message}`);
    return null;
  }
}
