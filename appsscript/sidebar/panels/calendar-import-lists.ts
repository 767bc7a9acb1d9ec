/**
 * Parts of the import section: the maybe-interviews, each with "Import" and
 * "Ignore" buttons (the answer is remembered for that title), and the .ics
 * feeds with a labelled field to add one and a "Remove" button each. Every
 * button says what it acts on (aria-label); all text is set as text.
 */
import type { CalendarImportView, MaybeInterview } from '../../api/views.js';
import { h } from '../dom.js';
import { IMPORT_TEXT, ignoreTitle, importTitle, maybeInterviews, rulesLine, stopFeed, why } from './calendar-text.js';

export interface ImportActions {
  decide(item: MaybeInterview, choice: 'import' | 'ignore'): void;
  addFeed(url: string): void;
  removeFeed(url: string): void;
}

export function maybeInterviewList(flagged: MaybeInterview[], more: number, actions: ImportActions): Node[] {
  if (flagged.length === 0) return [];
  const rows = flagged.map((item) =>
    h(
      'li',
      { className: 'item small' },
      h('div', {}, `${item.start.slice(0, 16).replace('T', ' ')} · ${item.title}`),
      h('div', { className: 'muted' }, why(item.reasons)),
      h(
        'button',
        {
          className: 'import-yes',
          attrs: { type: 'button', 'aria-label': importTitle(item.title) },
          on: { click: () => actions.decide(item, 'import') },
        },
        IMPORT_TEXT.import,
      ),
      ' ',
      h(
        'button',
        {
          className: 'import-no',
          attrs: { type: 'button', 'aria-label': ignoreTitle(item.title) },
          on: { click: () => actions.decide(item, 'ignore') },
        },
        IMPORT_TEXT.ignore,
      ),
    ),
  );
  return [h('p', { className: 'small' }, maybeInterviews(more)), h('ul', { className: 'list', id: 'import-flagged' }, ...rows)];
}

export function feedSection(view: CalendarImportView, actions: ImportActions): HTMLElement {
  const input = h('input', { id: 'import-feed-url', attrs: { type: 'url', inputmode: 'url', autocomplete: 'off', placeholder: IMPORT_TEXT.feedHint } });
  const add = h('button', { id: 'import-feed-add', attrs: { type: 'submit' } }, IMPORT_TEXT.addFeed);
  const form = h(
    'form',
    {
      id: 'import-feed-form',
      on: {
        submit: (event: Event) => {
          event.preventDefault();
          actions.addFeed(input.value);
        },
      },
    },
    h('label', { attrs: { for: 'import-feed-url' } }, IMPORT_TEXT.feedLabel),
    input,
    add,
  );
  const feeds = view.feeds.map((feed) =>
    h(
      'li',
      { className: 'item small' },
      `${feed.name} `,
      h('button', { attrs: { type: 'button', 'aria-label': stopFeed(feed.name) }, on: { click: () => actions.removeFeed(feed.url) } }, IMPORT_TEXT.remove),
    ),
  );
  return h('div', { id: 'import-feeds' }, feeds.length > 0 ? h('ul', { className: 'list', id: 'import-feed-list' }, ...feeds) : '', form);
}

/** The remembered answers, so the person can see why an event is (not) imported. */
export function rememberedRules(rules: CalendarImportView['rules']): Node[] {
  const any = rules.include.length + rules.exclude.length > 0;
  return any ? [h('p', { className: 'muted small', id: 'import-rules' }, rulesLine(rules.include, rules.exclude))] : [];
}
