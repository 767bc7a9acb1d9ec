/**
 * The cell formats of xl/styles.xml that NextRound needs: which number
 * format each cell style (`s`) shows, to read dates and date-times, and a
 * style for each format it writes. A style the workbook already has is
 * reused; one it lacks is appended to the part (and only then is the part
 * written), so the person's own styles keep their indices.
 */
import { attributesOf, encodeAttribute } from './xml-text.js';

// ECMA-376 Part 1, §18.8.30: number formats every workbook has without declaring them.
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export interface StylesPart {
  /** The number format code cell style `s` shows (General for an unknown style). */
  formatOf(style: number): string;
  /** A cell style showing `format`: `preferred` when it already does, else the first that does, else a new one. */
  styleFor(format: string, preferred: number | undefined): number;
  /** The part's new text when a style was added, else undefined (the part stays as it was). */
  changed(): string | undefined;
}

export function readStyles(xml: string | undefined): StylesPart {
  const source = xml ?? '';
  const prefix = /<(\w+:)?styleSheet\b/.exec(source)?.[1] ?? '';
  const codes = new Map<number, string>(Object.entries(BUILT_IN).map(([id, code]) => [Number(id), code]));
  for (const match of source.matchAll(new RegExp(`<${prefix}numFmt\\s[^>]*>`, 'g'))) {
    const attributes = attributesOf(match[0]);
    if (attributes.numFmtId !== undefined && attributes.formatCode !== undefined) codes.set(Number(attributes.numFmtId), attributes.formatCode);
  }
  const cellXfs = new RegExp(`<${prefix}cellXfs\\b[^>]*>([\\s\\S]*?)</${prefix}cellXfs>`).exec(source);
  const formatIds = [...(cellXfs?.[1] ?? '').matchAll(new RegExp(`<${prefix}xf\\b[^>]*>`, 'g'))].map((match) => Number(attributesOf(match[0]).numFmtId ?? 0));
  const added: { numFmt?: string; xf: string }[] = [];

  const formatOf = (style: number) => codes.get(formatIds[style] ?? 0) ?? 'General';
  return {
    formatOf,
    styleFor(format, preferred) {
      if (preferred !== undefined && preferred < formatIds.length && formatOf(preferred) === format) return preferred;
      const found = formatIds.findIndex((_id, style) => formatOf(style) === format);
      if (found >= 0) return found;
      if (!cellXfs) throw new Error('its styles part has no cell formats');
      let id = [...codes].find(([, code]) => code === format)?.[0];
      let numFmt: string | undefined;
      if (id === undefined) {
        id = Math.max(163, ...codes.keys()) + 1; // ids below 164 are reserved for built-in formats
        codes.set(id, format);
        numFmt = `<${prefix}numFmt numFmtId="${id}" formatCode=${encodeAttribute(format)}/>`;
      }
      formatIds.push(id);
      added.push({ ...(numFmt && { numFmt }), xf: `<${prefix}xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` });
      return formatIds.length - 1;
    },
    changed() {
      if (added.length === 0) return undefined;
      let text = appendChildren(source, `${prefix}cellXfs`, added.map((entry) => entry.xf).join(''));
      const numFmts = added.flatMap((entry) => (entry.numFmt ? [entry.numFmt] : [])).join('');
      if (numFmts) {
        text = new RegExp(`<${prefix}numFmts\\b`).test(text)
          ? appendChildren(text, `${prefix}numFmts`, numFmts)
          : text.replace(
              new RegExp(`<${prefix}styleSheet\\b[^>]*>`),
              (start) => `${start}<${prefix}numFmts count="${numFmts.split('<').length - 1}">${numFmts}</${prefix}numFmts>`,
            );
      }
      return text;
    },
  };
}

/** Appends `children` to the first `<name …>…</name>` and raises its `count` by as many elements. */
function appendChildren(xml: string, name: string, children: string): string {
  const count = children.split('<').length - 1;
  return xml.replace(new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`), (_whole, attributes: string, body: string) => {
    const counted = attributes.replace(/count="(\d+)"/, (_c, n: string) => `count="${Number(n) + count}"`);
    return `<${name}${counted}>${body}${children}</${name}>`;
  });
}
