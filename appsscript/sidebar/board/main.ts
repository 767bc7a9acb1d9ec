/**
 * The board dialog: one loadBoard call, then the stage columns (active
 * first, closed apart), coloured by the stage definitions. A card moves by
 * drag and drop, or by keyboard: ← and → move it one stage, Enter opens a
 * "Move to…" menu; every move goes through changeStage (Stage history
 * records it) and is announced in a live region.
 */
import { planBoard, stepStage, type BoardColumn } from '../../../shared/tracker/job-groups.js';
import type { BoardCard, BoardView } from '../../api/views.js';
import { h } from '../dom.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import { openMoveMenu } from './move-menu.js';
import { BOARD_TEXT, applicationsCount, boardCounts, moved, nextUp, notMoved, withoutId } from './board-text.js';

const root = document.getElementById('board')!;
// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);
const nameOf = (card: BoardCard) => `${card.company} · ${card.role}`;
let view: BoardView | null = null;
let message: HTMLElement | null = null;

function render(focusId?: string): void {
  if (!view) return;
  const columns = planBoard(view.cards);
  const active = columns.filter((column) => !column.closed);
  const closed = columns.filter((column) => column.closed);
  const count = (list: BoardColumn<BoardCard>[]) => list.reduce((sum, column) => sum + column.cards.length, 0);
  const status = h('div', { id: 'board-status', attrs: { role: 'status', 'aria-live': 'polite' } }, message ?? '');
  root.replaceChildren(
    h(
      'div',
      { className: 'top' },
      h('h1', { id: 'board-title', attrs: { tabindex: '-1' } }, BOARD_TEXT.title),
      h('span', { className: 'muted grow', id: 'board-counts' }, boardCounts(count(active), count(closed))),
      h('button', { className: 'secondary', id: 'board-close', attrs: { type: 'button' }, on: { click: close } }, BOARD_TEXT.close),
    ),
    h('p', { className: 'muted small', id: 'board-help' }, BOARD_TEXT.help),
    status,
    view.cards.length === 0 ? h('p', { id: 'board-empty' }, BOARD_TEXT.empty) : '',
    view.withoutId ? h('p', { className: 'muted small', id: 'board-without-id' }, withoutId(view.withoutId)) : '',
    h('h2', { id: 'active-title' }, BOARD_TEXT.active),
    h('div', { className: 'columns', attrs: { role: 'group', 'aria-labelledby': 'active-title' } }, ...active.map(renderColumn)),
    h('h2', { id: 'closed-title' }, BOARD_TEXT.closed),
    h('div', { className: 'columns', attrs: { role: 'group', 'aria-labelledby': 'closed-title' } }, ...closed.map(renderColumn)),
  );
  if (focusId) root.querySelector<HTMLElement>(`button.card[data-id="${CSS.escape(focusId)}"]`)?.focus();
}

function renderColumn(column: BoardColumn<BoardCard>): HTMLElement {
  const id = `column-${column.stage || 'none'}`;
  const list = h('ul', { attrs: { 'aria-labelledby': `${id}-title` } }, ...column.cards.map((card) => h('li', {}, renderCard(card, column))));
  const section = h(
    'section',
    { className: 'column', id, attrs: { 'data-stage': column.stage } },
    h(
      'h3',
      { id: `${id}-title`, attrs: { style: `background:${column.colour};color:${column.ink}` } },
      h('span', {}, column.label),
      h('span', { className: 'count', attrs: { 'aria-label': applicationsCount(column.cards.length) } }, String(column.cards.length)),
    ),
    column.cards.length ? list : h('p', { className: 'empty-column' }, BOARD_TEXT.none),
  );
  if (column.stage) {
    const stage = column.stage;
    section.addEventListener('dragover', (event) => {
      event.preventDefault();
      section.classList.add('drop-target');
    });
    section.addEventListener('dragleave', () => section.classList.remove('drop-target'));
    section.addEventListener('drop', (event) => {
      event.preventDefault();
      section.classList.remove('drop-target');
      const cardId = event.dataTransfer?.getData('text/plain');
      if (cardId) move(cardId, stage, false);
    });
  }
  return section;
}

function renderCard(card: BoardCard, column: BoardColumn<BoardCard>): HTMLElement {
  const button = h(
    'button',
    {
      className: 'card',
      attrs: { type: 'button', draggable: 'true', 'data-id': card.id, style: `border-left-color:${column.ink}`, 'aria-describedby': 'board-help' },
    },
    h('span', { className: 'company' }, card.company),
    h('span', {}, card.role),
    card.nextAction || card.nextActionDue ? h('span', { className: 'next' }, nextUp([card.nextAction, card.nextActionDue].filter(Boolean))) : '',
    h('span', { className: 'visually-hidden' }, `, ${column.label}`),
  );
  button.addEventListener('dragstart', (event) => event.dataTransfer?.setData('text/plain', card.id));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const next = stepStage(card.stage, event.key === 'ArrowRight' ? 1 : -1);
      if (next) move(card.id, next, true);
    }
  });
  button.addEventListener('click', () => openMoveMenu(button, card.stage, (stage) => move(card.id, stage, true)));
  return button;
}

function move(id: string, stage: string, keepFocus: boolean): void {
  const card = view?.cards.find((candidate) => candidate.id === id);
  if (!view || !card || card.stage === stage) return;
  server.changeStage({ applicationId: id, stage }).then(
    () => {
      card.stage = stage;
      message = h('span', {}, moved(nameOf(card), stage));
      render(keepFocus ? id : undefined);
    },
    (error: unknown) => {
      message = h('span', { className: 'banner error', attrs: { role: 'alert' } }, notMoved(nameOf(card), errorText(error)));
      render(keepFocus ? id : undefined);
    },
  );
}

function close(): void {
  (window as unknown as { google?: { script: { host?: { close(): void } } } }).google?.script.host?.close();
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !document.querySelector('.move-menu')) close();
});

server.loadBoard().then(
  (loaded) => {
    view = loaded;
    render();
  },
  (error: unknown) => root.replaceChildren(h('div', { className: 'banner error', id: 'board-error', attrs: { role: 'alert' } }, errorText(error))),
);
