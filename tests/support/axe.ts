/** axe-core in a Playwright page: the serious and critical violations inside `selector`, as "rule-id: target" lines. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

export async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(
    async (include) => (window as unknown as { axe: { run(context: unknown): Promise<AxeResult> } }).axe.run({ include: [include] }),
    selector,
  );
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}
