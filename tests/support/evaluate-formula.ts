/**
 * A small evaluator for the spreadsheet formulas NextRound writes (the due
 * highlights) and a few a person would (AVERAGE), over typed cells: enough
 * to show whether a highlight fires on a row, not a spreadsheet engine.
 * Functions: AND, OR, N, ISNUMBER, ISERROR, SEARCH, MAX, NOW, TODAY,
 * AVERAGE (of a one-column range, text and blanks ignored); operators
 * = <> < <= > >= + - * / and `&`-free arithmetic; cell refs like `$C2`.
 */
export type FormulaValue = number | string | boolean | null;

/** Cells by A1 address ("C2"), and NOW as a serial. */
export interface FormulaContext {
  cell(address: string): FormulaValue;
  now: number;
}

class FormulaError extends Error {}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)|([A-Z]+)\(|(<=|>=|<>|[=<>+\-*/(),]))/y;

/** The value of `formula` ("=AND(...)"); errors as the string "#ERROR". */
export function evaluateFormula(formula: string, context: FormulaContext): FormulaValue {
  const tokens: string[] = [];
  const text = formula.replace(/^=/, '');
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match) throw new Error(`Cannot read formula at ${TOKEN.lastIndex}: ${text}`);
    tokens.push(match[4] ? `${match[4]}(` : match[0].trim());
  }
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string) => {
    const token = tokens[at++];
    if (expected !== undefined && token !== expected) throw new Error(`Expected ${expected}, got ${token}`);
    return token!;
  };
  const num = (value: FormulaValue) => {
    if (value === null || value === '') return 0;
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (typeof value === 'number') return value;
    throw new FormulaError('#VALUE!');
  };
  const compare = (op: string, a: FormulaValue, b: FormulaValue) => {
    const norm = (v: FormulaValue) => (v === null ? (typeof (v === a ? b : a) === 'number' ? 0 : '') : v);
    const [x, y] = [norm(a), norm(b)];
    const order = typeof x === typeof y ? (x! < y! ? -1 : x! > y! ? 1 : 0) : typeof x === 'number' ? -1 : 1;
    return { '=': order === 0, '<>': order !== 0, '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0 }[op]!;
  };
  /** Arguments, each evaluated once; an error in one is kept as a value, for ISERROR / ISNUMBER. */
  const args = (): (FormulaValue | FormulaError)[] => {
    const list: (FormulaValue | FormulaError)[] = [];
    if (peek() === ')') {
      take(')');
      return list;
    }
    for (;;) {
      const start = at;
      try {
        list.push(expression());
      } catch (error) {
        if (!(error instanceof FormulaError)) throw error;
        list.push(error);
        at = skipArgument(start);
      }
      if (take() === ')') return list;
    }
  };
  /** The index of the `,` or `)` that ends the argument starting at `start`. */
  const skipArgument = (start: number) => {
    let depth = 0;
    for (let i = start; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.endsWith('(')) depth++;
      else if (token === ')' && depth-- === 0) return i;
      else if (token === ',' && depth === 0) return i;
    }
    throw new Error('Unclosed call');
  };
  const value = (arg: FormulaValue | FormulaError | undefined): FormulaValue => {
    if (arg instanceof FormulaError) throw arg;
    return arg ?? null;
  };
  const call = (name: string): FormulaValue => {
    const list = args();
    switch (name) {
      case 'AND':
        return list.every((arg) => Boolean(value(arg)));
      case 'OR':
        return list.some((arg) => Boolean(value(arg)));
      case 'N': {
        const v = value(list[0]);
        return typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : 0;
      }
      case 'NOT':
        return !value(list[0]);
      // Sheets' TRIM drops leading and trailing spaces and collapses runs of spaces inside (https://support.google.com/docs/answer/3094140).
      case 'TRIM':
        return String(value(list[0]) ?? '')
          .replace(/ +/g, ' ')
          .trim();
      case 'LOWER':
        return String(value(list[0]) ?? '').toLowerCase();
      case 'ISNUMBER':
        return typeof list[0] === 'number';
      case 'ISERROR':
        return list[0] instanceof FormulaError;
      case 'SEARCH': {
        const index = String(value(list[1]) ?? '')
          .toLowerCase()
          .indexOf(String(value(list[0]) ?? '').toLowerCase());
        if (index < 0) throw new FormulaError('#VALUE!');
        return index + 1;
      }
      case 'MAX':
        return Math.max(...list.map((arg) => num(value(arg))));
      case 'NOW':
        return context.now;
      case 'TODAY':
        return Math.floor(context.now);
      default:
        throw new Error(`Unknown function ${name}`);
    }
  };
  function primary(): FormulaValue {
    const token = take();
    if (token === '(') {
      const value = expression();
      take(')');
      return value;
    }
    if (token === '-') return -num(primary());
    if (token.endsWith('(')) {
      const name = token.slice(0, -1);
      if (name === 'AVERAGE') {
        const range = take().replace(/\$/g, '');
        take(')');
        const [from, to] = range.split(':') as [string, string];
        const column = from.replace(/\d+/g, '');
        const numbers: number[] = [];
        for (let row = Number(from.replace(/\D+/g, '')); row <= Number(to.replace(/\D+/g, '')); row++) {
          const value = context.cell(`${column}${row}`);
          if (typeof value === 'number') numbers.push(value);
        }
        if (numbers.length === 0) throw new FormulaError('#DIV/0!');
        return numbers.reduce((a, b) => a + b, 0) / numbers.length;
      }
      return call(name);
    }
    if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(token)) return Number(token);
    return context.cell(token.replace(/\$/g, ''));
  }
  function term(): FormulaValue {
    let value = primary();
    while (peek() === '*' || peek() === '/') {
      const op = take();
      const right = primary();
      value = op === '*' ? num(value) * num(right) : num(value) / num(right);
    }
    return value;
  }
  function sum(): FormulaValue {
    let value = term();
    while (peek() === '+' || peek() === '-') {
      const op = take();
      const right = term();
      value = op === '+' ? num(value) + num(right) : num(value) - num(right);
    }
    return value;
  }
  function expression(): FormulaValue {
    const left = sum();
    const op = peek();
    if (op && ['=', '<>', '<', '<=', '>', '>='].includes(op)) {
      take();
      return compare(op, left, sum());
    }
    return left;
  }
  try {
    const value = expression();
    if (at !== tokens.length) throw new Error(`Unread tokens in ${formula}`);
    return value;
  } catch (error) {
    if (error instanceof FormulaError) return error.message;
    throw error;
  }
}
