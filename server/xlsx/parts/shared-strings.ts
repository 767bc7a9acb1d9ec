/**
 * The shared string table (xl/sharedStrings.xml): read as an array of
 * texts; new texts are appended as `<si>` items at its end, so every index
 * the workbook already uses keeps its meaning. Text goes here rather than
 * inline because every reader decodes the ST_Xstring escapes (`_x000D_`)
 * in this table, while some (exceljs) leave them raw in inline strings.
 */
import { xmlSafeText } from '../../../shared/cells/xml-safe-text.js';
import { encodeXstring, stringItemText } from './xml-text.js';
import type { XlsxPackage } from './xlsx-package.js';

export interface SharedStrings {
  readonly texts: readonly string[];
  /** The index of `text`, appending it when the table lacks it. */
  indexOf(text: string): number;
  /** Writes the table into the package when texts were added (creating the part, its relationship and content type when the workbook had none). */
  saveTo(pkg: XlsxPackage): Promise<void>;
}

const SST_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';
const SST_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
const SST_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The table of `part` (undefined when the workbook has none). */
export function readSharedStrings(xml: string | undefined, part: string | undefined): SharedStrings {
  const prefix = xml === undefined ? '' : (/<(\w+:)?sst\b/.exec(xml)?.[1] ?? '');
  const texts: string[] = [];
  for (const match of (xml ?? '').matchAll(new RegExp(`<${prefix}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${prefix}si>)`, 'g'))) {
    texts.push(match[1] === undefined ? '' : stringItemText(match[1], prefix));
  }
  let index: Map<string, number> | undefined; // built on the first write only: a read-only pass never needs it
  const added: string[] = [];
  let references = 0;
  return {
    texts,
    indexOf(text) {
      index ??= new Map(texts.map((t, i) => [t, i] as const).reverse());
      references++;
      const found = index.get(text);
      if (found !== undefined) return found;
      texts.push(text);
      added.push(`<${prefix}si><${prefix}t${/^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${encodeXstring(text)}</${prefix}t></${prefix}si>`);
      index.set(text, texts.length - 1);
      return texts.length - 1;
    },
    async saveTo(pkg) {
      // A table an older writer left with characters XML forbids is made valid as well.
      const source = xml === undefined ? undefined : xmlSafeText(xml);
      if (added.length === 0 && source === xml) return;
      const items = added.join('');
      if (source !== undefined && part !== undefined) {
        const xml = source;
        const bump = (name: string, by: number) => (tag: string) =>
          tag.replace(new RegExp(`\\s${name}="(\\d+)"`), (_w, n: string) => ` ${name}="${Number(n) + by}"`);
        const close = xml.lastIndexOf(`</${prefix}sst>`);
        const open = /<(?:\w+:)?sst\b[^>]*>/.exec(xml)!;
        if (close < 0) {
          pkg.write(part, `${xml.slice(0, open.index)}${open[0].replace(/\s*\/>$/, '>')}${items}</${prefix}sst>${xml.slice(open.index + open[0].length)}`);
          return;
        }
        const tag = bump('uniqueCount', added.length)(bump('count', references)(open[0]));
        pkg.write(part, `${xml.slice(0, open.index)}${tag}${xml.slice(open.index + open[0].length, close)}${items}${xml.slice(close)}`);
        return;
      }
      await addSharedStringsPart(
        pkg,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${SST_NS}" count="${references}" uniqueCount="${added.length}">${items}</sst>`,
      );
    },
  };
}

async function addSharedStringsPart(pkg: XlsxPackage, xml: string): Promise<void> {
  const rels = 'xl/_rels/workbook.xml.rels';
  const relsXml = (await pkg.read(rels)) ?? '';
  const ids = new Set([...relsXml.matchAll(/Id="([^"]*)"/g)].map((match) => match[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  pkg.write(rels, relsXml.replace(/<\/Relationships>\s*$/, `<Relationship Id="rId${n}" Type="${SST_TYPE}" Target="sharedStrings.xml"/></Relationships>`));
  const types = (await pkg.read('[Content_Types].xml')) ?? '';
  pkg.write('[Content_Types].xml', types.replace(/<\/Types>\s*$/, `<Override PartName="/xl/sharedStrings.xml" ContentType="${SST_CONTENT}"/></Types>`));
  pkg.write('xl/sharedStrings.xml', xml);
}
