/**
 * First run: a spreadsheet with no tracker yet gets a welcome, one action
 * ("Set up my tracker") and the three steps that start a search — never the
 * server's "There is no sheet named …" as a red error.
 */
import { h } from '../dom.js';
import { WELCOME_WORDS } from '../words.js';

/** True for the load error of a spreadsheet whose tracker sheets are missing. */
export function isMissingTracker(error: unknown): boolean {
  return error instanceof Error && /There is no sheet named/.test(error.message);
}

/** The three steps, shown on the welcome and on Home while the tracker is empty. */
export function renderStartSteps(): HTMLElement {
  return h(
    'section',
    { id: 'start-steps', attrs: { 'aria-labelledby': 'start-title' } },
    h('h2', { id: 'start-title' }, WELCOME_WORDS.startTitle),
    h('ol', { className: 'steps' }, ...WELCOME_WORDS.steps.map((step) => h('li', {}, step))),
  );
}

export function renderWelcome(setUp: () => Promise<unknown>): HTMLElement {
  const button = h('button', { className: 'primary', id: 'set-up', attrs: { type: 'button' } }, WELCOME_WORDS.setUp);
  const status = h('div', { attrs: { role: 'status' } });
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = WELCOME_WORDS.settingUp;
    void setUp().finally(() => (button.disabled = false));
  });
  return h(
    'main',
    { id: 'welcome' },
    h('h1', { id: 'page-title', attrs: { tabindex: '-1' } }, WELCOME_WORDS.title),
    h('p', {}, WELCOME_WORDS.intro),
    h('div', { className: 'actions' }, button),
    status,
    renderStartSteps(),
  );
}
