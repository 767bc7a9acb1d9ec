/**
 * Reflect: interviews that ended and still wait for a debrief, the debrief
 * form (one textarea per list, one item per line, a 1–5 rating), feedback
 * received later added to the same round, and the application's stage.
 */
import { checkDebrief } from '../../../shared/reflect/debrief.js';
import type { DebriefView } from '../../api/views.js';
import { h, rowButton } from '../dom.js';
import { server } from '../server.js';
import { PAGE_WORDS, forPerson } from '../words.js';
import { fieldControl, showFieldErrors } from './field-control.js';
import type { Panel, PanelContext } from './panel.js';
import { ROUNDS_TEXT, debriefSaved, endedAt, stageOf } from './rounds-text.js';
import { saved, unsavedField } from '../nav/unsaved.js';
import { stagePicker } from './stage-picker.js';

const LISTS = [
  { key: 'wentWell', label: ROUNDS_TEXT.wentWell },
  { key: 'toImprove', label: ROUNDS_TEXT.toImprove },
  { key: 'lessons', label: ROUNDS_TEXT.lessons },
  { key: 'questionsAsked', label: ROUNDS_TEXT.questionsAsked },
] as const;

// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);
const banner = (text: string, kind: 'ok' | 'error') => h('div', { className: `banner ${kind}` }, text);
// Shown once by the next render of the list (after a save sends the person back to it).
let pendingNotice = '';

export const reflectPanel: Panel<{ panel: 'reflect'; interviewId?: string }> = {
  id: 'reflect',
  // Named as Home › More names it: one name for one page.
  title: PAGE_WORDS.debriefs,
  render(context, route) {
    const status = h('div', { id: 'reflect-status', attrs: { role: 'status' } });
    if (pendingNotice) status.append(banner(pendingNotice, 'ok'));
    pendingNotice = '';
    const body = h('div', {}, h('p', { className: 'muted' }, ROUNDS_TEXT.loading));
    const fail = (error: unknown) => status.replaceChildren(banner(errorText(error), 'error'));
    if (route.interviewId === undefined) server.loadReflect().then((view) => body.replaceChildren(...renderList(context, view)), fail);
    else server.loadDebrief({ interviewId: route.interviewId }).then((view) => body.replaceChildren(renderDebrief(context, view, status)), fail);
    return h('section', { id: 'reflect' }, status, body);
  },
};

function renderList(context: PanelContext, view: Awaited<ReturnType<typeof server.loadReflect>>): (Node | string)[] {
  const open = (interviewId: string) => context.go({ panel: 'reflect', interviewId });
  const awaiting = view.awaiting.length
    ? h(
        'ul',
        { id: 'awaiting' },
        ...view.awaiting.map((item) =>
          rowButton(
            { attrs: { 'data-interview-id': item.interviewId }, onOpen: () => open(item.interviewId) },
            `${item.company} · ${item.round || ROUNDS_TEXT.interview}`,
            endedAt(item.role, item.endedAt),
          ),
        ),
      )
    : // "Every … has its debrief" only once there was an interview to debrief.
      h('p', { className: 'muted', id: 'awaiting' }, view.past.length > 0 ? ROUNDS_TEXT.allDebriefed : ROUNDS_TEXT.noRoundsYet);
  const picker = h(
    'select',
    { id: 'past-round', attrs: { 'aria-label': ROUNDS_TEXT.pickPast } },
    h('option', { attrs: { value: '' } }, ROUNDS_TEXT.pickPastFirst),
  );
  for (const round of view.past)
    picker.append(
      h('option', { attrs: { value: round.interviewId } }, `${round.start.slice(0, 10)} · ${round.company} · ${round.round || ROUNDS_TEXT.interview}`),
    );
  picker.addEventListener('change', () => picker.value && open(picker.value));
  return [
    h('h2', {}, ROUNDS_TEXT.awaiting),
    awaiting,
    h('h2', {}, ROUNDS_TEXT.earlier),
    picker,
    view.problems.length
      ? h(
          'details',
          {},
          h('summary', { className: 'small' }, ROUNDS_TEXT.cellsToCheck),
          h('ul', { className: 'small muted' }, ...view.problems.map((p) => h('li', {}, p))),
        )
      : '',
  ];
}

