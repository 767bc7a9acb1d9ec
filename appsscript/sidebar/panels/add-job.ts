/**
 * Add a job from its link (or its pasted description): a preview of what
 * the posting holds, every field editable, the requirements found, and a
 * duplicate named with the choice to open it or add anyway. Nothing is
 * written before "Add to tracker".
 */
import type { JobPreview } from '../../api/views.js';
import { h } from '../dom.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import { ADD_JOB_TEXT, alreadyTracked, jobAdded, requirementsFound } from './getting-data-in-text.js';
import type { Panel, PanelContext } from './panel.js';

const errorText = (error: unknown) => forPerson(error);
const banner = (text: string, kind: 'ok' | 'error' | 'nudge') => h('div', { className: `banner ${kind}` }, text);

export const addJobPanel: Panel<{ panel: 'add-job' }> = {
  id: 'add-job',
  title: ADD_JOB_TEXT.title,
  render: (context) => renderAddJob(context),
};

/** The add-a-job screen: link form, paste form, and the preview once something was read. */
export function renderAddJob(context: PanelContext): HTMLElement {
  const status = h('div', { id: 'add-job-status', attrs: { role: 'status' } });
  const preview = h('div', { id: 'add-job-preview' });
  const url = h('input', { id: 'add-job-url', attrs: { type: 'url', inputmode: 'url', placeholder: 'https://…' } });
  const text = h('textarea', { id: 'add-job-text' });
  const show = (answer: JobPreview) => {
    if (answer.kind === 'paste') {
      status.replaceChildren(banner(answer.message, 'nudge'));
      preview.replaceChildren();
      text.focus();
    } else {
      status.replaceChildren();
      preview.replaceChildren(renderPreview(context, answer, status));
      document.getElementById('add-job-company')?.focus();
    }
  };
  const reading = (button: HTMLButtonElement, call: () => Promise<JobPreview>) => {
    button.disabled = true;
    status.replaceChildren(h('p', { className: 'muted' }, ADD_JOB_TEXT.reading));
    call()
      .then(show, (error: unknown) => status.replaceChildren(banner(errorText(error), 'error')))
      .finally(() => (button.disabled = false));
  };
  const readLink = h('button', { className: 'primary', id: 'add-job-read', attrs: { type: 'submit' } }, ADD_JOB_TEXT.read);
  const linkForm = h(
    'form',
    { id: 'add-job-link-form', attrs: { novalidate: '' } },
    h('label', { attrs: { for: 'add-job-url' } }, ADD_JOB_TEXT.urlLabel),
    url,
    h('div', { className: 'actions' }, readLink),
  );
  linkForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (url.value.trim()) reading(readLink, () => server.previewJobFromLink({ url: url.value.trim() }));
  });
  const readText = h('button', { className: 'secondary', id: 'add-job-read-text', attrs: { type: 'submit' } }, ADD_JOB_TEXT.readPasted);
  const pasteForm = h(
    'form',
    { id: 'add-job-paste-form', attrs: { novalidate: '' } },
    h('label', { attrs: { for: 'add-job-text' } }, ADD_JOB_TEXT.pasteLabel),
    h('p', { className: 'muted small', id: 'add-job-text-hint' }, ADD_JOB_TEXT.pasteHint),
    text,
    h('div', { className: 'actions' }, readText),
  );
  text.setAttribute('aria-describedby', 'add-job-text-hint');
  pasteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (text.value.trim()) reading(readText, () => server.previewJobFromText({ text: text.value, url: url.value.trim() }));
  });
  return h('section', { id: 'add-job' }, h('p', { className: 'muted small' }, ADD_JOB_TEXT.intro), linkForm, pasteForm, status, preview);
}

function field(id: string, label: string, value: string): { row: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { id, attrs: { type: 'text' } });
  input.value = value;
  return { row: h('div', {}, h('label', { attrs: { for: id } }, label), input), input };
}

