/**
 * Import a tracker: choose a CSV file (read here as bytes, sent as base64)
 * or another sheet; the preview shows the counts, each column's choice (all
 * changeable), stage values to map and rows to fix. Every change asks for a
 * new preview; "Import" runs only a preview with nothing left to fix.
 */
import type { ImportPreview } from '../../api/views.js';
import { h } from '../dom.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import { IMPORT_TEXT, columnNumbered, importCounts, importProblem, importProblems, importRun, imported } from './getting-data-in-text.js';
import type { Panel, PanelContext } from './panel.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const errorText = (error: unknown) => forPerson(error);
const banner = (text: string, kind: 'ok' | 'error') => h('div', { className: `banner ${kind}` }, text);

type Source = { fileName: string; csvBase64: string } | { sheetName: string };
interface Choices {
  mapping?: (string | null)[];
  stageValues: Record<string, string>;
  dayOrder?: 'dmy' | 'mdy';
}

export const importTrackerPanel: Panel<{ panel: 'import-tracker' }> = {
  id: 'import-tracker',
  title: IMPORT_TEXT.title,
  render: (context) => renderImportTracker(context),
};

/** The import screen: the two sources, then the preview of the chosen one. */
export function renderImportTracker(context: PanelContext): HTMLElement {
  const status = h('div', { id: 'import-status', attrs: { role: 'status' } });
  const preview = h('div', { id: 'import-preview' });
  let source: Source | null = null;
  let choices: Choices = { stageValues: {} };
  const run = (kind: 'preview' | 'import') => {
    if (!source) return;
    status.replaceChildren(h('p', { className: 'muted' }, IMPORT_TEXT.reading));
    const input = { source, ...choices };
    const call = kind === 'preview' ? server.previewImport(input).then((p) => ({ kind: 'not-imported' as const, preview: p })) : server.runImport(input);
    call.then(
      (result) => {
        if (result.kind === 'imported') {
          void context.refresh(imported(result.applications, result.history));
          return;
        }
        status.replaceChildren();
        choices = { mapping: result.preview.mapping, stageValues: choices.stageValues, dayOrder: result.preview.dayOrder };
        preview.replaceChildren(
          renderPreview(
            result.preview,
            choices,
            () => run('preview'),
            () => run('import'),
          ),
        );
      },
      (error: unknown) => status.replaceChildren(banner(errorText(error), 'error')),
    );
  };
  const file = h('input', { id: 'import-file', attrs: { type: 'file', accept: '.csv,.tsv,.txt,text/csv' } });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      status.replaceChildren(banner(IMPORT_TEXT.tooBig, 'error'));
      return;
    }
    void chosen.arrayBuffer().then((buffer) => {
      source = { fileName: chosen.name, csvBase64: toBase64(new Uint8Array(buffer)) };
      choices = { stageValues: {} };
      run('preview');
    });
  });
  const sheets = h('div', { id: 'import-sheets' });
  server.listImportSheets().then(
    ({ sheets: names }) => {
      if (names.length === 0) {
        sheets.replaceChildren(h('p', { className: 'muted small' }, IMPORT_TEXT.noSheets));
        return;
      }
      const select = h('select', { id: 'import-sheet' }, ...names.map((name) => h('option', { attrs: { value: name } }, name)));
      const read = h('button', { className: 'secondary', id: 'import-read-sheet', attrs: { type: 'button' } }, IMPORT_TEXT.readSheet);
      read.addEventListener('click', () => {
        source = { sheetName: select.value };
        choices = { stageValues: {} };
        run('preview');
      });
      sheets.replaceChildren(h('label', { attrs: { for: 'import-sheet' } }, IMPORT_TEXT.sheetLabel), select, h('div', { className: 'actions' }, read));
    },
    (error: unknown) => sheets.replaceChildren(banner(errorText(error), 'error')),
  );
  return h(
    'section',
    { id: 'import-tracker' },
    h('p', { className: 'muted small' }, IMPORT_TEXT.intro),
    h('label', { attrs: { for: 'import-file' } }, IMPORT_TEXT.fileLabel),
    file,
    sheets,
    status,
    preview,
  );
}

function renderPreview(view: ImportPreview, choices: Choices, again: () => void, importNow: () => void): HTMLElement {
  const columns = view.headers.map((header, index) => {
    const id = `import-map-${index}`;
    const select = h(
      'select',
      { id, attrs: { 'data-header': header } },
      h('option', { attrs: { value: '' } }, IMPORT_TEXT.notImported),
      ...view.fields.map((field) => h('option', { attrs: { value: field.key } }, field.label)),
    );
    select.value = view.mapping[index] ?? '';
    select.addEventListener('change', () => {
      choices.mapping = view.headers.map((_, i) => (i === index ? select.value || null : (choices.mapping?.[i] ?? null)));
      again();
    });
    const example = view.sample[0]?.[index] ?? '';
    return h(
      'li',
      { className: 'card' },
      h('label', { attrs: { for: id } }, header || columnNumbered(index + 1)),
      example ? h('p', { className: 'muted small' }, example) : null,
      select,
    );
  });
  const stages = view.unknownStages.map((value, index) => {
    const id = `import-stage-${index}`;
    const select = h(
      'select',
      { id },
      h('option', { attrs: { value: '' } }, IMPORT_TEXT.chooseStage),
      ...view.stages.map((stage) => h('option', { attrs: { value: stage } }, stage)),
    );
    select.addEventListener('change', () => {
      if (select.value) choices.stageValues[value] = select.value;
      again();
    });
    return h('li', {}, h('label', { attrs: { for: id } }, `“${value}”`), select);
  });
  const dayOrder = h(
    'select',
    { id: 'import-day-order' },
    h('option', { attrs: { value: 'mdy' } }, IMPORT_TEXT.mdy),
    h('option', { attrs: { value: 'dmy' } }, IMPORT_TEXT.dmy),
  );
  dayOrder.value = view.dayOrder;
  dayOrder.addEventListener('change', () => {
    choices.dayOrder = dayOrder.value === 'dmy' ? 'dmy' : 'mdy';
    again();
  });
  const runButton = h(
    'button',
    { className: 'primary', id: 'import-run', attrs: { type: 'button' }, on: { click: importNow } },
    view.counts.new ? importRun(view.counts.new) : IMPORT_TEXT.nothingNew,
  );
  runButton.disabled = !view.ready;
  return h(
    'div',
    {},
    h('p', { className: 'small', id: 'import-counts' }, `${view.sourceName}${view.format ? ` (${view.format})` : ''}. ${importCounts(view.counts)}`),
    view.problems.length
      ? h(
          'div',
          { className: 'banner error', id: 'import-problems', attrs: { role: 'alert' } },
          h('p', {}, importProblems(view.problems.length, view.problemCount)),
          h('ul', {}, ...view.problems.map((p) => h('li', { className: 'small' }, importProblem(p)))),
        )
      : null,
    stages.length
      ? h(
          'div',
          { id: 'import-stages' },
          h('h2', {}, IMPORT_TEXT.stagesTitle),
          h('p', { className: 'muted small' }, IMPORT_TEXT.stagesHint),
          h('ul', {}, ...stages),
        )
      : null,
    h('label', { attrs: { for: 'import-day-order' } }, IMPORT_TEXT.dayOrder),
    dayOrder,
    h('h2', {}, IMPORT_TEXT.columns),
    h('ul', { id: 'import-columns' }, ...columns),
    h('div', { className: 'actions' }, runButton),
  );
}

/** Bytes to base64 in chunks (String.fromCharCode over a whole file would overflow the stack). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
