/**
 * The few XML text rules the .xlsx parts need, without an XML library: the
 * parts NextRound edits are spliced as text so that every byte it does not
 * own stays as the person's program wrote it.
 */

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Attributes of one start tag (`<c r="A1" s="2">`), by name without prefix handling: Excel and LibreOffice write none on these. */
export function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1]!] = decodeEntities(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

/** `&amp;`, `&#38;`, `&#x26;` and the other predefined entities as characters. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * An ST_Xstring as text: `_xHHHH_` is the character HHHH (how OOXML carries a
 * CR or a control character), `_x005F_` an escaped underscore
 * (ECMA-376 Part 1, §22.9.2.19).
 */
export function decodeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * Text as element content that reads back as itself: XML's own escapes, then
 * the ST_Xstring ones (a CR as `_x000D_`, since XML reading turns a raw CR
 * into LF; a literal `_xHHHH_` behind `_x005F_` so it is not decoded).
 */
export function encodeXstring(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/\r/g, '_x000D_');
}

/** An attribute value, double-quoted. */
export function encodeAttribute(text: string): string {
  return `"${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}"`;
}

/**
 * The text of a string item (`<si>` or `<is>`): its `<t>` or the `<t>` of
 * each rich-text run, phonetic runs (`<rPh>`) left out, as Excel shows it.
 */
export function stringItemText(xml: string, prefix = ''): string {
  const patterns = itemPatterns(prefix);
  const body = xml.includes('rPh') ? xml.replace(patterns.phonetic, '') : xml;
  let text = '';
  for (const match of body.matchAll(patterns.text)) text += match[1] ?? '';
  return decodeXstring(decodeEntities(text));
}

const ITEM_PATTERNS = new Map<string, { phonetic: RegExp; text: RegExp }>();

function itemPatterns(prefix: string): { phonetic: RegExp; text: RegExp } {
  let patterns = ITEM_PATTERNS.get(prefix);
  if (!patterns) {
    patterns = {
      phonetic: new RegExp(`<${prefix}rPh\\b[\\s\\S]*?</${prefix}rPh>`, 'g'),
      text: new RegExp(`<${prefix}t(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${prefix}t>)`, 'g'),
    };
    ITEM_PATTERNS.set(prefix, patterns);
  }
  return patterns;
}