function renderPreview(context: PanelContext, answer: JobPreview & { kind: 'found' }, status: HTMLElement): HTMLElement {
  const { posting } = answer;
  const fields = {
    company: field('add-job-company', ADD_JOB_TEXT.company, posting.company),
    role: field('add-job-role', ADD_JOB_TEXT.role, posting.role),
    location: field('add-job-location', ADD_JOB_TEXT.location, posting.location),
    salary: field('add-job-salary', ADD_JOB_TEXT.salary, answer.salary),
    link: field('add-job-link', ADD_JOB_TEXT.link, posting.link),
  };
  const remote = h(
    'select',
    { id: 'add-job-remote' },
    ...['', 'Remote', 'Hybrid', 'On-site'].map((value) => h('option', { attrs: { value } }, value || ADD_JOB_TEXT.remoteUnknown)),
  );
  remote.value = posting.remote;
  const requirements = h(
    'ul',
    { id: 'add-job-requirements' },
    ...answer.requirements.map((r) =>
      h(
        'li',
        { className: 'small' },
        `${r.requirement} `,
        h('span', { className: 'muted' }, `(${r.level === 'must' ? ADD_JOB_TEXT.must : ADD_JOB_TEXT.nice})`),
      ),
    ),
  );
  const add = (addAnyway: boolean, button: HTMLButtonElement) => {
    const job = {
      company: fields.company.input.value.trim(),
      role: fields.role.input.value.trim(),
      location: fields.location.input.value.trim(),
      remote: remote.value as '' | 'Remote' | 'Hybrid' | 'On-site',
      salary: fields.salary.input.value.trim(),
      link: fields.link.input.value.trim(),
      employmentType: posting.employmentType,
      datePosted: posting.datePosted,
      jobDescription: posting.description,
      addAnyway,
    };
    if (!job.company || !job.role) {
      status.replaceChildren(banner(ADD_JOB_TEXT.needed, 'error'));
      return;
    }
    button.disabled = true;
    server
      .addJob(job)
      .then(
        (result) => {
          if (result.kind === 'added') void context.refresh(jobAdded(result.company, result.role, result.requirements));
          else duplicateBox.replaceChildren(renderDuplicate(context, result.duplicate, () => add(true, confirm)));
        },
        (error: unknown) => status.replaceChildren(banner(errorText(error), 'error')),
      )
      .finally(() => (button.disabled = false));
  };
  const confirm = h(
    'button',
    { className: 'primary', id: 'add-job-confirm', attrs: { type: 'button' }, on: { click: () => add(false, confirm) } },
    ADD_JOB_TEXT.confirm,
  );
  const duplicateBox = h('div', { id: 'add-job-duplicate' }, answer.duplicate ? renderDuplicate(context, answer.duplicate, () => add(true, confirm)) : null);
  return h(
    'div',
    { className: 'card' },
    duplicateBox,
    fields.company.row,
    fields.role.row,
    fields.location.row,
    h('label', { attrs: { for: 'add-job-remote' } }, ADD_JOB_TEXT.remote),
    remote,
    fields.salary.row,
    fields.link.row,
    h('h2', {}, requirementsFound(answer.requirements.length)),
    requirements,
    h(
      'details',
      {},
      h('summary', { className: 'small' }, ADD_JOB_TEXT.description),
      h('p', { className: 'draft-body', id: 'add-job-description' }, posting.description.slice(0, 3_000)),
    ),
    posting.descriptionTruncated ? h('p', { className: 'muted small' }, ADD_JOB_TEXT.cut) : null,
    h('div', { className: 'actions' }, confirm),
  );
}

function renderDuplicate(context: PanelContext, duplicate: { id: string; company: string; role: string; row: number }, addAnyway: () => void): HTMLElement {
  const record = context.view.applications.find((application) => application.id === duplicate.id) ?? null;
  return h(
    'div',
    { className: 'banner nudge', attrs: { role: 'alert' } },
    h('p', {}, alreadyTracked(duplicate.company, duplicate.role, duplicate.row)),
    h(
      'div',
      { className: 'actions wrap' },
      h(
        'button',
        {
          className: 'secondary',
          id: 'add-job-open-existing',
          attrs: { type: 'button' },
          on: { click: () => context.go({ panel: 'application-form', record }) },
        },
        ADD_JOB_TEXT.openExisting,
      ),
      h('button', { className: 'secondary', id: 'add-job-add-anyway', attrs: { type: 'button' }, on: { click: addAnyway } }, ADD_JOB_TEXT.addAnyway),
    ),
  );
}
