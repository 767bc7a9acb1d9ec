/**
 * An .xlsx package opened for editing a few parts: the zip is read once,
 * only the parts asked for are inflated, and saving deflates only the parts
 * that were replaced. Every other entry keeps its bytes, compressed as they
 * were, and its place in the zip (zip-entries.ts).
 */
import { attributesOf } from './xml-text.js';
import { inflateEntry, readZip, writeZip } from './zip-entries.js';

/** One worksheet of the workbook: its tab name and its part's path in the zip. */
export interface SheetEntry {
  readonly name: string;
  readonly part: string;
  /** Its place among all the workbook's sheets, chart sheets included (what `localSheetId` counts). */
  readonly index: number;
}

export interface XlsxPackage {
  readonly sheets: readonly SheetEntry[];
  /** A part's text, or undefined when the package lacks it. */
  read(part: string): Promise<string | undefined>;
  /** Replaces a part's text (the entry keeps its place in the zip). */
  write(part: string, text: string): void;
  /** The package's bytes: replaced parts deflated, every other entry as it was. */
  save(): Promise<Buffer>;
}

const WORKSHEET_TYPE = /\/worksheet$/;

/**
 * Opens the bytes of an .xlsx package.
 *
 * @throws Error when the bytes are not a zip or lack xl/workbook.xml.
 */
export async function openXlsxPackage(bytes: Uint8Array): Promise<XlsxPackage> {
  const { entries, comment } = readZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const replaced = new Map<string, Buffer>();
  const read = async (part: string) => {
    const text = replaced.get(part) ?? (byName.has(part) ? inflateEntry(byName.get(part)!) : undefined);
    return text?.toString('utf8');
  };
  const workbookPart = 'xl/workbook.xml';
  const workbook = await read(workbookPart);
  if (workbook === undefined) throw new Error('it has no xl/workbook.xml');
  const targets = relationshipTargets((await read(relsPartOf(workbookPart))) ?? '', workbookPart, WORKSHEET_TYPE);
  const sheets: SheetEntry[] = [];
  let index = -1;
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    index++;
    const attributes = attributesOf(match[0]);
    const id = Object.entries(attributes).find(([name]) => /(^|:)id$/.test(name) && name !== 'sheetId')?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (part !== undefined && attributes.name !== undefined) sheets.push({ name: attributes.name, part, index });
  }
  return {
    sheets,
    read,
    write: (part, text) => void replaced.set(part, Buffer.from(text, 'utf8')),
    save: async () => writeZip(entries, replaced, comment),
  };
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Relationship id → target part path (resolved against `sourcePart`), for relationships whose type matches. */
export function relationshipTargets(relsXml: string, sourcePart: string, type: RegExp): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    const attributes = attributesOf(match[0]);
    if (!attributes.Id || !attributes.Target || !type.test(attributes.Type ?? '') || attributes.TargetMode === 'External') continue;
    targets.set(attributes.Id, resolvePart(sourcePart, attributes.Target));
  }
  return targets;
}

/** A relationship target as a zip path: absolute (`/xl/…`) or relative to the source part's folder. */
function resolvePart(sourcePart: string, target: string): string {
  const segments = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}
