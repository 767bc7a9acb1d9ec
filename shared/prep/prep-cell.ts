/**
 * The checklist in one Interviews cell, readable and editable in the sheet:
 *
 *   Requirements:
 *   [x] Go in production → 4 years at Acme
 *   [ ] Kubernetes
 *   Assessment: live coding, 60 min
 *   Context: payments team, growing fast
 *     second line of context
 *   Questions to ask:
 *   [ ] How is on-call organised?
 *   People to look up:
 *   [x] Ana Pérez, hiring manager
 *
 * Empty sections are left out. A requirement's own `→` or `\` is written
 * `\→` / `\\`; a note's further lines are indented by two spaces. Parsing
 * what formatPrepCell wrote gives back the same checklist, exactly.
 */
import { NextRoundError } from '../errors.js';
import { EMPTY_PREP, type Prep, type PrepItem } from './prep.js';

const HEADINGS = { requirements: 'Requirements:', questions: 'Questions to ask:', people: 'People to look up:' } as const;
const NOTES = { assessment: 'Assessment: ', context: 'Context: ' } as const;
const ARROW = ' → ';

/** The checklist as cell text. */
export function formatPrepCell(prep: Prep): string {
  const lines: string[] = [];
  if (prep.requirements.length) {
    lines.push(HEADINGS.requirements);
    for (const r of prep.requirements) {
      const requirement = r.requirement.replace(/\\/g, '\\\\').replace(/→/g, '\\→');
      lines.push(`${box(r.done)}${requirement}${r.evidence ? ARROW + r.evidence : ''}`);
    }
  }
  for (const key of ['assessment', 'context'] as const) {
    if (prep[key]) lines.push(NOTES[key] + prep[key].split('\n').join('\n  '));
  }
  for (const key of ['questions', 'people'] as const) {
    if (prep[key].length) lines.push(HEADINGS[key], ...prep[key].map((item) => box(item.done) + item.text));
  }
  return lines.join('\n');
}

/**
 * Cell text to a checklist; an empty cell is an empty checklist.
 *
 * @throws NextRoundError INVALID_INPUT naming `where` and the line that fits
 *   nowhere (a hand edit that broke the layout), so nothing is guessed.
 */
export function parsePrepCell(cell: unknown, where: string): Prep {
  const prep: Prep = { ...EMPTY_PREP, requirements: [], questions: [], people: [] };
  let section: 'requirements' | 'questions' | 'people' | null = null;
  let note: 'assessment' | 'context' | null = null;
  const lines = String(cell ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  lines.forEach((line, index) => {
    if (note && line.startsWith('  ')) {
      prep[note] += `\n${line.slice(2)}`;
      return;
    }
    note = null;
    const heading = (Object.keys(HEADINGS) as (keyof typeof HEADINGS)[]).find((key) => line.trim() === HEADINGS[key]);
    const noteKey = (Object.keys(NOTES) as (keyof typeof NOTES)[]).find((key) => line.startsWith(NOTES[key]));
    const item = /^\[( |x|X)\] (.*)$/.exec(line);
    if (heading) section = heading;
    else if (noteKey) {
      note = noteKey;
      section = null;
      prep[noteKey] = line.slice(NOTES[noteKey].length);
    } else if (item && section) {
      const done = item[1] !== ' ';
      if (section === 'requirements') prep.requirements.push({ done, ...splitRequirement(item[2]!) });
      else prep[section].push({ text: item[2]!, done } satisfies PrepItem);
    } else if (line.trim() !== '') {
      throw new NextRoundError(
        'INVALID_INPUT',
        `${where}, line ${index + 1}: "${line.slice(0, 60)}" is not part of the checklist layout (a heading, "[ ] item" under one, or "Assessment:"/"Context:").`,
        { where },
      );
    }
  });
  return prep;
}

function box(done: boolean): string {
  return done ? '[x] ' : '[ ] ';
}

/** Splits at the first unescaped ` → `, undoing `\→` and `\\` in the requirement. */
function splitRequirement(text: string): { requirement: string; evidence: string } {
  let requirement = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      requirement += text[++i];
    } else if (text.startsWith(ARROW, i - 1) && char === '→' && requirement.endsWith(' ')) {
      return { requirement: requirement.slice(0, -1), evidence: text.slice(i + 2) };
    } else requirement += char;
  }
  return { requirement, evidence: '' };
}
