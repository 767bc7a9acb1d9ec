/**
 * The store contract: every SyncStore adapter (SQLite, PostgreSQL) runs
 * these same tests through `describeStoreContract`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, SyncStore } from '../../../server/store/types.js';
import { deriveCalendarKey } from '../../../server/store/types.js';

const channelOf = (overrides: Partial<Channel> = {}): Channel => ({
  channelId: 'ch-1',
  resourceId: 'res-1',
  tokenHash: 'hash-1',
  userId: 'user-1',
  calendarKey: deriveCalendarKey('user-1', 'primary'),
  expiresAt: 2_000_000_000_000,
  stoppedAt: null,
  lastMessage: 0,
  ...overrides,
});

export function describeStoreContract(engine: string, open: () => Promise<SyncStore>): void {
  describe(`the ${engine} store`, () => {
    let store: SyncStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('saves, reads and re-statuses a connection, and reports unknown users', async () => {
      expect(await store.getConnection('user-1')).toBeNull();
      expect(await store.setConnectionStatus('user-1', 'needs_reconnect', 5)).toBe(false);
      const connection = { userId: 'user-1', spreadsheetId: 'sheet-1', status: 'connected', scopes: 'a b', updatedAt: 1_700_000_000_000 } as const;
      await store.saveConnection(connection);
      expect(await store.getConnection('user-1')).toEqual(connection);
      expect(await store.setConnectionStatus('user-1', 'needs_reconnect', 1_700_000_000_001)).toBe(true);
      expect(await store.getConnection('user-1')).toEqual({ ...connection, status: 'needs_reconnect', updatedAt: 1_700_000_000_001 });
    });

    it('keeps sealed tokens per user and replaces one only when it is still the expected one', async () => {
      await store.saveSealedToken('user-b', 'sealed-b1');
      await store.saveSealedToken('user-a', 'sealed-a1');
      expect(await store.listSealedTokens()).toEqual([
        { userId: 'user-a', sealed: 'sealed-a1' },
        { userId: 'user-b', sealed: 'sealed-b1' },
      ]);
      expect(await store.replaceSealedToken('user-a', 'stale', 'sealed-a2')).toBe(false);
      expect(await store.replaceSealedToken('user-a', 'sealed-a1', 'sealed-a2')).toBe(true);
      expect(await store.getSealedToken('user-a')).toBe('sealed-a2');
      await store.deleteSealedToken('user-a');
      expect(await store.getSealedToken('user-a')).toBeNull();
    });

    it("lists a user's calendars and updates whether each is enabled", async () => {
      const work = { key: deriveCalendarKey('user-1', 'work@example.com'), userId: 'user-1', calendarId: 'work@example.com', enabled: true };
      const primary = { key: deriveCalendarKey('user-1', 'primary'), userId: 'user-1', calendarId: 'primary', enabled: true };
      await store.saveCalendar(work);
      await store.saveCalendar(primary);
      await store.saveCalendar({ key: deriveCalendarKey('user-2', 'primary'), userId: 'user-2', calendarId: 'primary', enabled: true });
      await store.saveCalendar({ ...work, enabled: false });
      expect(await store.listCalendars('user-1')).toEqual([primary, { ...work, enabled: false }]);
      expect(await store.getCalendar(primary.key)).toEqual(primary);
      expect(await store.getCalendar('cal_missing')).toBeNull();
    });

    it('lists enabled calendars of connected users only, for the periodic pass', async () => {
      const connect = (userId: string, status: 'connected' | 'needs_reconnect') =>
        store.saveConnection({ userId, spreadsheetId: `sheet-${userId}`, status, scopes: '', updatedAt: 1 });
      await connect('user-1', 'connected');
      await connect('user-2', 'needs_reconnect');
      const on = { key: deriveCalendarKey('user-1', 'primary'), userId: 'user-1', calendarId: 'primary', enabled: true };
      await store.saveCalendar(on);
      await store.saveCalendar({ key: deriveCalendarKey('user-1', 'off'), userId: 'user-1', calendarId: 'off', enabled: false });
      await store.saveCalendar({ key: deriveCalendarKey('user-2', 'primary'), userId: 'user-2', calendarId: 'primary', enabled: true });
      await store.saveCalendar({ key: deriveCalendarKey('user-3', 'primary'), userId: 'user-3', calendarId: 'primary', enabled: true });
      expect(await store.listSyncableCalendars()).toEqual([on]);
    });

    it("keeps the last sync result per calendar and lists a user's", async () => {
      const mine = deriveCalendarKey('user-1', 'primary');
      await store.saveCalendar({ key: mine, userId: 'user-1', calendarId: 'primary', enabled: true });
      await store.saveCalendar({ key: deriveCalendarKey('user-2', 'primary'), userId: 'user-2', calendarId: 'primary', enabled: true });
      await store.saveSyncResult({ calendarKey: mine, finishedAt: 100, error: 'boom' });
      await store.saveSyncResult({ calendarKey: mine, finishedAt: 200, error: null });
      await store.saveSyncResult({ calendarKey: deriveCalendarKey('user-2', 'primary'), finishedAt: 300, error: null });
      expect(await store.listSyncResults('user-1')).toEqual([{ calendarKey: mine, finishedAt: 200, error: null }]);
    });

    it('finds a channel, stops it, and stops every live channel of a user at once', async () => {
      await store.saveChannel(channelOf());
      await store.saveChannel(channelOf({ channelId: 'ch-2' }));
      await store.saveChannel(channelOf({ channelId: 'ch-3', userId: 'user-2' }));
      expect(await store.findChannel('ch-1')).toEqual(channelOf());
      expect(await store.findChannel('ch-404')).toBeNull();
      expect(await store.stopChannel('ch-1', 10)).toBe(true);
      expect(await store.stopChannel('ch-1', 15)).toBe(false);
      expect((await store.findChannel('ch-1'))?.stoppedAt).toBe(10);
      expect(await store.stopChannelsOfUser('user-1', 20)).toBe(1);
      expect((await store.findChannel('ch-1'))?.stoppedAt).toBe(10);
      expect((await store.findChannel('ch-2'))?.stoppedAt).toBe(20);
      expect((await store.findChannel('ch-3'))?.stoppedAt).toBeNull();
    });

    it('lists live channels expiring before a time, soonest first, for renewal', async () => {
      await store.saveChannel(channelOf({ channelId: 'late', expiresAt: 3000 }));
      await store.saveChannel(channelOf({ channelId: 'soon', expiresAt: 1000 }));
      await store.saveChannel(channelOf({ channelId: 'stopped', expiresAt: 500, stoppedAt: 400 }));
      await store.saveChannel(channelOf({ channelId: 'later', expiresAt: 2000 }));
      expect((await store.listChannelsExpiringBefore(2500)).map((c) => c.channelId)).toEqual(['soon', 'later']);
      expect(await store.listChannelsExpiringBefore(1000)).toEqual([]);
    });

    it("advances a channel's message number only forward", async () => {
      await store.saveChannel(channelOf());
      const steps: Array<[number, boolean]> = [
        [5, true],
        [5, false],
        [3, false],
        [6, true],
        [1_000_000_000_000, true],
        [6, false],
      ];
      for (const [messageNumber, accepted] of steps) {
        expect([messageNumber, await store.advanceMessage('ch-1', messageNumber)]).toEqual([messageNumber, accepted]);
      }
      expect((await store.findChannel('ch-1'))?.lastMessage).toBe(1_000_000_000_000);
    });

    it('rewinds a message number only from the value it was advanced to', async () => {
      await store.saveChannel(channelOf());
      await store.advanceMessage('ch-1', 5);
      expect(await store.rewindMessage('ch-1', 4, 0)).toBe(false);
      expect(await store.rewindMessage('ch-1', 5, 0)).toBe(true);
      expect((await store.findChannel('ch-1'))?.lastMessage).toBe(0);
    });

    it('accepts one of many concurrent deliveries of the same message number', async () => {
      await store.saveChannel(channelOf());
      const results = await Promise.all(Array.from({ length: 40 }, () => store.advanceMessage('ch-1', 7)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('hands out increasing fences and saves a cursor only under the newest one', async () => {
      const key = deriveCalendarKey('user-1', 'primary');
      expect(await store.getCursor(key)).toBeNull();
      expect(await store.acquireFence(key)).toBe(1);
      expect(await store.saveCursor(key, 'sync-1', 1)).toBe(true);
      expect(await store.acquireFence(key)).toBe(2);
      expect(await store.saveCursor(key, 'stale', 1)).toBe(false);
      expect(await store.getCursor(key)).toBe('sync-1');
      expect(await store.saveCursor(key, 'sync-2', 2)).toBe(true);
      expect(await store.getCursor(key)).toBe('sync-2');
      expect(await store.saveCursor(key, null, 2)).toBe(true);
      expect(await store.getCursor(key)).toBeNull();
    });

    it('gives concurrent syncs distinct fences', async () => {
      const fences = await Promise.all(Array.from({ length: 25 }, () => store.acquireFence('cal_x')));
      expect([...fences].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    });

    it('writes an unfenced cursor for the local mode without resetting the fence', async () => {
      await store.setCursor('file:/tmp/a.ics', 'c1');
      await store.setCursor('file:/tmp/a.ics', 'c2');
      expect(await store.getCursor('file:/tmp/a.ics')).toBe('c2');
      expect(await store.acquireFence('file:/tmp/a.ics')).toBe(1);
    });

    it('returns an OAuth state once, then never again', async () => {
      const state = { state: 's-1', userId: 'user-1', spreadsheetId: 'sheet-1', codeVerifier: 'v'.repeat(43), expiresAt: 99 };
      await store.saveOAuthState(state);
      expect(await store.takeOAuthState('s-2')).toBeNull();
      const taken = await Promise.all([store.takeOAuthState('s-1'), store.takeOAuthState('s-1')]);
      expect(taken.filter((t) => t !== null)).toEqual([state]);
    });

    it("spaces a user's write slots and leaves other users unpaced", async () => {
      const slots = [];
      for (const now of [1000, 1000, 1000, 1500, 5000]) slots.push(await store.reserveWriteSlot('user-1', now, 1200));
      expect(slots).toEqual([1000, 2200, 3400, 4600, 5800]);
      expect(await store.reserveWriteSlot('user-2', 1000, 1200)).toBe(1000);
      expect(await store.reserveWriteSlot('user-1', 100_000, 1200)).toBe(100_000);
    });

    it('gives concurrent reservations distinct slots', async () => {
      const slots = await Promise.all(Array.from({ length: 20 }, () => store.reserveWriteSlot('user-1', 0, 100)));
      expect([...slots].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i * 100));
    });

    it('keeps the event ids known per tracker: unknown before a read, only ever added, with the time of the last read', async () => {
      expect(await store.getKnownEventIds('sheet-1')).toBeNull();
      const many = Array.from({ length: 1_200 }, (_, i) => `ev-${i}`);
      await store.addKnownEventIds('sheet-1', many, 1_000);
      await store.addKnownEventIds('sheet-1', ['ev-1', 'late'], undefined);
      await store.addKnownEventIds('sheet-2', ['other'], 5);
      const known = await store.getKnownEventIds('sheet-1');
      expect([known?.ids.size, known?.ids.has('late'), known?.ids.has('other'), known?.readAt]).toEqual([1_201, true, false, 1_000]);
      await store.addKnownEventIds('sheet-1', [], 2_000);
      expect((await store.getKnownEventIds('sheet-1'))?.readAt).toBe(2_000);
    });

    it('answers a ping while the database is up', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
