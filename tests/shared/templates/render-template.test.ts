import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderMessage, renderMessageOrThrow, renderText } from '../../../shared/templates/render-template.js';
import type { PlaceholderValues } from '../../../shared/templates/placeholders.js';
import { NextRoundError } from '../../../shared/errors.js';

const values: PlaceholderValues = { first_name: 'Ana', company: 'Acme', role: 'Data Engineer', my_name: 'Sam Lee', topic: '' };

describe('renderText', () => {
  it.each([
    ['Hi {{first_name}},', 'Hi Ana,'],
    ['{{ first_name }} at {{company}}', 'Ana at Acme'],
    ['About {{topic|your roadmap}}.', 'About your roadmap.'],
    ['About {{topic|}}.', 'About .'],
    ['{{first_name|friend}}', 'Ana'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: other engines' syntax must come out as typed
    ['Cost: ${7*7} and <%= 7*7 %> and #{7*7}', 'Cost: ${7*7} and <%= 7*7 %> and #{7*7}'],
    ['a } b }} c { d', 'a } b }} c { d'],
    ['', ''],
    ['{{round|the interview}}', 'the interview'],
  ])('renders %j as %j', (source, expected) => {
    expect(renderText(source, values)).toEqual({ ok: true, text: expected });
  });

  it.each([
    ['Hi {{first_name}} from {{round}}', ['round'], [], 0],
    ['{{topic}} and {{topic}}', ['topic'], [], 0],
    ['{{constructor}} {{tostring}} {{hasownproperty}}', [], ['constructor', 'tostring', 'hasownproperty'], 0],
    ['{{toString}}', [], [], 1],
    ['{{frist_name}}, {{round}}', ['round'], ['frist_name'], 0],
  ])('refuses %j listing missing %j and unknown %j', (source, missing, unknown, invalidCount) => {
    const result = renderText(source, values);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toEqual(missing);
    expect(result.unknown).toEqual(unknown);
    expect(result.invalid).toHaveLength(invalidCount);
  });

  it.each([
    ['{{__proto__}}', '{{__proto__}}', 1, 1],
    ['Hi {{first name}}', '{{first name}}', 1, 4],
    ['Hi {{{first_name}}}', '{{{first_name}}', 1, 4],
    ['Hi\n  {{company', '{{company', 2, 3],
    ['{{a {{company}}', '{{a ', 1, 1],
    ['{{constructor.name}}', '{{constructor.name}}', 1, 1],
    ['{{company.constructor}}', '{{company.constructor}}', 1, 1],
    ['{{#each x}}{{/each}}', '{{#each x}}', 1, 1],
    ['{{7*7}}', '{{7*7}}', 1, 1],
  ])('refuses the malformed %j, pointing at %j on line %i column %i', (source, raw, line, column) => {
    const result = renderText(source, values, 'Body');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.invalid[0]).toMatchObject({ raw, line, column, field: 'Body' });
  });

  it('copies values containing template syntax literally instead of expanding them again', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a value that looks like a template stays text
    const tricky: PlaceholderValues = { company: '{{my_name}} ${process.exit()} <%= x %>', my_name: 'Sam' };
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the same value, copied literally
    expect(renderText('{{company}}', tricky)).toEqual({ ok: true, text: '{{my_name}} ${process.exit()} <%= x %>' });
  });

  it('never evaluates and never throws, whatever the template and the values', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), fc.string(), (source, company) => {
        const result = renderText(source, { company });
        if (!source.includes('{{')) expect(result).toEqual({ ok: true, text: source });
        if (result.ok) expect(result.text.length).toBeLessThanOrEqual(source.length + company.length * source.length);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string(), (value) => {
        const result = renderText('[{{company}}]', { company: value });
        expect(result).toEqual(value.trim() === '' ? { ok: false, missing: ['company'], unknown: [], invalid: [] } : { ok: true, text: `[${value.trim()}]` });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('renderMessage', () => {
  const template = { name: 'Thank you', subject: 'Thanks, {{first_name}}', body: 'Hi {{first_name}} from {{round}} {{frist}} {{oops' };

  it('merges the problems of subject and body into one actionable message', () => {
    const result = renderMessage(template, values);
    expect(result).toMatchObject({ ok: false, missing: ['round'], unknown: ['frist'] });
    if (result.ok) return;
    expect(result.message).toBe(
      'Template "Thank you" cannot be used yet: empty {{round}} (fill it in or add a |fallback); unknown {{frist}}; Body line 1 column 44: {{oops has no closing }}.',
    );
  });

  it('trims the subject and keeps the body exactly as rendered', () => {
    expect(renderMessage({ name: 't', subject: '  Hello {{first_name}} ', body: 'Line 1\n\n  {{company}}\n' }, values)).toEqual({
      ok: true,
      subject: 'Hello Ana',
      body: 'Line 1\n\n  Acme\n',
    });
  });

  it('throws TEMPLATE_INVALID naming the template when asked to render or fail', () => {
    try {
      renderMessageOrThrow({ name: 'Follow-up', subject: '{{round}}', body: 'x' }, values);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NextRoundError);
      expect((error as NextRoundError).code).toBe('TEMPLATE_INVALID');
      expect((error as NextRoundError).where).toBe('Templates!Follow-up');
    }
  });
});
