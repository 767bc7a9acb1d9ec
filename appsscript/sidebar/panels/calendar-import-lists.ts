/**
 * Parts of the import section: the maybe-interviews, each with "Import" and
 * "Ignore" buttons (the answer is remembered for that title), and the .ics
 * feeds with a labelled field to add one and a "Remove" button each. Every
 * button says what it acts on (aria-label); all text is set as text.
 */
import type { CalendarImportView, MaybeInterview } from '../../api/views.js';
import { h } from '../dom.js';

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
      h('div', { className: 'muted' }, `Why: ${item.reasons.join('; ')}`),
      h(
        'button',
        {
          className: 'import-yes',
          attrs: { type: 'button', 'aria-label': `Import "${item.title}" and every event with this title` },
          on: { click: () => actions.decide(item, 'import') },
        },
        'Import',
      ),
      ' ',
      h(
        'button',
        {
          className: 'import-no',
          attrs: { type: 'button', 'aria-label': `Ignore "${item.title}" and every event with this title` },
          on: { click: () => actions.decide(item, 'ignore') },
        },
        'Ignore',
      ),
    ),
  );
  return [
    h('p', { className: 'small' }, `Maybe interviews (not imported)${more > 0 ? `, and ${more} more` : ''}. Your answer is remembered for the title:`),
    h('ul', { className: 'list', id: 'import-flagged' }, ...rows),
  ];
}

export function feedSection(view: CalendarImportView, actions: ImportActions): HTMLElement {
  const input = h('input', { id: 'import-feed-url', attrs: { type: 'url', inputmode: 'url', autocomplete: 'off', placeholder: 'https://… or webcal://…' } });
  const add = h('button', { id: 'import-feed-add', attrs: { type: 'submit' } }, 'Add calendar address');
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
    h('label', { attrs: { for: 'import-feed-url' } }, 'Other calendar (Outlook, iCloud, Proton): paste its .ics address'),
    input,
    add,
  );
  const feeds = view.feeds.map((feed) =>
    h(
      'li',
      { className: 'item small' },
      `${feed.name} `,
      h('button', { attrs: { type: 'button', 'aria-label': `Stop importing ${feed.name}` }, on: { click: () => actions.removeFeed(feed.url) } }, 'Remove'),
    ),
  );
  return h('div', { id: 'import-feeds' }, feeds.length > 0 ? h('ul', { className: 'list', id: 'import-feed-list' }, ...feeds) : '', form);
}

/** The remembered answers, so the person can see why an event is (not) imported. */
export function rememberedRules(rules: CalendarImportView['rules']): Node[] {
  const parts = [
    rules.include.length > 0 ? `always imported: ${rules.include.map((text) => `"${text}"`).join(', ')}` : '',
    rules.exclude.length > 0 ? `always left out: ${rules.exclude.map((text) => `"${text}"`).join(', ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? [h('p', { className: 'muted small', id: 'import-rules' }, `Titles you answered for — ${parts.join('; ')}.`)] : [];
}
