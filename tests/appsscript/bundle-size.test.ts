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
// sidebar.html: 80 KB until the five-destination navigation (issue 15: hubs, row buttons, the words catalogue,
// page headers, native date inputs) met issues 16 and 17's screens (add a job, import, reply, digest, going quiet,
// skills, question bank): 104 KB minified at that merge, so 110 KB bought those screens and a little room.
const BUDGET_KB = { 'Code.js': 460, 'sidebar.html': 110, 'board.html': 24 } as const;

const sizeKb = (name: string) => statSync(join(bundleDir, name)).size / 1024;

describe('the built add-on files', () => {
  it.each(Object.entries(BUDGET_KB))('keep %s within %d KB', (name, budget) => {
    const size = sizeKb(name);
    expect(size <= budget, `${name} is ${size.toFixed(1)} KB, over its budget of ${budget} KB`).toBe(true);
  });

  it('ship zod in Code.js only, never in the sidebar or the board', () => {
    // Every zod schema class is built by `$constructor("$ZodType", …)`: the name survives minification.
    const marker = '"$ZodType"';
    expect(readFileSync(join(bundleDir, 'Code.js'), 'utf8')).toContain(marker);
    expect(readFileSync(join(bundleDir, 'sidebar.html'), 'utf8')).not.toContain(marker);
    expect(readFileSync(join(bundleDir, 'board.html'), 'utf8')).not.toContain(marker);
  });
});
