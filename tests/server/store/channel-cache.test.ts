import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheChannels } from '../../../server/store/channel-cache.js';
import { openStore } from '../../../server/store/open-store.js';
import type { Channel } from '../../../server/store/types.js';

const dir = mkdtempSync(join(tmpdir(), 'nr-channel-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const channel: Channel = {
  channelId: 'ch-1',
  resourceId: 'res-1',
  tokenHash: 'h',
  userId: 'ann',
  calendarKey: 'cal_1',
  expiresAt: 2e12,
  stoppedAt: null,
  lastMessage: 0,
};

describe('the channel cache in front of the store', () => {
  it("answers repeated lookups from memory, sees its own stops at once and another instance's after its lifetime", async () => {
    const inner = await openStore({ dataDir: join(dir, 'a') });
    let clock = 1_000;
    let reads = 0;
    const counted = {
      ...inner,
      findChannel: (id: string) => {
        reads++;
        return inner.findChannel(id);
      },
    };
    const store = cacheChannels(counted, 2_000, () => clock);
    await store.saveChannel(channel);
    await store.findChannel('ch-1');
    await store.findChannel('ch-1');
    expect(reads).toBe(1);
    expect(await store.advanceMessage('ch-1', 5)).toBe(true);
    expect((await store.findChannel('ch-1'))?.lastMessage).toBe(5);

    await store.stopChannel('ch-1', 7);
    expect((await store.findChannel('ch-1'))?.stoppedAt).toBe(7);

    await store.saveChannel({ ...channel, channelId: 'ch-2' });
    await store.findChannel('ch-2');
    await inner.stopChannel('ch-2', 9); // another instance
    expect((await store.findChannel('ch-2'))?.stoppedAt).toBeNull();
    clock += 2_001;
    expect((await store.findChannel('ch-2'))?.stoppedAt).toBe(9);
    expect(await store.findChannel('nobody')).toBeNull();
    await store.close();
  });
});
