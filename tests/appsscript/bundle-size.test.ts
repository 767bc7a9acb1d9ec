/**
 * Size budgets of the pushed files (built by `npm run build`). The sidebar
 * is served on every open, so it ships no zod: its checks are the shared
 * plain field definitions. Code.js may not grow past its size before the
 * sidebar lost zod. KB = 1024 bytes, as in `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundleDir } from '../support/load-bundle.js';

// Code.js: 382 KB until this round's features joined it (447 KB): getting data in (posting extraction, CSV import), the digest,
// replies, skills and questions, the board and due decisions, linking rounds to applications, the fetch allow-list.
// The board dialog opens on request, with 1,000 cards: its own budget, well under the sidebar's.
// sidebar.html: the foundation's 80 KB, served on every open. The rarer pages (Insights, add a job, import, Calendar,
// Due settings, set-up, paste a reply) live in screens.html, fetched once the first time one opens (nav/on-demand.ts);
// it grew to 104 KB before they moved out. screens.html's budget keeps that first fetch quick.
const BUDGET_KB = { 'Code.js': 460, 'sidebar.html': 80, 'screens.html': 48, 'board.html': 24 } as const;

const sizeKb = (name: string) => statSync(join(bundleDir, name)).size / 1024;

describe('the built add-on files', () => {
  it.each(Object.entries(BUDGET_KB))('keep %s within %d KB', (name, budget) => {
    const size = sizeKb(name);
    expect(size <= budget, `${name} is ${size.toFixed(1)} KB, over its budget of ${budget} KB`).toBe(true);
  });

  it('ship zod in Code.js only, never in the sidebar, its on-demand pages or the board', () => {
    // Every zod schema class is built by `$constructor("$ZodType", …)`: the name survives minification.
    const marker = '"$ZodType"';
    expect(readFileSync(join(bundleDir, 'Code.js'), 'utf8')).toContain(marker);
    expect(readFileSync(join(bundleDir, 'sidebar.html'), 'utf8')).not.toContain(marker);
    expect(readFileSync(join(bundleDir, 'board.html'), 'utf8')).not.toContain(marker);
    expect(readFileSync(join(bundleDir, 'screens.html'), 'utf8')).not.toContain(marker);
  });

  it('keep screens.html one script and nothing else, as the sidebar runs it', () => {
    const screens = readFileSync(join(bundleDir, 'screens.html'), 'utf8');
    expect(screens.startsWith('<script>')).toBe(true);
    expect(screens.trimEnd().endsWith('</script>')).toBe(true);
    expect(screens.trimEnd().slice('<script>'.length, -'</script>'.length)).not.toMatch(/<\/script/i);
  });
});
