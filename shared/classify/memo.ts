/**
 * Remembers a pure function's answers by text key. A calendar repeats itself
 * (a series' titles, the same few companies, recruiters and domains), and the
 * classifier's string work on a title part or a domain does not depend on the
 * rest of the event, so a pass computes each distinct one once. Bounded
 * (DESIGN.md invariant 10): past `limit` keys the memory starts over, and a
 * key longer than a title (a description) is computed, not kept.
 */
const MAX_KEY = 256;

export function memoize<T>(compute: (key: string) => T, limit = 4096): (key: string) => T {
  let known = new Map<string, T>();
  return (key) => {
    if (key.length > MAX_KEY) return compute(key);
    const found = known.get(key);
    if (found !== undefined || known.has(key)) return found as T;
    const value = compute(key);
    if (known.size >= limit) known = new Map();
    known.set(key, value);
    return value;
  };
}
