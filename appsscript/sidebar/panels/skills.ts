/**
 * Skills to build and résumé versions, for Insights; and the note a
 * Prepare checklist gets when a requirement is on the skills list.
 */
import type { InsightsView, PrepView } from '../../api/views.js';
import { h } from '../dom.js';

export const SKILLS_TEXT = {
  title: 'Skills to build',
  empty: 'Nothing yet: requirements you mark without evidence in Prepare, and "to improve" notes from your debriefs, gather here.',
  line: (roles: number, interviews: number, last: string) => `${roles} roles asking · ${interviews} interviews raising · last ${last}`,
  resumeTitle: 'Response rate by résumé version',
  resumeEmpty: 'Fill the Résumé version column of Applications to compare versions.',
  resumeLine: (responded: number, applied: number, rate: number | null) =>
    `${responded} of ${applied} answered${rate === null ? '' : ` (${Math.round(rate * 100)} %)`}`,
  prepTitle: 'On your skills-to-build list',
  prepLine: (requirement: string, roles: number, interviews: number) => `${requirement}: asked by ${roles} roles, raised in ${interviews} interviews`,
} as const;

/** The ranked skills list. */
export function renderSkills(view: Pick<InsightsView, 'skills'>): HTMLElement[] {
  const list = view.skills.length
    ? h(
        'ol',
        { id: 'skills-to-build' },
        ...view.skills.map((skill) =>
          h(
            'li',
            {},
            h('div', {}, skill.skill),
            h('div', { className: 'muted small' }, SKILLS_TEXT.line(skill.rolesAsking, skill.interviewsRaising, skill.mostRecent)),
          ),
        ),
      )
    : h('p', { className: 'muted small', id: 'skills-to-build' }, SKILLS_TEXT.empty);
  return [h('h2', {}, SKILLS_TEXT.title), list];
}

/** Response rate per résumé version; an empty state while no version is recorded. */
export function renderResumeVersions(view: Pick<InsightsView, 'insights'>): HTMLElement[] {
  const versions = view.insights.resumeVersions ?? [];
  const recorded = versions.some((version) => version.version !== 'Not recorded');
  const list = recorded
    ? h(
        'ul',
        { id: 'resume-versions' },
        ...versions.map((version) => h('li', {}, `${version.version}: `, SKILLS_TEXT.resumeLine(version.responded, version.applied, version.responseRate))),
      )
    : h('p', { className: 'muted small', id: 'resume-versions' }, SKILLS_TEXT.resumeEmpty);
  return [h('h2', {}, SKILLS_TEXT.resumeTitle), list];
}

/** The Prepare note: which of this checklist's requirements are on the list; nothing when none. */
export function renderPrepSkillNotes(view: Pick<PrepView, 'skillNotes'>): HTMLElement | null {
  if (!view.skillNotes?.length) return null;
  return h(
    'div',
    { className: 'banner nudge', id: 'prep-skill-notes' },
    h('div', {}, SKILLS_TEXT.prepTitle),
    h(
      'ul',
      { className: 'small' },
      ...view.skillNotes.map(({ requirement, skill }) => h('li', {}, SKILLS_TEXT.prepLine(requirement, skill.rolesAsking, skill.interviewsRaising))),
    ),
  );
}
