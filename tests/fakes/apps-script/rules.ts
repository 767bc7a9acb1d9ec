/** Data validation and conditional format rules, and the builders SpreadsheetApp hands out. */
import type { CallLog } from './call-log.js';

type RealValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type RealRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** A dropdown: the only kind of validation the tracker uses. */
export class FakeDataValidation implements Pick<RealValidation, 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText'> {
  constructor(
    readonly values: readonly string[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType(): string {
    return 'VALUE_IN_LIST';
  }
  getCriteriaValues(): unknown[] {
    return [[...this.values], true];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
}

export class FakeDataValidationBuilder {
  private values: readonly string[] | null = null;
  private allowInvalid = true;
  private helpText = '';

  constructor(private readonly log: CallLog) {}

  requireValueInList(values: string[], _showDropdown?: boolean): this {
    this.log.record('DataValidationBuilder.requireValueInList');
    this.values = [...values];
    return this;
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.allowInvalid = allowInvalid;
    return this;
  }
  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    if (this.values === null) throw new Error('Exception: The data validation rule has no criteria.');
    return new FakeDataValidation(this.values, this.allowInvalid, this.helpText);
  }
}

/**
 * A conditional format rule over A1 ranges: a custom formula (what the
 * add-on builds, and what a person may write), another boolean criterion
 * such as "text contains", or a colour scale, which has no boolean
 * condition: getBooleanCondition() "Otherwise returns null"
 * (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule#getbooleancondition).
 */
export class FakeConditionalFormatRule implements Pick<RealRule, 'getBooleanCondition' | 'getRanges'> {
  constructor(
    /** The formula (CUSTOM_FORMULA) or the criterion's value; null for a colour scale. */
    readonly formula: string | null,
    readonly background: string,
    readonly ranges: readonly string[],
    readonly criteriaType: 'CUSTOM_FORMULA' | 'TEXT_CONTAINS' | null = formula === null ? null : 'CUSTOM_FORMULA',
  ) {}
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    if (this.criteriaType === null) return null;
    const values = [this.formula];
    const background = this.background;
    const type = this.criteriaType;
    // Only the methods the add-on reads; the rest of the interface is not modelled.
    const condition: Pick<GoogleAppsScript.Spreadsheet.BooleanCondition, 'getCriteriaValues' | 'getBackground'> & { getCriteriaType(): string } = {
      getCriteriaType: () => type,
      getCriteriaValues: () => [...values],
      getBackground: () => background,
    };
    return condition as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
  }
  /** The ranges it applies to (only their A1 notation is modelled). */
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.ranges.map((a1) => ({ getA1Notation: () => a1 }) as GoogleAppsScript.Spreadsheet.Range);
  }
}

export class FakeConditionalFormatRuleBuilder {
  private formula: string | null = null;
  private background = '';
  private ranges: string[] = [];

  whenFormulaSatisfied(formula: string): this {
    this.formula = formula;
    return this;
  }
  setBackground(color: string): this {
    this.background = color;
    return this;
  }
  setRanges(ranges: { getA1Notation(): string }[]): this {
    this.ranges = ranges.map((range) => range.getA1Notation());
    return this;
  }
  build(): FakeConditionalFormatRule {
    if (this.formula === null) throw new Error('Exception: The conditional format rule has no condition.');
    if (this.ranges.length === 0) throw new Error('Exception: The conditional format rule has no ranges.');
    return new FakeConditionalFormatRule(this.formula, this.background, this.ranges);
  }
}