function renderDebrief(context: PanelContext, view: DebriefView, status: HTMLElement): HTMLElement {
  const areas = LISTS.map(({ key, label }) => {
    const area = h('textarea', { id: `d-${key}`, attrs: { name: key, placeholder: ROUNDS_TEXT.onePerLine } });
    area.value = view.debrief[key].join('\n');
    return { key, area, field: h('div', {}, h('label', { attrs: { for: `d-${key}` } }, label), area) };
  });
  const rating = h(
    'select',
    { id: 'd-selfRating' },
    h('option', { attrs: { value: '' } }, '—'),
    ...[1, 2, 3, 4, 5].map((n) => h('option', { attrs: { value: String(n) } }, String(n))),
  );
  rating.value = view.debrief.selfRating === null ? '' : String(view.debrief.selfRating);
  const save = h('button', { className: 'primary', id: 'debrief-save', attrs: { type: 'submit' } }, ROUNDS_TEXT.saveDebrief);
  const form = h(
    'form',
    { id: 'debrief-form', attrs: { novalidate: '' } },
    h('h2', {}, `${view.company} · ${view.round || ROUNDS_TEXT.interview}`),
    h('p', { className: 'muted small' }, `${view.role} · ${view.start}`),
    ...areas.map((a) => a.field),
    h('label', { attrs: { for: 'd-selfRating' } }, ROUNDS_TEXT.howDidItGo),
    rating,
    h(
      'div',
      { className: 'actions' },
      save,
      h('button', { className: 'secondary list-back', attrs: { type: 'button' }, on: { click: () => context.go({ panel: 'reflect' }) } }, ROUNDS_TEXT.back),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const lines = (area: HTMLTextAreaElement) =>
      area.value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    const input: Record<string, unknown> = Object.fromEntries(areas.map(({ key, area }) => [key, lines(area)]));
    input.selfRating = rating.value === '' ? null : Number(rating.value);
    const parsed = checkDebrief(input);
    if (!parsed.ok) {
      const label = labelOf(String(parsed.path[0]));
      status.replaceChildren(banner(label ? `${label}: ${parsed.message}` : parsed.message, 'error'));
      return;
    }
    save.disabled = true;
    server
      .saveDebrief({ interviewId: view.interviewId, debrief: parsed.value })
      .then(
        () => {
          pendingNotice = debriefSaved(view.company);
          saved(form);
          context.go({ panel: 'reflect' });
        },
        (error: unknown) => status.replaceChildren(banner(errorText(error), 'error')),
      )
      .finally(() => (save.disabled = false));
  });
  // Unsaved words on the page are never thrown away by a reload (see renderStage).
  return h(
    'div',
    {},
    form,
    renderFeedback(context, view, status),
    renderStage(context, view, status, () => unsavedField() !== undefined),
  );
}

function renderFeedback(context: PanelContext, view: DebriefView, status: HTMLElement): HTMLElement {
  const list = h('ul', { id: 'feedback-list', className: 'small' });
  const fill = (entries: DebriefView['feedback']) =>
    list.replaceChildren(...entries.map((e) => h('li', {}, e.receivedOn ? `${e.receivedOn} — ${e.text}` : e.text)));
  fill(view.feedback);
  const date = h('input', { id: 'fb-date', attrs: { type: 'date' } });
  date.value = context.view.now.slice(0, 10);
  const text = h('input', { id: 'fb-text', attrs: { type: 'text', placeholder: ROUNDS_TEXT.whatTheySaid, maxlength: '4000' } });
  const controls = [fieldControl(date, ROUNDS_TEXT.receivedOn, true), fieldControl(text, ROUNDS_TEXT.feedback, true)];
  const add = h('button', { className: 'secondary', id: 'fb-add', attrs: { type: 'button' } }, ROUNDS_TEXT.addFeedback);
  add.addEventListener('click', () => {
    if (showFieldErrors(controls, [date.value ? '' : ROUNDS_TEXT.pickDay, text.value.trim() ? '' : ROUNDS_TEXT.fillIn])) return;
    add.disabled = true;
    server
      .addFeedback({ interviewId: view.interviewId, receivedOn: date.value.trim(), text: text.value })
      .then(
        (saved) => {
          fill(saved.feedback);
          text.value = '';
          status.replaceChildren(banner(ROUNDS_TEXT.feedbackAdded, 'ok'));
        },
        // The server names the field in its words ("Received on: …"): shown on that field.
        (error: unknown) => {
          const message = forPerson(error);
          const prefix = `${ROUNDS_TEXT.receivedOn}: `;
          const onDate = message.startsWith(prefix);
          if (!showFieldErrors(controls, [onDate ? message.slice(prefix.length) : '', onDate ? '' : message])) status.replaceChildren(banner(message, 'error'));
        },
      )
      .finally(() => (add.disabled = false));
  });
  return h(
    'div',
    { id: 'feedback' },
    h('h2', {}, ROUNDS_TEXT.feedbackReceived),
    list,
    ...controls.map((control) => control.element),
    h('div', { className: 'actions' }, add),
  );
}

/** The round's application stage (an outcome often arrives with the feedback); recorded in Stage history. */
function renderStage(context: PanelContext, view: DebriefView, status: HTMLElement, isDirty: () => boolean): HTMLElement | string {
  const application = context.view.applications.find((a) => a.id !== '' && a.id === view.applicationId);
  if (!application) return '';
  // Reload the tracker so the pipeline and this select show the new stage, unless that would drop unsaved debrief text.
  const [select, move] = stagePicker(context, application, { ids: { select: 'stage-select', move: 'stage-move' }, status, mayReload: () => !isDirty() });
  return h('div', { id: 'stage' }, h('h2', {}, stageOf(application.company)), select, h('div', { className: 'actions' }, move));
}

/** The label of a debrief field as the form shows it ('' for a key the form has no label for: never the key itself). */
function labelOf(key: string): string {
  return LISTS.find((list) => list.key === key)?.label ?? (key === 'selfRating' ? ROUNDS_TEXT.rating : '');
}
