/**
 * A short-lived cache of channel rows in front of the store, for the
 * webhook: every notification looks its channel up, and at hundreds of
 * notices a second that read is most of a notice's cost. Changes made
 * through this instance (save, stop, rewind) drop the entry at once; a
 * channel stopped by another instance is seen within `ttlMs`, and a notice
 * it lets through meanwhile only queues a sync the worker checks again
 * (calendar enabled, connection live) before doing anything.
 */
import type { Channel, SyncStore } from './types.js';

/** @example const store = cacheChannels(await openStore(options), 2_000); */
export function cacheChannels(store: SyncStore, ttlMs: number, now: () => number = Date.now): SyncStore {
  const cache = new Map<string, { channel: Channel | null; until: number }>();
  const drop = (channelId: string) => cache.delete(channelId);
  return {
    ...store,
    async findChannel(channelId: string) {
      const hit = cache.get(channelId);
      if (hit && hit.until > now()) return hit.channel && { ...hit.channel };
      const channel = await store.findChannel(channelId);
      // Unknown ids are not cached: anyone can send them, and they must not fill memory.
      if (channel) cache.set(channelId, { channel, until: now() + ttlMs });
      return channel;
    },
    async saveChannel(channel: Channel) {
      drop(channel.channelId);
      await store.saveChannel(channel);
      drop(channel.channelId);
    },
    async stopChannel(channelId: string, at: number) {
      drop(channelId);
      const stopped = await store.stopChannel(channelId, at);
      drop(channelId);
      return stopped;
    },
    async stopChannelsOfUser(userId: string, at: number) {
      for (const [id, entry] of cache) if (entry.channel?.userId === userId) drop(id);
      const count = await store.stopChannelsOfUser(userId, at);
      for (const [id, entry] of cache) if (entry.channel?.userId === userId) drop(id);
      return count;
    },
    async advanceMessage(channelId: string, messageNumber: number) {
      const won = await store.advanceMessage(channelId, messageNumber);
      const hit = cache.get(channelId);
      if (won && hit?.channel) hit.channel = { ...hit.channel, lastMessage: Math.max(hit.channel.lastMessage, messageNumber) };
      return won;
    },
    async rewindMessage(channelId: string, from: number, to: number) {
      drop(channelId);
      return store.rewindMessage(channelId, from, to);
    },
  };
}
