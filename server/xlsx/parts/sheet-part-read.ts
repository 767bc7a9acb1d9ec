/**
 * Reads the rows of one worksheet part (xl/worksheets/sheetN.xml) as the
 * cell model's raw cells, and remembers where each row and cell sits in the
 * text so that editSheetPart can replace exactly those and nothing else.
 */
import type { RawCell } from '../../../shared/cells/read-cell.js';
import { xmlSafeText } from '../../../shared/cells/xml-safe-text.js';
import type { StylesPart } from './styles-part.js';
import { attributesOf, decodeEntities, decodeXstring, stringItemText } from './xml-text.js';

export interface SheetCell {
  /** 0-based column index. */
  readonly column: number;
  /** Offsets of the whole `<c>` element in the part's text. */
  readonly start: number;
  readonly end: number;
  readonly raw: RawCell;
  /** The cell's style index (`s`), when it has one. */
  readonly style: number | undefined;
}

export interface SheetRow {
  /** 1-based row number. */
  readonly number: number;
  /** Offsets of the whole `<row>` element. */
  readonly start: number;
  readonly end: number;
  /** The start tag as written (`<row r="2" spans="1:23">`, or the whole element when it is empty). */
  readonly startTag: string;
  readonly cells: readonly SheetCell[];
}

export interface SheetPart {
  readonly xml: string;
  /** The namespace prefix the part's elements carry (`x:`), usually none. */
  readonly prefix: string;
  /** Rows in the order the part lists them (ascending, as ECMA-376 requires). */
  readonly rows: readonly SheetRow[];
  /** Offsets of `<sheetData>…</sheetData>` (or `<sheetData/>`). */
  readonly dataStart: number;
  readonly dataEnd: number;
}

/** What cell values refer to: the shared string table and the styles. */
export interface CellContext {
  readonly strings: readonly string[];
  readonly styles: Pick<StylesPart, 'formatOf'>;
}

/**
 * Parses `xml`'s sheetData; `maxRows` stops early (the header row alone is enough to find a sheet).
 *
 * @throws Error when the part has no sheetData (not a worksheet).
 */
export function readSheetPart(xml: string, context: CellContext, maxRows = Number.POSITIVE_INFINITY): SheetPart {
  const data = /<(\w+:)?sheetData\b[^>]*?(\/>|>)/.exec(xml);
  if (!data) throw new Error('a worksheet without sheetData');
  const prefix = data[1] ?? '';
  const dataStart = data.index;
  const close = data[2] === '/>' ? -1 : xml.indexOf(`</${prefix}sheetData>`, dataStart);
  const dataEnd = close < 0 ? dataStart + data[0].length : close + `</${prefix}sheetData>`.length;
  const rows: SheetRow[] = [];
  const patterns = patternsFor(prefix);
  const rowPattern = patterns.row;
  rowPattern.lastIndex = dataStart;
  let previous = 0;
  for (let match = rowPattern.exec(xml); match && match.index < dataEnd && rows.length < maxRows; match = rowPattern.exec(xml)) {
    const startTag = match[1] === undefined ? match[0] : match[0].slice(0, match[0].indexOf('>') + 1);
    const number = Number(attributesOf(startTag).r ?? previous + 1);
    previous = number;
    const bodyStart = match.index + startTag.length;
    rows.push({ number, start: match.index, end: match.index + match[0].length, startTag, cells: readCells(match[1] ?? '', bodyStart, patterns, context) });
  }
  return { xml, prefix, rows, dataStart, dataEnd };
}

interface Patterns {
  prefix: string;
  row: RegExp;
  cell: RegExp;
  value: RegExp;
  inline: RegExp;
}

const PATTERNS = new Map<string, Patterns>();

/** The element patterns for a part's prefix, compiled once (a sheet has many thousand cells). */
function patternsFor(prefix: string): Patterns {
  let patterns = PATTERNS.get(prefix);
  if (!patterns) {
    patterns = {
      prefix,
      row: new RegExp(`<${prefix}row\\b[^>]*?(?:/>|>([\\s\\S]*?)</${prefix}row>)`, 'g'),
      cell: new RegExp(`<${prefix}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}c>)`, 'g'),
      value: new RegExp(`<${prefix}v(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}v>`),
      inline: new RegExp(`<${prefix}is\\b[^>]*>([\\s\\S]*?)</${prefix}is>`),
    };
    PATTERNS.set(prefix, patterns);
  }
  patterns.row.lastIndex = 0;
  return patterns;
}

function readCells(body: string, offset: number, patterns: Patterns, context: CellContext): SheetCell[] {
  const cells: SheetCell[] = [];
  let previous = -1;
  for (const match of body.matchAll(patterns.cell)) {
    const { r, s, t } = cellAttributes(match[1]!);
    const column = r ? columnIndexOf(r) : previous + 1;
    previous = column;
    const style = s === undefined ? undefined : Number(s);
    const start = offset + match.index;
    cells.push({ column, start, end: start + match[0].length, style, raw: rawCellOf(t, match[2] ?? '', style, patterns, context) });
  }
  return cells;
}

const CELL_R = /\sr="([^"]*)"/;
const CELL_S = /\ss="([^"]*)"/;
const CELL_T = /\st="([^"]*)"/;

/** A cell's r, s and t: three small searches, the sheet's hottest path (the general parser only for single-quoted attributes). */
function cellAttributes(text: string): { r?: string; s?: string; t?: string } {
  if (text.includes("'")) return attributesOf(text);
  return { r: CELL_R.exec(text)?.[1], s: CELL_S.exec(text)?.[1], t: CELL_T.exec(text)?.[1] };
}

function rawCellOf(type: string | undefined, body: string, style: number | undefined, patterns: Patterns, context: CellContext): RawCell {
  if (body === '') return { kind: 'blank' };
  const value = patterns.value.exec(body)?.[1];
  const text = (t: string): RawCell => ({ kind: 'text', text: xmlSafeText(t) });
  if (type === 'inlineStr') {
    const item = patterns.inline.exec(body)?.[1];
    return item === undefined ? { kind: 'blank' } : text(stringItemText(item, patterns.prefix));
  }
  if (value === undefined) return { kind: 'blank' };
  if (type === 's') return text(context.strings[Number(value)] ?? '');
  if (type === 'str' || type === 'e' || type === 'd') return text(decodeXstring(decodeEntities(value)));
  if (type === 'b') return { kind: 'bool', bool: value.trim() === '1' };
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) return { kind: 'blank' };
  return { kind: 'number', number, format: context.styles.formatOf(style ?? 0) };
}

/** `C7` → 2. */
export function columnIndexOf(reference: string): number {
  let index = 0;
  for (const char of reference.toUpperCase()) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}
