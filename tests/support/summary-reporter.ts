/**
 * Prints one closing line CI can read ("tests: N passed, N failed, N skipped")
 * and, loudly, how many suites were skipped because Chromium or PostgreSQL
 * is absent on this machine (see capabilities.ts).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';
import { SKIP_DIR } from './skip-log.js';

export default class SummaryReporter implements Reporter {
  onInit(): void {
    rmSync(SKIP_DIR, { recursive: true, force: true });
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (module.state() === 'failed' && module.children.size === 0) failed++;
    }
    const notices = readSkipNotices();
    if (notices.length > 0) {
      const line = '!'.repeat(72);
      console.log(`\n${line}\nSKIPPED ${notices.length} suite(s) for a missing capability:`);
      for (const notice of notices) console.log(`  - ${notice}`);
      console.log(`(set CI=true to make these fail instead)\n${line}`);
    }
    console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}

function readSkipNotices(): string[] {
  try {
    return readdirSync(SKIP_DIR)
      .sort()
      .map((name) => readFileSync(`${SKIP_DIR}/${name}`, 'utf8').trim());
  } catch {
    return [];
  }
}
