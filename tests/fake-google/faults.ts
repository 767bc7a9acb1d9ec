/**
 * Fault switches of the fake Google server: answer with a status (429 with or
 * without Retry-After, 403 rate limits, 5xx), drop the connection before
 * handling (reset), never answer (hang), or commit a write and then drop the
 * connection (lost response). Rules fire a set number of times; a seeded
 * random mode sprinkles faults over every request.
 */
import { seededRandom } from '../support/seeded-random.js';

export interface RequestInfo {
  api: 'calendar' | 'sheets';
  method: string;
  path: string;
  /** True for requests that change data. */
  write: boolean;
}

export type Fault = { kind: 'status'; status: number; reason: string; retryAfter?: string } | { kind: 'reset' } | { kind: 'hang' } | { kind: 'lost' };

/** Ready-made faults, as Google sends them. */
export const FAULTS = {
  tooManyRequests: (retryAfter?: string): Fault => ({ kind: 'status', status: 429, reason: 'rateLimitExceeded', ...(retryAfter ? { retryAfter } : {}) }),
  rateLimit403: (): Fault => ({ kind: 'status', status: 403, reason: 'rateLimitExceeded' }),
  userRateLimit403: (): Fault => ({ kind: 'status', status: 403, reason: 'userRateLimitExceeded' }),
  serverError: (status = 503): Fault => ({ kind: 'status', status, reason: 'backendError' }),
  reset: (): Fault => ({ kind: 'reset' }),
  hang: (): Fault => ({ kind: 'hang' }),
  lostResponse: (): Fault => ({ kind: 'lost' }),
} as const;

interface Rule {
  fault: Fault;
  when: (request: RequestInfo) => boolean;
  left: number;
}

export class Faults {
  private rules: Rule[] = [];
  private randomMode: { rate: number; kinds: Fault[]; random: () => number } | null = null;
  /** Every fault served, for assertions ("≥ 500 faults injected"). */
  readonly served: Fault[] = [];

  /** Serves `fault` to the next `times` requests matching `when` (default: any). */
  add(fault: Fault, options: { times?: number; when?: (request: RequestInfo) => boolean } = {}): void {
    this.rules.push({ fault, when: options.when ?? (() => true), left: options.times ?? 1 });
  }

  /** Serves one of `kinds` to each request with probability `rate`. */
  randomly(rate: number, kinds: Fault[], seed: number): void {
    this.randomMode = { rate, kinds, random: seededRandom(seed) };
  }

  clear(): void {
    this.rules = [];
    this.randomMode = null;
  }

  /** The fault for this request, if any. */
  take(request: RequestInfo): Fault | null {
    const rule = this.rules.find((candidate) => candidate.left > 0 && candidate.when(request));
    let fault: Fault | null = null;
    if (rule) {
      rule.left--;
      fault = rule.fault;
    } else if (this.randomMode && this.randomMode.random() < this.randomMode.rate) {
      const { kinds, random } = this.randomMode;
      fault = kinds[Math.floor(random() * kinds.length)]!;
    }
    if (fault) this.served.push(fault);
    return fault;
  }
}
