/**
 * The requirement lists of a job description (as htmlToText writes it:
 * list items as "- " lines) become checklist items, each must-have or
 * nice-to-have by the heading it sits under. A list ends at the next
 * heading-like line; items outside any requirement section are not taken.
 */
import { MUST_HAVE_HEADINGS, NICE_ITEM_MARKERS, NICE_TO_HAVE_HEADINGS } from './requirement-headings.js';

export type RequirementLevel = 'must' | 'nice';

export interface Requirement {
  readonly requirement: string;
  readonly level: RequirementLevel;
}

/** The Prepare checklist's limits (shared/prep): 30 items of 300 characters. */
const ITEMS_MAX = 30;
const ITEM_CHARS_MAX = 300;
const HEADING_CHARS_MAX = 80;
const BULLET = /^(?:[-•*·‣◦▪–]|\d{1,2}[.)])\s+/;

/** The requirement items of `description`, in order, without repeats, at most 30. */
export function extractRequirements(description: string): Requirement[] {
  const items: Requirement[] = [];
  const seen = new Set<string>();
  let section: RequirementLevel | null = null;
  for (const raw of description.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const bullet = BULLET.exec(line);
    if (!bullet) {
      const heading = headingLevel(line);
      if (heading !== undefined) section = heading;
      else if (isHeadingLike(line)) section = null;
      continue;
    }
    if (section === null) continue;
    const { text, nice } = unmark(line.slice(bullet[0].length).trim());
    const requirement = text.length > ITEM_CHARS_MAX ? `${text.slice(0, ITEM_CHARS_MAX - 1).trimEnd()}…` : text;
    const key = requirement.toLowerCase();
    if (requirement === '' || seen.has(key)) continue;
    seen.add(key);
    items.push({ requirement, level: nice ? 'nice' : section });
    if (items.length === ITEMS_MAX) break;
  }
  return items;
}

/** 'must' or 'nice' for a requirement heading, null for another known-looking heading, undefined for text. */
function headingLevel(line: string): RequirementLevel | null | undefined {
  if (line.length > HEADING_CHARS_MAX) return undefined;
  const heading = line
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^#+\s*/, '')
    .replace(/[\s:：.!?]+$/, '')
    .trim();
  const matches = (entry: string) => heading === entry || (heading.startsWith(entry) && /^[\s(&,/-]/.test(heading.slice(entry.length)));
  if (NICE_TO_HAVE_HEADINGS.some(matches)) return 'nice';
  if (MUST_HAVE_HEADINGS.some(matches)) return 'must';
  return undefined;
}

/** A short line without a full stop, or one ending in a colon or question mark, reads as a heading and ends a list. */
function isHeadingLike(line: string): boolean {
  return line.length <= HEADING_CHARS_MAX && (/[:：?]$/.test(line) || !/[.!;,]$/.test(line));
}

function unmark(text: string): { text: string; nice: boolean } {
  for (const marker of NICE_ITEM_MARKERS) {
    if (marker.test(text)) return { text: text.replace(marker, '').trim(), nice: true };
  }
  return { text, nice: false };
}
