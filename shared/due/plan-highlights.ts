/**
 * Replacing NextRound's highlights on a sheet, decided purely. Google's
 * Sheet.setConditionalFormatRules "replaces all currently existing
 * conditional format rules in the sheet with the input rules. Rules are
 * evaluated in their input order."
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setconditionalformatrulesrules)
 * So the new list is the sheet's list with NextRound's rules (those with a
 * mark) swapped for the current ones, at the place the first of them held,
 * and every other rule kept as it is, in its order.
 */
import { isNextRoundFormula } from './due-format-rules.js';

/** What the add-on reads of one existing rule. */
export interface SeenRule {
  /** The custom formula, or null for a rule without one (a gradient, "text contains"). */
  readonly formula: string | null;
  readonly background: string | null;
  /** A1 notations of its ranges. */
  readonly ranges: readonly string[];
}

/** A rule to write. */
export interface WantedRule {
  readonly formula: string;
  readonly background: string;
  readonly ranges: readonly string[];
}

/** The new list: an index into the existing rules (kept as is) or a rule to build. */
export type RulePlan = (number | WantedRule)[];

/**
 * Plans the sheet's rules.
 *
 * @returns the full new list, or null when NextRound's rules already are the wanted ones (nothing to write).
 */
export function planHighlightRules(existing: readonly SeenRule[], wanted: readonly WantedRule[]): RulePlan | null {
  const ours = existing.map((rule, index) => ({ rule, index })).filter(({ rule }) => isNextRoundFormula(rule.formula));
  const same =
    ours.length === wanted.length &&
    ours.every(
      ({ rule }, i) => rule.formula === wanted[i]!.formula && sameColour(rule.background, wanted[i]!.background) && sameList(rule.ranges, wanted[i]!.ranges),
    );
  if (same) return null;
  const kept: RulePlan = existing.map((_, index) => index).filter((index) => !isNextRoundFormula(existing[index]!.formula));
  // Where NextRound's first rule was, among the kept ones; a sheet without any gets them last.
  const at = ours.length === 0 ? kept.length : kept.filter((index) => (index as number) < ours[0]!.index).length;
  kept.splice(at, 0, ...wanted);
  return kept;
}

const sameColour = (a: string | null, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
