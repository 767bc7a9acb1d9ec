/**
 * One sheet cell holding a short list, one item per line with a bullet:
 *
 *   • Explained the migration clearly
 *   • Asked good questions about the team
 *
 * The format is what a person would type; the parser also takes lines they
 * typed without bullets (or with `-` / `*`), and round-trips exactly what
 * formatListCell wrote.
 */

const BULLET = /^(?:• |- |\* |•(?=\S))/;

/** Items to a cell: `• item` per line. Items are single lines (see ListItem). */
export function formatListCell(items: readonly string[]): string {
  return items.map((item) => `• ${item}`).join('\n');
}

/**
 * A cell to items: each non-blank line, one bullet (•, - or *) removed, trimmed.
 *
 * @example parseListCell('• a\n\n- b\nc') // ['a', 'b', 'c']
 */
export function parseListCell(cell: unknown): string[] {
  const text = String(cell ?? '');
  // Most cells hold one line: skip the split (insights read thousands of them).
  if (!/[\r\n]/.test(text)) {
    const item = text.trim().replace(BULLET, '').trim();
    return item === '' ? [] : [item];
  }
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().replace(BULLET, '').trim())
    .filter((line) => line !== '');
}
