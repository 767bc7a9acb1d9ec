/** The question bank (Insights) and a round's suggested questions (Prepare), with the person's own notes. */
import type { InsightsView, PrepView } from '../../api/views.js';
import { h } from '../dom.js';
import { INSIGHTS_TEXT, askedWhy } from './insights-text.js';

const meta = (date: string, company: string, round: string) => [date, company, round].filter(Boolean).join(' · ');

/** Every question asked, grouped by theme, each theme a closed <details>. */
export function renderQuestionBank(view: Pick<InsightsView, 'questionBank'>): HTMLElement[] {
  const themes = view.questionBank ?? [];
  if (themes.length === 0) return [h('h2', {}, INSIGHTS_TEXT.bank), h('p', { className: 'muted small', id: 'question-bank' }, INSIGHTS_TEXT.bankEmpty)];
  return [
    h('h2', {}, INSIGHTS_TEXT.bank),
    h(
      'div',
      { id: 'question-bank' },
      ...themes.map((theme) =>
        h(
          'details',
          {},
          h('summary', {}, `${theme.theme} (${theme.questions.length})`),
          h(
            'ul',
            { className: 'small' },
            ...theme.questions.map((q) =>
              h(
                'li',
                {},
                h('div', {}, q.question),
                q.notes ? h('div', {}, `→ ${q.notes}`) : null,
                h('div', { className: 'muted' }, meta(q.date, q.company, q.round)),
              ),
            ),
          ),
        ),
      ),
    ),
  ];
}

/** A round's suggestions; nothing when there are none. */
export function renderPrepQuestions(view: Pick<PrepView, 'questionSuggestions'>): HTMLElement | null {
  if (!view.questionSuggestions?.length) return null;
  return h(
    'details',
    { id: 'prep-question-suggestions' },
    h('summary', {}, `${INSIGHTS_TEXT.askedBefore} (${view.questionSuggestions.length})`),
    h(
      'ul',
      { className: 'small' },
      ...view.questionSuggestions.map((q) =>
        h(
          'li',
          {},
          h('div', {}, q.question),
          q.notes ? h('div', {}, `→ ${q.notes}`) : null,
          h('div', { className: 'muted' }, `${meta(q.date, q.company, q.round)} · ${askedWhy(q.why)}`),
        ),
      ),
    ),
  );
}
