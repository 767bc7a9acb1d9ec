/**
 * Import inside the add-on (no service): turn it on or off, choose the
 * calendars (the primary one preselected), "Sync now", and the last pass's
 * report (added, updated, cancelled, maybe-interviews, why the rest was skipped, problems). Opening
 * the section starts a pass when the last one is older than a few minutes.
 * A pass answers at once; its report is read back when the call returns
 * (the pass has finished with that execution). All text is set as text.
 */
import type { CalendarImportView, CalendarPassView } from '../../api/views.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import { h } from '../dom.js';
import { feedSection, maybeInterviewList, rememberedRules, type ImportActions } from './calendar-import-lists.js';
import { skippedList } from './calendar-import-skipped.js';
import { CONNECT_TEXT, IMPORT_TEXT, decided, lastImport, stillImporting } from './calendar-text.js';

// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);

function renderPass(pass: CalendarPassView | null, actions: ImportActions): Node[] {
  if (!pass) return [h('p', { className: 'muted small', id: 'import-last' }, IMPORT_TEXT.notYet)];
  const when = pass.finishedAt.slice(0, 16).replace('T', ' ');
  const nodes: Node[] = [h('p', { className: 'small', id: 'import-last' }, lastImport(when, pass.added, pass.updated, pass.cancelled))];
  if (pass.continues.length > 0) nodes.push(h('p', { className: 'muted small' }, stillImporting(pass.continues)));
  nodes.push(...maybeInterviewList(pass.flagged, pass.moreFlagged, actions));
  nodes.push(...skippedList(pass));
  for (const problem of pass.errors) nodes.push(h('div', { className: 'banner error small' }, problem));
  return nodes;
}

/** The section, loading itself; `say` shows a message in the panel's status line. */
export function calendarImportSection(): HTMLElement {
  const body = h('div', { id: 'import-body' }, h('p', { className: 'muted' }, CONNECT_TEXT.loading));
  const message = h('div', { id: 'import-message', attrs: { role: 'status' } });
  const say = (text: string, kind: 'ok' | 'error') => message.replaceChildren(h('div', { className: `banner ${kind}` }, text));
  const show = (view: CalendarImportView) => body.replaceChildren(...renderView(view));
  const fail = (error: unknown) => say(errorText(error), 'error');
  const load = () => server.loadCalendarImport().then(show, fail);
  const sync = (onlyIfStale: boolean) => server.syncCalendarsNow({ onlyIfStale }).then((answer) => (answer.started ? load() : undefined), fail);
  const actions: ImportActions = {
    decide: (item, choice) =>
      void server.decideMaybeInterview({ eventId: item.eventId, choice }).then((next) => {
        show(next);
        say(decided(item.title, choice), 'ok');
        // "Import" started a pass: its report (the new row counted) is read back now.
        if (choice === 'import') void load();
      }, fail),
    addFeed: (url) =>
      void server.addCalendarFeed({ url }).then((next) => {
        show(next);
        say(IMPORT_TEXT.savedFeed, 'ok');
      }, fail),
    removeFeed: (url) => void server.removeCalendarFeed({ url }).then(show, fail),
  };

  function renderView(view: CalendarImportView): Node[] {
    const toggle = h(
      'button',
      { id: 'import-toggle', attrs: { type: 'button' }, on: { click: () => void server.setCalendarImport({ enabled: !view.enabled }).then(show, fail) } },
      view.enabled ? IMPORT_TEXT.turnOff : IMPORT_TEXT.turnOn,
    );
    if (!view.enabled) return [h('p', { className: 'small' }, IMPORT_TEXT.offIntro), toggle];
    const boxes = view.calendars.map((calendar) => {
      const box = h('input', { attrs: { type: 'checkbox', value: calendar.id } });
      box.checked = calendar.chosen;
      return { box, row: h('label', { className: 'check' }, box, ` ${calendar.name}${calendar.primary ? CONNECT_TEXT.main : ''}`) };
    });
    const save = h(
      'button',
      {
        id: 'import-save',
        attrs: { type: 'button' },
        on: {
          click: () =>
            void server.chooseImportCalendars({ calendarIds: boxes.filter(({ box }) => box.checked).map(({ box }) => box.value) }).then((next) => {
              show(next);
              say(IMPORT_TEXT.calendarsSaved, 'ok');
            }, fail),
        },
      },
      IMPORT_TEXT.saveCalendars,
    );
    const now = h('button', { id: 'import-sync', attrs: { type: 'button' }, on: { click: () => void sync(false) } }, CONNECT_TEXT.syncNow);
    return [
      h('div', { id: 'import-calendars' }, ...boxes.map(({ row }) => row)),
      save,
      feedSection(view, actions),
      now,
      ...renderPass(view.lastPass, actions),
      ...rememberedRules(view.rules),
      toggle,
    ];
  }

  // Opening the section: a pass only when import is on and the last pass is older than a few minutes.
  void server.loadCalendarImport().then((view) => {
    show(view);
    if (view.enabled) void sync(true);
  }, fail);
  return h('section', { id: 'calendar-import' }, h('h3', {}, IMPORT_TEXT.title), message, body);
}
