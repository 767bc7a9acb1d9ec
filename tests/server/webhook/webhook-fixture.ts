/** Channels and a counting queue for webhook tests, on a real store and the real in-process queue. */
import { InProcessQueue } from '../../../server/queue/in-process-queue.js';
import type { SyncJob, WorkQueue } from '../../../server/queue/types.js';
import type { Channel, SyncStore } from '../../../server/store/types.js';
import { hashChannelToken } from '../../../server/webhook/channel-token.js';

export const NOW = 1_800_000_000_000;

export interface ChannelFixture {
  channel: Channel;
  token: string;
}

export function channelFixture(name: string, overrides: Partial<Channel> = {}): ChannelFixture {
  const token = `token-of-${name}-${'x'.repeat(20)}`;
  return {
    token,
    channel: {
      channelId: `ch-${name}`,
      resourceId: `res-${name}`,
      tokenHash: hashChannelToken(token),
      userId: `user-${name}`,
      calendarKey: `cal_${name}`,
      expiresAt: NOW + 86_400_000,
      stoppedAt: null,
      lastMessage: 0,
      ...overrides,
    },
  };
}

/** The real queue, with every enqueue and every sync run counted. */
export class CountingQueue implements Pick<WorkQueue, 'enqueue'> {
  readonly enqueued: SyncJob[] = [];
  readonly runs: SyncJob[] = [];
  readonly inner: InProcessQueue;

  constructor(store: SyncStore, coalesceMs = 50) {
    this.inner = new InProcessQueue({ store, coalesceMs, spacingMs: 0 });
  }

  start(): Promise<void> {
    return this.inner.start(async (job) => {
      this.runs.push(job);
    });
  }

  async enqueue(job: SyncJob): Promise<'queued' | 'coalesced'> {
    this.enqueued.push(job);
    return this.inner.enqueue(job);
  }
}

export function notificationHeaders(f: ChannelFixture, messageNumber: number, state = 'exists'): Record<string, string> {
  return {
    'x-goog-channel-id': f.channel.channelId,
    'x-goog-channel-token': f.token,
    'x-goog-resource-id': f.channel.resourceId,
    'x-goog-resource-state': state,
    'x-goog-message-number': String(messageNumber),
    'x-goog-resource-uri': 'https://www.googleapis.com/calendar/v3/calendars/primary/events?alt=json',
  };
}
