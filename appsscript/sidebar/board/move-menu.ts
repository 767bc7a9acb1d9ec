/**
 * "Move to…": a small menu of the stages next to the card, opened by Enter
 * or a click. ↑ and ↓ walk it, Enter or a click moves, Escape closes and
 * gives focus back to the card.
 */
import { STAGE_DEFINITIONS } from '../../../shared/stages/stage-definitions.js';
import { h } from '../dom.js';
import { BOARD_TEXT } from './board-text.js';

export function openMoveMenu(card: HTMLElement, current: string, choose: (stage: string) => void): void {
  document.querySelector('.move-menu')?.remove();
  const closeMenu = () => {
    menu.remove();
    card.focus();
  };
  const options = STAGE_DEFINITIONS.filter((stage) => stage.id !== current).map((stage) =>
    h(
      'button',
      {
        attrs: { type: 'button', role: 'menuitem', 'data-stage': stage.id },
        on: {
          click: () => {
            menu.remove();
            choose(stage.id);
          },
        },
      },
      stage.label,
    ),
  );
  const menu = h('div', { className: 'move-menu', id: 'move-menu', attrs: { role: 'menu', 'aria-label': BOARD_TEXT.moveTo } }, ...options);
  menu.addEventListener('keydown', (event) => {
    const index = options.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      closeMenu();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      options[(index + step + options.length) % options.length]?.focus();
    } else if (event.key === 'Tab') closeMenu();
  });
  const box = card.getBoundingClientRect();
  menu.style.left = `${Math.min(box.left, window.innerWidth - 190)}px`;
  menu.style.top = `${Math.min(box.bottom + 2, window.innerHeight - 260)}px`;
  document.body.append(menu);
  options[0]?.focus();
}
