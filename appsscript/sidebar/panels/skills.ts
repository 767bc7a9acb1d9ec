/**
 * Skills to build and résumé versions, for Insights; and the note a
 * Prepare checklist gets when a requirement is on the skills list.
 */
import type { InsightsView, PrepView } from '../../api/views.js';
import { h } from '../dom.js';
import { INSIGHTS_TEXT, prepSkillLine, resumeLine, skillLine } from './insights-text.js';

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
            h('div', { className: 'muted small' }, skillLine(skill.rolesAsking, skill.interviewsRaising, skill.mostRecent)),
          ),
        ),
      )
    : h('p', { className: 'muted small', id: 'skills-to-build' }, INSIGHTS_TEXT.skillsEmpty);
  return [h('h2', {}, INSIGHTS_TEXT.skills), list];
}

/** Response rate per résumé version; an empty state while no version is recorded. */
export function renderResumeVersions(view: Pick<InsightsView, 'insights'>): HTMLElement[] {
  const versions = view.insights.resumeVersions ?? [];
  const recorded = versions.some((version) => version.version !== 'Not recorded');
  const list = recorded
    ? h(
        'ul',
        { id: 'resume-versions' },
        ...versions.map((version) => h('li', {}, `${version.version}: `, resumeLine(version.responded, version.applied, version.responseRate))),
      )
    : h('p', { className: 'muted small', id: 'resume-versions' }, INSIGHTS_TEXT.resumesEmpty);
  return [h('h2', {}, INSIGHTS_TEXT.resumes), list];
}

/** The Prepare note: which of this checklist's requirements are on the list; nothing when none. */
export function renderPrepSkillNotes(view: Pick<PrepView, 'skillNotes'>): HTMLElement | null {
  if (!view.skillNotes?.length) return null;
  return h(
    'div',
    { className: 'banner nudge', id: 'prep-skill-notes' },
    h('div', {}, INSIGHTS_TEXT.prepSkills),
    h(
      'ul',
      { className: 'small' },
      ...view.skillNotes.map(({ requirement, skill }) => h('li', {}, prepSkillLine(requirement, skill.rolesAsking, skill.interviewsRaising))),
    ),
  );
}
