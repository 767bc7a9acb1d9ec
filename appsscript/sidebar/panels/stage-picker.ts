/**
 * An application's stage as a select and a Change stage button, written
 * through changeStage (recorded in Stage history): the one control the job's
 * page and the debrief share. A change reloads the tracker, so every list
 * shows the new stage, unless `mayReload` says that would drop typing; the
 * outcome is otherwise said in `status`.
 */
import { STAGES } from '../../../shared/schema/options.js';
import type { ApplicationRecord } from '../../../shared/models/records.js';
import { h } from '../dom.js';
import { server } from '../server.js';
import { STAGE_WORDS, alreadyAt, forPerson, stageChanged } from '../words.js';
import type { PanelContext } from './panel.js';

export interface StagePickerOptions {
  ids: { select: string; move: string };
  /** The select's accessible name when no visible label names it. */
  label?: string;
  status: HTMLElement;
  mayReload: () => boolean;
}

export function stagePicker(context: PanelContext, application: ApplicationRecord, options: StagePickerOptions): [HTMLSelectElement, HTMLButtonElement] {
  const say = (text: string, kind: 'ok' | 'error') => options.status.replaceChildren(h('div', { className: `banner ${kind}` }, text));
  const select = h(
    'select',
    { id: options.ids.select, attrs: options.label ? { 'aria-label': options.label } : {} },
    ...STAGES.map((stage) => h('option', { attrs: { value: stage } }, stage)),
  );
  select.value = application.stage;
  const move = h('button', { className: 'secondary', id: options.ids.move, attrs: { type: 'button' } }, STAGE_WORDS.change);
  move.addEventListener('click', () => {
    move.disabled = true;
    server
      .changeStage({ applicationId: application.id, stage: select.value })
      .then(
        (result) => {
          const message = result.kind === 'changed' ? stageChanged(application.company, result.fromStage, result.toStage) : alreadyAt(result.stage);
          if (result.kind === 'changed' && options.mayReload()) return context.refresh(message);
          say(message, 'ok');
        },
        (error: unknown) => say(forPerson(error), 'error'),
      )
      .finally(() => (move.disabled = false));
  });
  return [select, move];
}
