/** The board's server side in the built bundle: a large modal dialog, one read to load it, moves recorded in Stage history. */
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../support/load-bundle.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';

const NOW = new Date('2026-11-20T15:00:00Z');

function seeded(rows: number) {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  seedTracker(loaded.spreadsheet, { applications: rows, interviews: 0, now: NOW });
  loaded.log.reset();
  return loaded;
}

describe('the board', () => {
  it('opens as a large modal dialog over the built board.html', () => {
    const { addon, ui } = seeded(3);
    expect(addon.openBoard()).toEqual({ opened: true });
    expect(ui.dialogs.map(({ output, title }) => [title, output.getWidth(), output.getHeight()])).toEqual([['Applications by stage', 1200, 720]]);
    expect(ui.dialogs[0]!.output.getContent()).toContain('<main id="board">');
    expect(ui.sidebars).toEqual([]);
  });

  it('loads 1,000 applications with the same Spreadsheet calls as 10', () => {
    const small = seeded(10);
    small.addon.loadBoard();
    const smallCalls = small.log.spreadsheetCalls();
    const big = seeded(1000);
    const view = big.addon.loadBoard();
    expect(view.cards).toHaveLength(1000);
    expect(view.withoutId).toBe(0);
    expect(big.log.spreadsheetCalls()).toBe(smallCalls);
    expect(view.cards[0]).toEqual({
      id: 'app-seed0',
      company: 'Acme',
      role: 'Backend Engineer',
      stage: 'Wishlist',
      nextAction: 'Follow up with recruiter',
      nextActionDue: '2026-11-17',
      appliedOn: '2026-11-20',
    });
  });
});
