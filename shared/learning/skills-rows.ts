/** Skills to build as rows of the Insights sheet, after the other blocks (same columns, section "Skill to build"). */
import type { InsightsRow } from '../insights/insights-rows.js';
import type { SkillToBuild } from './skills-to-build.js';

/** One row per skill, in rank order: Value is roles + interviews (the rank), Examples says which. */
export function toSkillRows(skills: readonly SkillToBuild[]): InsightsRow[] {
  return skills.map((skill) => ({
    key: `Skill to build/${skill.skill}`,
    section: 'Skill to build',
    item: skill.skill,
    value: skill.rolesAsking + skill.interviewsRaising,
    outOf: '',
    rate: '',
    medianDays: '',
    examples: `${skill.rolesAsking} roles asking, ${skill.interviewsRaising} interviews raising, last ${skill.mostRecent}: ${skill.examples.join(' | ')}`,
  }));
}
