/** The fake's conditional format rules, pinned to Google's Apps Script reference. */
import { describe, expect, it } from 'vitest';
import { CallLog, FakeConditionalFormatRule, FakeSheet } from './index.js';

const formulaRule = (formula: string) => new FakeConditionalFormatRule(formula, '#ffffff', ['A2:C10']);

describe('Sheet conditional format rules', () => {
  // "Replaces all currently existing conditional format rules in the sheet with the input rules.
  // Rules are evaluated in their input order."
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setconditionalformatrulesrules
  it('replaces every rule of the sheet with the given ones, in the given order', () => {
    const sheet = new FakeSheet('S', new CallLog(), 10, 5);
    sheet.setConditionalFormatRules([formulaRule('=A2>1'), formulaRule('=A2>2')]);
    sheet.setConditionalFormatRules([formulaRule('=B2>3'), formulaRule('=A2>1')]);
    expect(sheet.getConditionalFormatRules().map((rule) => rule.getBooleanCondition()?.getCriteriaValues()[0])).toEqual(['=B2>3', '=A2>1']);
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  // getConditionalFormatRules(): "Get all conditional format rules in this sheet." The array is the caller's:
  // pushing onto it changes nothing until setConditionalFormatRules (the reference's own example does exactly that).
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getconditionalformatrules
  it('hands out a list the caller may change without changing the sheet', () => {
    const sheet = new FakeSheet('S', new CallLog(), 10, 5);
    sheet.setConditionalFormatRules([formulaRule('=A2>1')]);
    sheet.getConditionalFormatRules().push(formulaRule('=A2>2'));
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
  });

  // getBooleanCondition(): "Retrieves the rule's BooleanCondition information if this rule uses boolean condition
  // criteria. Otherwise returns null." getCriteriaValues(): "Gets an array of arguments for the rule's criteria."
  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule#getbooleancondition
  // https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition#getcriteriavalues
  it.each([
    ['a custom formula', new FakeConditionalFormatRule('=$A2="x"', '#ff0000', ['A2:A9']), { type: 'CUSTOM_FORMULA', values: ['=$A2="x"'] }],
    ['"text contains"', new FakeConditionalFormatRule('urgent', '#ff0000', ['A2:A9'], 'TEXT_CONTAINS'), { type: 'TEXT_CONTAINS', values: ['urgent'] }],
    ['a colour scale', new FakeConditionalFormatRule(null, '', ['A2:A9']), null],
  ])('describes %s through its boolean condition', (_, rule, expected) => {
    const condition = rule.getBooleanCondition() as unknown as { getCriteriaType(): string; getCriteriaValues(): unknown[] } | null;
    expect(condition && { type: condition.getCriteriaType(), values: condition.getCriteriaValues() }).toEqual(expected);
  });

  // getRanges(): "Retrieves the ranges to which this conditional format rule is applied."
  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule#getranges
  it('gives the ranges a rule applies to in A1 notation', () => {
    const rule = new FakeConditionalFormatRule('=A2>1', '#ffffff', ['A2:C10', 'E2:E10']);
    expect(rule.getRanges().map((range) => range.getA1Notation())).toEqual(['A2:C10', 'E2:E10']);
  });
});
