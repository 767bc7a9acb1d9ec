/**
 * Recipients: the interviewers cell read into people, an address validated
 * before it reaches a header, and the `To:` header for exactly one of them.
 */
import { NextRoundError } from '../errors.js';
import { assertHeaderSafe, encodeWords, isPlainAscii } from './header-value.js';

/** A person on the other side: a name (may be empty) and an address (null when the cell has none). */
export interface Person {
  readonly name: string;
  readonly email: string | null;
}

/** Dot-atom local part (no quoted forms), host names with a letter TLD: what real interviewers use. */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** True for one plain address like `ana.perez+jobs@acme.co.uk`; false for lists, display forms and anything odd. */
export function isValidEmail(email: string): boolean {
  if (email.length > 254) return false;
  const at = email.lastIndexOf('@');
  if (at < 1 || at !== email.indexOf('@')) return false;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  return (
    local.length <= 64 &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    /^[A-Za-z]{2,63}$/.test(labels[labels.length - 1]!)
  );
}

/**
 * The `To:` header for one person.
 *
 * @throws NextRoundError MAIL_INVALID when the address is missing or not one
 *   valid address, or the name holds a control character.
 * @example formatToHeader({name: 'Ana "AP" Pérez', email: 'ana@acme.com'})
 */
export function formatToHeader(person: Person): string {
  const email = person.email?.trim() ?? '';
  const name = person.name.trim();
  assertHeaderSafe('recipient name', name);
  assertHeaderSafe('recipient address', email);
  if (!isValidEmail(email)) {
    throw new NextRoundError(
      'MAIL_INVALID',
      email === ''
        ? `${name || 'This recipient'} has no email address; add it to the interview row.`
        : `"${email.slice(0, 80)}" is not one valid email address; a draft goes to exactly one recipient.`,
      { where: 'recipient address' },
    );
  }
  if (name === '') return `To: ${email}`;
  if (isPlainAscii(name)) {
    const line = `To: "${name.replace(/[\\"]/g, (char) => `\\${char}`)}" <${email}>`;
    if (line.length <= 76) return line;
  }
  const header = `To: ${encodeWords(name, 'To: '.length)}`;
  const lastLine = header.slice(header.lastIndexOf('\n') + 1);
  return lastLine.length + email.length + 3 <= 76 ? `${header} <${email}>` : `${header}\r\n <${email}>`;
}

/**
 * Reads the Interviewers cell: people separated by new lines, `;` or `,`,
 * each `Name <email>`, a bare `email`, or a bare name. Commas inside quotes
 * or angle brackets do not separate.
 *
 * @example parseInterviewers('Ana Pérez <ana@acme.com>, bo@acme.com')
 *   // [{name:'Ana Pérez', email:'ana@acme.com'}, {name:'', email:'bo@acme.com'}]
 */
export function parseInterviewers(cell: unknown): Person[] {
  const text = String(cell ?? '');
  const entries: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (char === '<') angled = true;
    else if (char === '>') angled = false;
    if (!quoted && !angled && (char === ',' || char === ';' || char === '\n' || char === '\r')) {
      entries.push(current);
      current = '';
    } else current += char;
  }
  entries.push(current);
  return entries.map(readPerson).filter((person): person is Person => person !== null);
}

function readPerson(entry: string): Person | null {
  const text = entry.trim();
  if (text === '') return null;
  const angle = /^(.*?)<([^<>]*)>$/.exec(text);
  if (angle) return { name: unquote(angle[1]!.trim()), email: angle[2]!.trim() || null };
  if (!/\s/.test(text) && text.includes('@')) return { name: '', email: text };
  return { name: unquote(text), email: null };
}

function unquote(name: string): string {
  return name.startsWith('"') && name.endsWith('"') && name.length >= 2 ? name.slice(1, -1).replace(/\\(.)/g, '$1') : name;
}

/**
 * Writes people back as an Interviewers cell, the form parseInterviewers reads.
 *
 * @example formatPeople([{ name: 'Ana', email: 'ana@acme.com' }, { name: 'Bo', email: null }]) // 'Ana <ana@acme.com>, Bo'
 */
export function formatPeople(people: readonly Person[]): string {
  return people
    .map(({ name, email }) => {
      const shown = /[,;"<>]/.test(name) ? `"${name.replace(/[\\"]/g, (char) => `\\${char}`)}"` : name;
      return shown && email ? `${shown} <${email}>` : shown || email || '';
    })
    .filter((text) => text !== '')
    .join(', ');
}

/**
 * Each person once, in order of first mention: two mentions with addresses
 * are one person when the addresses match; otherwise when the names match.
 * A mention that adds the address a first one lacked completes it. The
 * application hub lists its contact and every round's interviewers this way.
 */
export function uniquePeople(people: readonly Person[]): Person[] {
  const named = (person: Person) => person.name.trim().toLowerCase();
  const same = (a: Person, b: Person) => (a.email && b.email ? a.email.toLowerCase() === b.email.toLowerCase() : named(a) !== '' && named(a) === named(b));
  const unique: Person[] = [];
  for (const person of people) {
    if (!person.email && !named(person)) continue;
    const index = unique.findIndex((known) => same(known, person));
    const known = unique[index];
    if (!known) unique.push(person);
    else if (!known.email && person.email) unique[index] = { name: known.name || person.name, email: person.email };
  }
  return unique;
}
