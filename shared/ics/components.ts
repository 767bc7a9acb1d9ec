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

/** Where a component's lines are in the unfolded text: from its BEGIN line to the end of its END line. */
export interface ComponentSpan {
  start: number;
  end: number;
  /** The line number of its BEGIN line, for messages. */
  line: number;
}

/**
 * Sees each component as it closes, with its nesting depth (0: top level) and the name of the
 * component around it. Returns whether the component stays in its parent's `components`:
 * a caller that keeps only what it needs lets the rest be collected as it reads.
 */
export type ComponentVisitor = (component: IcsComponent, depth: number, parent: string | undefined, span: ComponentSpan) => boolean;

const NEWLINE = /\r\n|\n|\r/g;

/**
 * Reads unfolded text one content line at a time (no array of all lines), checking its structure
 * as it goes. @returns the top-level components the visitor kept.
 * @throws NextRoundError ICS_INVALID naming `where`.
 */
export function readComponents(
  text: string,
  where: string,
  visit: ComponentVisitor = () => true,
  within: ComponentSpan = { start: 0, end: text.length, line: 1 },
): IcsComponent[] {
  const roots: IcsComponent[] = [];
  const stack: { component: IcsComponent; start: number; line: number }[] = [];
  const newline = new RegExp(NEWLINE);
  for (let at = within.start, n = within.line; at <= within.end; n++) {
    newline.lastIndex = at;
    const found = newline.exec(text);
    const stop = found && found.index < within.end ? found.index : within.end;
    const line = text.slice(at, stop);
    const lineStart = at;
    at = stop === within.end ? within.end + 1 : stop + found![0].length;
    if (line.trim() === '') continue;
    const property = readContentLine(line);
    if (!property) throw invalid(where, `line ${n} is not a property ("${line.slice(0, 40)}")`);
    if (property.name === 'BEGIN') {
      if (stack.length >= MAX_DEPTH) throw invalid(where, `components are nested more than ${MAX_DEPTH} deep`);
      const component: IcsComponent = { name: property.value.trim().toUpperCase(), properties: [], components: [] };
      stack.push({ component, start: lineStart, line: n });
    } else if (property.name === 'END') {
      const open = stack.pop();
      if (open?.component.name !== property.value.trim().toUpperCase()) throw invalid(where, `line ${n} ends ${property.value} which is not open`);
      const parent = stack[stack.length - 1]?.component;
      if (visit(open.component, stack.length, parent?.name, { start: open.start, end: stop, line: open.line })) {
        (parent?.components ?? roots).push(open.component);
      }
    } else {
      const current = stack[stack.length - 1];
      if (!current) throw invalid(where, `line ${n} is outside any component`);
      current.component.properties.push(property);
    }
  }
  // An unclosed component was kept by the old whole-file reader: its parent held it from BEGIN on.
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    const open = stack[depth]!;
    const parent = stack[depth - 1]?.component;
    if (visit(open.component, depth, parent?.name, { start: open.start, end: within.end, line: open.line })) {
      (parent?.components ?? roots).push(open.component);
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
