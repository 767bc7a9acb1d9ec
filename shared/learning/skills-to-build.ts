/**
 * "Skills to build": requirements the person marked without evidence in a
 * prep checklist, and the recurring "to improve" themes of their debriefs,
 * as one ranked list — how many roles asked for it, how many interviews
 * raised it, and the most recent. Ranked by roles + interviews, then the
 * most recent, then the label (code-unit order), so the list is the same
 * wherever it is computed.
 */
import { parsePrepCell } from '../prep/prep-cell.js';
import { splitItems } from '../insights/text-groups.js';
import { skillKeyOf } from './skill-key.js';

type Row = Readonly<Record<string, unknown>>;

export interface SkillToBuild {
  /** The theme, or the most frequent wording. */
  skill: string;
  /** Distinct roles (application, else company + role) whose requirement has no evidence yet. */
  rolesAsking: number;
  /** Distinct past interviews whose "to improve" names it. */
  interviewsRaising: number;
  /** The latest interview date it came from, `YYYY-MM-DD`. */
  mostRecent: string;
  /** Up to three wordings, most frequent first. */
  examples: string[];
}

const text = (value: unknown) => String(value ?? '').trim();
/** A requirement joins a theme only when two of its words name it (see skillKeyOf). */
const REQUIREMENT_HITS = 2;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Bucket {
  theme: string | null;
  roles: Set<string>;
  interviews: Set<string>;
  mostRecent: string;
  wordings: Map<string, number>;
}

/**
 * Lists the skills to build from the Interviews rows.
 *
 * @param now wall time `YYYY-MM-DD HH:mm`: only rounds started by then count for "to improve".
 */
export function listSkillsToBuild(interviews: readonly Row[], now: string, limit = 20): SkillToBuild[] {
  const buckets = new Map<string, Bucket>();
  const cache = new Map<string, readonly number[]>();
  const keys = new Map<string, ReturnType<typeof skillKeyOf>>();
  const add = (item: string, date: string, minHits: number, into: (bucket: Bucket) => void) => {
    const memo = `${minHits}\u0000${item}`;
    let found = keys.get(memo);
    if (found === undefined) {
      found = skillKeyOf(item, cache, minHits);
      keys.set(memo, found);
    }
    if (!found) return;
    let bucket = buckets.get(found.key);
    if (!bucket) {
      bucket = { theme: found.theme, roles: new Set(), interviews: new Set(), mostRecent: '', wordings: new Map() };
      buckets.set(found.key, bucket);
    }
    into(bucket);
    bucket.wordings.set(item, (bucket.wordings.get(item) ?? 0) + 1);
    if (date > bucket.mostRecent) bucket.mostRecent = date;
  };
  for (const row of interviews) {
    if (text(row.calendarStatus) === 'cancelled') continue;
    const start = text(row.start);
    const date = start.slice(0, 10);
    const role = text(row.applicationId) || `${text(row.company).toLowerCase()}\u0000${text(row.role).toLowerCase()}`;
    const id = text(row.eventId);
    if (text(row.prep)) {
      try {
        for (const requirement of parsePrepCell(row.prep, 'Prep').requirements) {
          if (requirement.evidence.trim() === '') add(requirement.requirement, date, REQUIREMENT_HITS, (bucket) => bucket.roles.add(role));
        }
      } catch {
        // A checklist broken by hand is named where it is edited (Prepare); here it is left out.
      }
    }
    if (start <= now && text(row.toImprove)) for (const item of splitItems(row.toImprove)) add(item, date, 1, (bucket) => bucket.interviews.add(id));
  }
  const list: SkillToBuild[] = [];
  for (const bucket of buckets.values()) {
    const wordings = [...bucket.wordings].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([wording]) => wording);
    list.push({
      skill: bucket.theme ?? wordings[0]!,
      rolesAsking: bucket.roles.size,
      interviewsRaising: bucket.interviews.size,
      mostRecent: bucket.mostRecent,
      examples: wordings.slice(0, 3),
    });
  }
  return list
    .sort(
      (a, b) => b.rolesAsking + b.interviewsRaising - (a.rolesAsking + a.interviewsRaising) || compare(b.mostRecent, a.mostRecent) || compare(a.skill, b.skill),
    )
    .slice(0, limit);
}

/** The skills a checklist's requirements match, for its Prepare screen: "on your skills-to-build list". */
export function matchSkills(requirements: readonly { requirement: string }[], skills: readonly SkillToBuild[]): { requirement: string; skill: SkillToBuild }[] {
  const byKey = new Map<string, SkillToBuild>();
  for (const skill of skills) {
    for (const wording of [skill.skill, ...skill.examples]) {
      const key = skillKeyOf(wording, undefined, REQUIREMENT_HITS)?.key;
      if (key && !byKey.has(key)) byKey.set(key, skill);
    }
  }
  const found: { requirement: string; skill: SkillToBuild }[] = [];
  for (const { requirement } of requirements) {
    const key = skillKeyOf(requirement, undefined, REQUIREMENT_HITS)?.key;
    const skill = key ? byKey.get(key) : undefined;
    if (skill) found.push({ requirement, skill });
  }
  return found;
}
