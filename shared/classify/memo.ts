/**
 * Remembers pure functions' answers by text. A calendar repeats itself (a
 * series' titles and descriptions, the same few companies, recruiters and
 * domains), and the classifier's string work on a title, a description, a
 * title part or a domain does not depend on the rest of the event, so a pass
 * computes each distinct one once. Every memoized function keeps its answer
 * in one shared record per text, so a text read for many facts costs one
 * entry, not one per fact. Bounded (DESIGN.md invariant 10): past 8,192
 * texts or two million characters of them the memory starts over, and a
 * text longer than 20,000 characters is computed, not kept.
 */
const MAX_TEXTS = 8192;
const MAX_CHARS = 2_000_000;
const MAX_TEXT = 20_000;
const UNKNOWN: unique symbol = Symbol('unknown');

let records = new Map<string, unknown[]>();
let chars = 0;
let slots = 0;

function recordOf(text: string): unknown[] {
  let record = records.get(text);
  if (record) return record;
  if (records.size >= MAX_TEXTS || chars + text.length > MAX_CHARS) {
    records = new Map();
    chars = 0;
  }
  record = new Array<unknown>(slots).fill(UNKNOWN);
  records.set(text, record);
  chars += text.length;
  return record;
}

/** `compute`, remembered per text (it must depend on the text alone). */
export function memoize<T>(compute: (text: string) => T): (text: string) => T {
  const slot = slots++;
  return (text) => {
    if (text.length > MAX_TEXT) return compute(text);
    const record = recordOf(text);
    const known = slot < record.length ? record[slot] : UNKNOWN;
    if (known !== UNKNOWN) return known as T;
    const value = compute(text);
    // compute may have read other facts of other texts and started the memory over: keep the answer where it now belongs.
    const now = records.get(text) ?? recordOf(text);
    while (now.length <= slot) now.push(UNKNOWN);
    now[slot] = value;
    return value;
  };
}
