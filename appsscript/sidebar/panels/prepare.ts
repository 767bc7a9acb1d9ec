/**
 * Prepare: the upcoming interviews, and for one of them the checklist —
 * the role's hard requirements and how the person meets each, the
 * assessment expected, the team's business context, questions to ask and
 * people to look up — with a "3/7 ready" chip. Saved into the round's Prep cell.
 */
import { renderPrepSkillNotes } from './skills.js';
import { renderPrepQuestions } from './questions.js';
import { checkPrep, countPrepProgress, type PrepItem, type PrepRequirement } from '../../../shared/prep/prep.js';
import type { PrepView } from '../../api/views.js';
import { h, rowButton } from '../dom.js';
import { server } from '../server.js';
import { PAGE_WORDS, forPerson } from '../words.js';
import type { Panel, PanelContext } from './panel.js';
import { ROUNDS_TEXT, prepProblem, ready } from './rounds-text.js';
import { saved } from '../nav/unsaved.js';

// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);
const banner = (text: string, kind: 'ok' | 'error') => h('div', { className: `banner ${kind}` }, text);

export const preparePanel: Panel<{ panel: 'prepare'; interviewId?: string }> = {
  id: 'prepare',
  title: PAGE_WORDS.prepare,
  render(context, route) {
    const status = h('div', { id: 'prepare-status', attrs: { role: 'status' } });
    if (route.interviewId === undefined) return h('section', { id: 'prepare' }, status, renderUpcoming(context));
    const body = h('div', {}, h('p', { className: 'muted' }, ROUNDS_TEXT.loading));
    server.loadPrep({ interviewId: route.interviewId }).then(
      (view) => body.replaceChildren(renderChecklist(context, view, status)),
      (error: unknown) => status.replaceChildren(banner(errorText(error), 'error')),
    );
    return h('section', { id: 'prepare' }, status, body);
  },
};

/** Upcoming rounds from the loaded tracker (no extra server call). */
function renderUpcoming(context: PanelContext): HTMLElement {
  const { now } = context.view;
  const rounds = context.view.interviews
    .filter((round) => round.eventId && round.calendarStatus !== 'cancelled' && round.start > now)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  if (rounds.length === 0) return h('p', { className: 'muted', id: 'prepare-rounds' }, ROUNDS_TEXT.noUpcoming);
  return h(
    'ul',
    { id: 'prepare-rounds' },
    ...rounds.map((round) =>
      rowButton(
        { attrs: { 'data-interview-id': round.eventId }, onOpen: () => context.go({ panel: 'prepare', interviewId: round.eventId }) },
        `${round.start} · ${round.company}`,
        `${round.role}${round.round ? ` · ${round.round}` : ''}`,
      ),
    ),
  );
}

interface ItemRow {
  element: HTMLElement;
  read(): { text: string; evidence: string; done: boolean };
}

/** One editable checklist line: a done box, the text, and for requirements the evidence. */
function itemRow(id: string, item: { text: string; evidence?: string; done: boolean }, withEvidence: boolean): ItemRow {
  const done = h('input', { className: 'done', attrs: { type: 'checkbox', 'aria-label': ROUNDS_TEXT.done } });
  done.checked = item.done;
  const text = h('input', { className: 'text', attrs: { type: 'text', 'aria-label': withEvidence ? ROUNDS_TEXT.requirement : ROUNDS_TEXT.item } });
  text.value = item.text;
  const evidence = h('input', { className: 'evidence', attrs: { type: 'text', placeholder: ROUNDS_TEXT.howIMeetIt, 'aria-label': ROUNDS_TEXT.evidence } });
  evidence.value = item.evidence ?? '';
  const element = h('li', { className: 'check', id }, done, h('div', { className: 'grow' }, text, withEvidence ? evidence : null));
  return { element, read: () => ({ text: text.value.trim(), evidence: evidence.value.trim(), done: done.checked }) };
}

