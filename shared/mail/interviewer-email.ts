/**
 * Adding an address to one interviewer of an Interviewers cell, for the
 * draft card that has a name and no email: the other people and their
 * order stay as written.
 */
import { NextRoundError } from '../errors.js';
import { isValidEmail, parseInterviewers, type Person } from './address.js';

const entry = (person: Person) => {
  const name = /[,;"<>\n]/.test(person.name) ? `"${person.name.replace(/"/g, '')}"` : person.name;
  return name && person.email ? `${name} <${person.email}>` : name || person.email || '';
};

/**
 * The cell with `email` given to the first interviewer named `name` who has
 * none (case and spaces ignored); a cell naming nobody gets the person.
 *
 * @throws NextRoundError INVALID_INPUT when the address is not one valid
 *   address, or when nobody of that name lacks an address.
 * @example addInterviewerEmail('Ada Lovelace, bo@acme.com', 'Ada Lovelace', 'ada@acme.com')
 *   // 'Ada Lovelace <ada@acme.com>, bo@acme.com'
 */
export function addInterviewerEmail(cell: unknown, name: string, email: string): string {
  const address = email.trim();
  if (!isValidEmail(address)) {
    throw new NextRoundError('INVALID_INPUT', `"${address.slice(0, 80)}" is not one email address, like ada@example.com.`, { where: 'email' });
  }
  const people = parseInterviewers(cell);
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  const index = people.findIndex((person) => !person.email && person.name.trim().replace(/\s+/g, ' ').toLowerCase() === key);
  // A round that names nobody takes the person as its first interviewer.
  if (index < 0 && people.length > 0) {
    throw new NextRoundError('INVALID_INPUT', `Nobody called ${name.trim() || 'that'} without an email is on this interview any more; reload the drafts.`, {
      where: 'name',
    });
  }
  const next =
    index < 0 ? [...people, { name: name.trim(), email: address }] : people.map((person, i) => (i === index ? { ...person, email: address } : person));
  return next.map(entry).join(', ');
}
