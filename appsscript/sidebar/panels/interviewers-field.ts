/**
 * Interviewers as name + email pairs. The thank-you drafts need each
 * person's email, so a name without one gets a warning (not an error: the
 * round can be saved, the drafts will say who is missing). The value is the
 * Interviewers cell: "Ana <ana@acme.com>, Bo".
 */
import { formatPeople, parseInterviewers } from '../../../shared/mail/address.js';
import { h } from '../dom.js';
import { FORM_WORDS, interviewerEmailLabel, interviewerEmailMissing, interviewerNameLabel } from './forms-text.js';

export interface InterviewersField {
  readonly element: HTMLElement;
  value(): string;
}

export function interviewersField(initial: string, readOnly: boolean, hint?: string): InterviewersField {
  const list = h('ul', { className: 'people', id: 'f-interviewers' });
  const rows: { name: HTMLInputElement; email: HTMLInputElement; warning: HTMLElement }[] = [];
  const addRow = (name: string, email: string) => {
    const index = rows.length;
    const nameInput = h('input', {
      id: `f-interviewer-name-${index}`,
      attrs: { type: 'text', autocomplete: 'off', 'aria-label': interviewerNameLabel(index + 1) },
    });
    const emailInput = h('input', {
      id: `f-interviewer-email-${index}`,
      attrs: { type: 'email', autocomplete: 'off', 'aria-label': interviewerEmailLabel(index + 1), 'aria-describedby': `f-interviewer-warning-${index}` },
    });
    nameInput.value = name;
    emailInput.value = email;
    nameInput.readOnly = emailInput.readOnly = readOnly;
    const warning = h('div', { className: 'field-warning small', id: `f-interviewer-warning-${index}` });
    const warn = () => (warning.textContent = nameInput.value.trim() && !emailInput.value.trim() ? interviewerEmailMissing(nameInput.value.trim()) : '');
    nameInput.addEventListener('input', warn);
    emailInput.addEventListener('input', warn);
    warn();
    rows.push({ name: nameInput, email: emailInput, warning });
    list.append(h('li', { className: 'person' }, nameInput, emailInput, warning));
    return nameInput;
  };
  const people = parseInterviewers(initial);
  for (const person of people) addRow(person.name, person.email ?? '');
  if (people.length === 0) addRow('', '');
  const add = h('button', { className: 'link', id: 'add-interviewer', attrs: { type: 'button' } }, FORM_WORDS.addInterviewer);
  add.addEventListener('click', () => addRow('', '').focus());
  const element = h(
    'fieldset',
    { className: 'field' },
    h('legend', {}, FORM_WORDS.interviewers),
    hint ? h('div', { className: 'hint small muted' }, hint) : null,
    list,
    readOnly ? null : add,
  );
  return {
    element,
    value: () => formatPeople(rows.map((row) => ({ name: row.name.value.trim(), email: row.email.value.trim() || null }))),
  };
}
