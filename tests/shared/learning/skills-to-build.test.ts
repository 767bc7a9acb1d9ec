import { describe, expect, it } from 'vitest';
import { listSkillsToBuild, matchSkills } from '../../../shared/learning/skills-to-build.js';
import { INTERVIEWS, NOW } from './learning-seed.js';

describe('skills to build on a seeded tracker', () => {
  // Ties (3 and 3) go to the most recent; a requirement joins a theme only with two of its words ("Kubernetes in production" stays itself).
  it('ranks requirements without evidence and recurring "to improve" themes together, deterministically', () => {
    expect(listSkillsToBuild(INTERVIEWS, NOW)).toEqual([
      { skill: 'Kubernetes in production', rolesAsking: 3, interviewsRaising: 0, mostRecent: '2026-12-04', examples: ['Kubernetes in production'] },
      {
        skill: 'System design',
        rolesAsking: 1,
        interviewsRaising: 2,
        mostRecent: '2026-11-02',
        examples: ['Distributed systems design', 'Practise system design', 'Scalability discussion was weak'],
      },
      {
        skill: 'Communication',
        rolesAsking: 0,
        interviewsRaising: 2,
        mostRecent: '2026-11-20',
        examples: ['Be more concise when explaining', 'Explain trade-offs more clearly'],
      },
      { skill: 'Terraform', rolesAsking: 2, interviewsRaising: 0, mostRecent: '2026-11-20', examples: ['Terraform'] },
      { skill: 'Examples and impact (STAR)', rolesAsking: 0, interviewsRaising: 1, mostRecent: '2026-11-25', examples: ['Talk about impact with numbers'] },
      { skill: 'Company research', rolesAsking: 0, interviewsRaising: 1, mostRecent: '2026-11-20', examples: ['Research the product beforehand'] },
    ]);
  });

  it('gives the same list whatever the row order', () => {
    expect(listSkillsToBuild([...INTERVIEWS].reverse(), NOW)).toEqual(listSkillsToBuild(INTERVIEWS, NOW));
  });

  it('tells a new application’s checklist which requirements are on the list', () => {
    const skills = listSkillsToBuild(INTERVIEWS, NOW);
    const matched = matchSkills([{ requirement: 'Kubernetes in production' }, { requirement: 'Distributed system design' }, { requirement: 'Rust' }], skills);
    expect(matched.map(({ requirement, skill }) => [requirement, skill.skill, skill.rolesAsking, skill.interviewsRaising])).toEqual([
      ['Kubernetes in production', 'Kubernetes in production', 3, 0],
      ['Distributed system design', 'System design', 1, 2],
    ]);
  });
});
