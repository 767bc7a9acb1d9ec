import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../server/store/open-store.js';
import { openSqliteCursorStore } from '../../../server/store/cursor-store.js';
import { describeStoreContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'nextround-store-'));
let runs = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract('SQLite', () => openStore({ dataDir: join(dir, `run-${++runs}`) }));

describe("the local mode's SQLite cursor store", () => {
  it('keeps cursors in .nextround-style state across a reopen', async () => {
    const dataDir = join(dir, 'local');
    const first = await openSqliteCursorStore(dataDir);
    await first.set('/home/me/interviews.ics', 'etag-1');
    expect(await first.get('/home/me/interviews.ics')).toBe('etag-1');
    await first.close();
    const second = await openSqliteCursorStore(dataDir);
    expect(await second.get('/home/me/interviews.ics')).toBe('etag-1');
    expect(await second.get('/elsewhere.ics')).toBeNull();
    await second.set('/home/me/interviews.ics', null);
    expect(await second.get('/home/me/interviews.ics')).toBeNull();
    await second.close();
  });
});
