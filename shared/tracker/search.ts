/** The sidebar's search box: every word must appear in some field, ignoring case and accents. */

/** Lower-case without accents, so "cafe" finds "Café". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * True when every word of `query` occurs in one of `fields`.
 *
 * @example matchesQuery(['Acme', 'Engineer'], 'acme eng') === true
 */
export function matchesQuery(fields: readonly string[], query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fields.map(foldText).join('\n');
  return words.every((word) => haystack.includes(word));
}