function renderChecklist(context: PanelContext, view: PrepView, status: HTMLElement): HTMLElement {
  const sections = {
    requirements: { label: ROUNDS_TEXT.requirements, add: ROUNDS_TEXT.addRequirement, rows: [] as ItemRow[], list: h('ul', { id: 'prep-requirements' }) },
    questions: { label: ROUNDS_TEXT.questions, add: ROUNDS_TEXT.addQuestion, rows: [] as ItemRow[], list: h('ul', { id: 'prep-questions' }) },
    people: { label: ROUNDS_TEXT.people, add: ROUNDS_TEXT.addPerson, rows: [] as ItemRow[], list: h('ul', { id: 'prep-people' }) },
  };
  const addRow = (key: keyof typeof sections, item: { text: string; evidence?: string; done: boolean }) => {
    const section = sections[key];
    const row = itemRow(`prep-${key}-${section.rows.length}`, item, key === 'requirements');
    section.rows.push(row);
    section.list.append(row.element);
  };
  view.prep.requirements.forEach((r: PrepRequirement) => addRow('requirements', { text: r.requirement, evidence: r.evidence, done: r.done }));
  view.prep.questions.forEach((q: PrepItem) => addRow('questions', q));
  view.prep.people.forEach((p: PrepItem) => addRow('people', p));
  const notes = {
    assessment: h('textarea', { id: 'prep-assessment', attrs: { placeholder: ROUNDS_TEXT.assessmentHint } }),
    context: h('textarea', { id: 'prep-context', attrs: { placeholder: ROUNDS_TEXT.contextHint } }),
  };
  notes.assessment.value = view.prep.assessment;
  notes.context.value = view.prep.context;
  const chip = h('span', { className: 'chip', id: 'prep-progress' }, ready(view.progress.done, view.progress.total));

  const collect = () => {
    const items = (key: 'questions' | 'people') =>
      sections[key].rows
        .map((row) => row.read())
        .filter((item) => item.text)
        .map(({ text, done }) => ({ text, done }));
    return {
      requirements: sections.requirements.rows
        .map((row) => row.read())
        .filter((item) => item.text)
        .map(({ text, evidence, done }) => ({ requirement: text, evidence, done })),
      assessment: notes.assessment.value,
      context: notes.context.value,
      questions: items('questions'),
      people: items('people'),
    };
  };
  const save = h('button', { className: 'primary', id: 'prep-save', attrs: { type: 'submit' } }, ROUNDS_TEXT.saveChecklist);
  const form = h(
    'form',
    { id: 'prep-form', attrs: { novalidate: '' } },
    h('h2', {}, `${view.company} · ${view.round || ROUNDS_TEXT.interview} `, chip),
    h('p', { className: 'muted small' }, `${view.role} · ${view.start}`),
    renderPrepSkillNotes(view),
    renderPrepQuestions(view),
    ...(['requirements', 'questions', 'people'] as const).flatMap((key) => [
      h('label', {}, sections[key].label),
      sections[key].list,
      h(
        'button',
        { className: 'link', id: `prep-add-${key}`, attrs: { type: 'button' }, on: { click: () => addRow(key, { text: '', done: false }) } },
        `+ ${sections[key].add}`,
      ),
    ]),
    h('label', { attrs: { for: 'prep-assessment' } }, ROUNDS_TEXT.assessment),
    notes.assessment,
    h('label', { attrs: { for: 'prep-context' } }, ROUNDS_TEXT.context),
    notes.context,
    h(
      'div',
      { className: 'actions' },
      save,
      h('button', { className: 'secondary list-back', attrs: { type: 'button' }, on: { click: () => context.go({ panel: 'prepare' }) } }, ROUNDS_TEXT.back),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = checkPrep(collect());
    if (!parsed.ok) {
      status.replaceChildren(banner(prepProblem(parsed.path, parsed.message), 'error'));
      return;
    }
    const progress = countPrepProgress(parsed.value);
    save.disabled = true;
    server
      .savePrep({ interviewId: view.interviewId, prep: parsed.value })
      .then(
        () => {
          chip.textContent = ready(progress.done, progress.total);
          status.replaceChildren(banner(ROUNDS_TEXT.checklistSaved, 'ok'));
          saved(form);
        },
        (error: unknown) => status.replaceChildren(banner(errorText(error), 'error')),
      )
      .finally(() => (save.disabled = false));
  });
  return form;
}
