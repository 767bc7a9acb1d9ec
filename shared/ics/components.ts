/**
 * Unfolded iCalendar text → a tree of components and properties
 * (https://www.rfc-editor.org/rfc/rfc5545#section-3.1 content lines and
 * §3.6 components). Names are upper-cased; values are kept as written.
 */
import { NextRoundError } from '../errors.js';

export interface IcsProperty {
  name: string;
  /** Parameters by upper-case name; quoted values unquoted, lists kept joined by commas. */
  params: Record<string, string>;
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

const MAX_DEPTH = 16;

/** The top-level components of an unfolded text. @throws NextRoundError ICS_INVALID naming `where`. */
export function readComponents(text: string, where: string): IcsComponent[] {
  const roots: IcsComponent[] = [];
  const stack: IcsComponent[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') continue;
    const property = readContentLine(line);
    if (!property) throw invalid(where, `line ${n + 1} is not a property ("${line.slice(0, 40)}")`);
    if (property.name === 'BEGIN') {
      if (stack.length >= MAX_DEPTH) throw invalid(where, `components are nested more than ${MAX_DEPTH} deep`);
      const component: IcsComponent = { name: property.value.trim().toUpperCase(), properties: [], components: [] };
      (stack[stack.length - 1]?.components ?? roots).push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      const open = stack.pop();
      if (open?.name !== property.value.trim().toUpperCase()) throw invalid(where, `line ${n + 1} ends ${property.value} which is not open`);
    } else {
      const current = stack[stack.length - 1];
      if (!current) throw invalid(where, `line ${n + 1} is outside any component`);
      current.properties.push(property);
    }
  }
  return roots;
}

function invalid(where: string, why: string): NextRoundError {
  return new NextRoundError('ICS_INVALID', `${where} could not be read as iCalendar: ${why}.`, { where });
}

/** `NAME;P1=a;P2="b:c":value` → property, or undefined when there is no name or colon. */
export function readContentLine(line: string): IcsProperty | undefined {
  const head = /^([A-Za-z0-9-]+)/.exec(line);
  if (!head) return undefined;
  const params: Record<string, string> = {};
  let i = head[1]!.length;
  while (line[i] === ';') {
    const eq = line.indexOf('=', i);
    if (eq < 0) return undefined;
    const key = line.slice(i + 1, eq).toUpperCase();
    let value = '';
    i = eq + 1;
    for (;;) {
      if (line[i] === '"') {
        const close = line.indexOf('"', i + 1);
        if (close < 0) return undefined;
        value += line.slice(i + 1, close);
        i = close + 1;
      } else {
        const stop = /[;:,]/.exec(line.slice(i));
        if (!stop) return undefined;
        value += line.slice(i, i + stop.index);
        i += stop.index;
      }
      if (line[i] !== ',') break;
      value += ',';
      i++;
    }
    params[key] = value;
  }
  if (line[i] !== ':') return undefined;
  return { name: head[1]!.toUpperCase(), params, value: line.slice(i + 1) };
}

export const firstProperty = (c: IcsComponent, name: string): IcsProperty | undefined => c.properties.find((p) => p.name === name);
export const allProperties = (c: IcsComponent, name: string): IcsProperty[] => c.properties.filter((p) => p.name === name);
