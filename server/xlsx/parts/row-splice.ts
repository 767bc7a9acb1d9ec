/**
 * Writes cells into a worksheet part's text by splicing: each row that gets
 * a cell is rebuilt from its own cells (the ones not written kept verbatim)
 * and the new ones; a row the part lacks is inserted in row order. Every
 * byte outside those rows stays as it was, except `<dimension>`, which is
 * widened to cover what was written.
 */
import { columnLetter } from '../../../shared/schema/header-map.js';
import { columnIndexOf, type SheetPart, type SheetRow } from './sheet-part-read.js';
import { encodeXstring } from './xml-text.js';

/**
 * What a written cell holds: text inline or as an index into the shared
 * string table, always a string cell, never a formula (cells are data, not code).
 */
export type CellContent = { kind: 'blank' } | { kind: 'text'; text: string } | { kind: 'shared'; index: number } | { kind: 'number'; number: number };

export interface CellWrite {
  /** 0-based column index. */
  readonly column: number;
  readonly content: CellContent;
  /** The style index (`s`) the cell gets. */
  readonly style: number;
}

/** The part's text with `writes` (cells by 1-based row number) in place. */
export function spliceRows(part: SheetPart, writes: ReadonlyMap<number, readonly CellWrite[]>): string {
  const { xml, prefix } = part;
  const existing = new Map(part.rows.map((row) => [row.number, row]));
  const selfClosing = xml.startsWith('/>', part.dataEnd - 2);
  const dataClose = selfClosing ? part.dataStart : part.dataEnd - `</${prefix}sheetData>`.length;
  const splices: { start: number; end: number; text: string }[] = [];
  let next = 0; // index into part.rows of the first row numbered above the one being inserted
  let lastRow = 0;
  let lastColumn = 0;
  for (const number of [...writes.keys()].sort((a, b) => a - b)) {
    const cells = writes.get(number)!;
    lastRow = Math.max(lastRow, number);
    for (const cell of cells) lastColumn = Math.max(lastColumn, cell.column);
    const row = existing.get(number);
    if (row) {
      splices.push({ start: row.start, end: row.end, text: rebuildRow(xml, prefix, row, cells) });
      continue;
    }
    while (next < part.rows.length && part.rows[next]!.number < number) next++;
    const at = next < part.rows.length ? part.rows[next]!.start : dataClose;
    splices.push({ start: at, end: at, text: `<${prefix}row r="${number}">${cells.map((cell) => cellXml(prefix, cell, number)).join('')}</${prefix}row>` });
  }
  if (splices.length === 0) return xml;
  if (selfClosing) {
    // `<sheetData/>`: no rows yet, so every write is an insertion; the element gets a body.
    const open = xml.slice(part.dataStart, part.dataEnd).replace(/\s*\/>$/, '>');
    const rows = splices.map((splice) => splice.text).join('');
    return widenDimension(`${xml.slice(0, part.dataStart)}${open}${rows}</${prefix}sheetData>${xml.slice(part.dataEnd)}`, prefix, lastRow, lastColumn);
  }
  let out = '';
  let cursor = 0;
  for (const splice of splices.sort((a, b) => a.start - b.start)) {
    out += xml.slice(cursor, splice.start) + splice.text;
    cursor = splice.end;
  }
  out += xml.slice(cursor);
  return widenDimension(out, prefix, lastRow, lastColumn);
}

function rebuildRow(xml: string, prefix: string, row: SheetRow, writes: readonly CellWrite[]): string {
  const close = `</${prefix}row>`;
  const empty = row.startTag === xml.slice(row.start, row.end);
  // spans is an optional hint of the row's columns; written cells may fall outside it.
  const startTag = row.startTag.replace(/\sspans="[^"]*"/, '').replace(/\s*\/>$/, '>');
  const body = empty ? '' : xml.slice(row.start + row.startTag.length, row.end - close.length);
  const head = row.cells.length > 0 ? xml.slice(row.start + row.startTag.length, row.cells[0]!.start) : '';
  const tail = row.cells.length > 0 ? xml.slice(row.cells.at(-1)!.end, row.end - close.length) : body;
  const written = new Map(writes.map((cell) => [cell.column, cell]));
  const pieces: { column: number; text: string }[] = row.cells
    .filter((cell) => !written.has(cell.column))
    .map((cell) => ({ column: cell.column, text: xml.slice(cell.start, cell.end) }));
  for (const cell of writes) pieces.push({ column: cell.column, text: cellXml(prefix, cell, row.number) });
  pieces.sort((a, b) => a.column - b.column);
  return `${startTag}${head}${pieces.map((piece) => piece.text).join('')}${tail}${close}`;
}

function cellXml(prefix: string, cell: CellWrite, row: number): string {
  const open = `<${prefix}c r="${columnLetter(cell.column)}${row}" s="${cell.style}"`;
  const content = cell.content;
  if (content.kind === 'blank') return `${open}/>`;
  if (content.kind === 'number') return `${open}><${prefix}v>${content.number}</${prefix}v></${prefix}c>`;
  if (content.kind === 'shared') return `${open} t="s"><${prefix}v>${content.index}</${prefix}v></${prefix}c>`;
  const space = /^\s|\s$/.test(content.text) ? ' xml:space="preserve"' : '';
  return `${open} t="inlineStr"><${prefix}is><${prefix}t${space}>${encodeXstring(content.text)}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** `<dimension ref>` grown to include the last written row and column (never shrunk). */
function widenDimension(xml: string, prefix: string, lastRow: number, lastColumn: number): string {
  return xml.replace(new RegExp(`(<${prefix}dimension\\s+ref=")([^"]*)(")`), (_whole, open: string, ref: string, close: string) => {
    const [first, last = first] = ref.split(':') as [string, string?];
    const end = /^([A-Za-z]+)(\d+)$/.exec(last!);
    if (!end) return `${open}${ref}${close}`;
    const column = Math.max(columnIndexOf(end[1]!), lastColumn);
    const row = Math.max(Number(end[2]), lastRow);
    return `${open}${first}:${columnLetter(column)}${row}${close}`;
  });
}
