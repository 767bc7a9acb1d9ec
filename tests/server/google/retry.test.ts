import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY, withRetry, type RetryPolicy } from '../../../server/google/retry.js';
import { codeFor, parseRetryAfter, readFailure } from '../../../server/google/google-errors.js';
import { NextRoundError } from '../../../shared/errors.js';
import { FAULTS } from '../../fake-google/faults.js';
import { recordingRetry, startHarness, SPREADSHEET_ID, type Harness } from './harness.js';

const policy = (random: number): RetryPolicy => ({ maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, sleep: async () => undefined, random: () => random });

describe('backoffDelay', () => {
  it.each([
    [1, 0.999, null, 99],
    [1, 0, null, 50],
    [3, 0.5, null, 300],
    [10, 0.999, null, 999],
    [10, 0, null, 500],
    [1, 0, 2_000, 1_000],
    [2, 0.9, 50, 190],
    [1, 0.1, 700, 700],
  ])('attempt %i with random %f and Retry-After %s waits %i ms (equal jitter, capped)', (attempt, random, retryAfter, expected) => {
    expect(backoffDelay(policy(random), attempt, retryAfter)).toBe(expected);
  });

  it("waits at least a whole quota minute over the production policy's attempts, each wait at most 64 s", () => {
    const unlucky = { ...DEFAULT_RETRY, random: () => 0 };
    const waits = Array.from({ length: DEFAULT_RETRY.maxAttempts - 1 }, (_, i) => backoffDelay(unlucky, i + 1, null));
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(60_000);
    expect(Math.max(...waits.map((_, i) => backoffDelay({ ...DEFAULT_RETRY, random: () => 0.999999 }, i + 1, 600_000)))).toBe(64_000);
  });

  it("reads Calendar's 403 quotaExceeded as a rate limit to wait out, not a reconnect", () => {
    const failure = readFailure({
      response: {
        status: 403,
        data: { error: { code: 403, message: 'Calendar usage limits exceeded.', errors: [{ domain: 'usageLimits', reason: 'quotaExceeded' }] } },
        headers: new Headers(),
      },
    });
    expect(codeFor(failure)).toBe('RATE_LIMITED');
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['7', 7_000],
    ['0.5', 500],
    ['Sun, 22 Nov 2026 12:00:30 GMT', 30_000],
    ['soon', null],
    [undefined, null],
  ])('reads %s as %s ms', (value, expected) => {
    expect(parseRetryAfter(value, Date.parse('2026-11-22T12:00:00Z'))).toBe(expected);
  });
});

describe('translateGoogleError', () => {
  it('makes a refused refresh token (invalid_grant) AUTH_REQUIRED, tried once', async () => {
    let calls = 0;
    const refused = {
      message: 'invalid_grant',
      response: { status: 400, data: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' }, headers: new Headers() },
    };
    const run = withRetry(policy(0.5), { what: 'Calendar events.list', where: 'calendar primary', idempotent: true }, async () => {
      calls++;
      throw refused;
    });
    await expect(run).rejects.toMatchObject({
      code: 'AUTH_REQUIRED',
      message: 'Calendar events.list failed: 400 invalid_grant: Token has been expired or revoked.',
      where: 'calendar primary',
    });
    expect(calls).toBe(1);
  });
});

describe('withRetry against the fake', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.fake.close());
  beforeEach(() => {
    h.fake.google.faults.clear();
    h.fake.google.log.length = 0;
    h.waits.length = 0;
  });
  const get = () => h.clients.sheets.spreadsheets.values.get({ spreadsheetId: SPREADSHEET_ID, range: 'Interviews!A1' });
  const read = (retry = h.retry) => withRetry(retry, { what: 'Sheets values.get', where: 'test', idempotent: true }, get);

  it('retries 429 (honouring Retry-After), 403 rate limits, 5xx and resets until it succeeds', async () => {
    for (const fault of [
      FAULTS.tooManyRequests('3'),
      FAULTS.rateLimit403(),
      FAULTS.userRateLimit403(),
      FAULTS.serverError(500),
      FAULTS.serverError(503),
      FAULTS.reset(),
    ])
      h.fake.google.faults.add(fault);
    const answer = await read();
    expect(answer.data.values).toEqual([['Event ID']]);
    expect(h.waits).toEqual([3_000, 150, 300, 600, 1_200, 2_400]);
    expect(h.fake.google.log).toHaveLength(7);
  });

  // Sheets v4 names the failure by its google.rpc status (INVALID_ARGUMENT, ...), not by a reason.
  it.each([
    [400, 'badRequest', 'INVALID_ARGUMENT', 'INVALID_INPUT'],
    [401, 'authError', 'UNAUTHENTICATED', 'AUTH_REQUIRED'],
    [404, 'notFound', 'NOT_FOUND', 'NOT_FOUND'],
    [403, 'forbidden', 'PERMISSION_DENIED', 'AUTH_REQUIRED'],
  ])('does not retry %i %s and fails as %s', async (status, reason, statusName, code) => {
    h.fake.google.faults.add({ kind: 'status', status, reason });
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NextRoundError);
    expect(error).toMatchObject({ code, where: 'test', message: `Sheets values.get failed: ${status} ${statusName}: Injected ${status} ${reason}.` });
    expect(h.fake.google.log).toHaveLength(1);
  });

  it('stops after the last attempt with the translated error', async () => {
    h.fake.google.faults.add(FAULTS.serverError(502), { times: 10 });
    await expect(read(recordingRetry([], 3))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(h.fake.google.log).toHaveLength(3);
  });

  it('retries a non-idempotent write after a rate limit but calls a 5xx or reset WRITE_UNCERTAIN without retrying', async () => {
    const write = () =>
      withRetry(h.retry, { what: 'Sheets spreadsheets.batchUpdate', where: 'test', idempotent: false }, () =>
        h.clients.sheets.spreadsheets.batchUpdate({ spreadsheetId: SPREADSHEET_ID, requestBody: { requests: [] } }),
      );
    h.fake.google.faults.add(FAULTS.tooManyRequests());
    await write();
    expect(h.fake.google.log).toHaveLength(2);
    h.fake.google.faults.add(FAULTS.lostResponse());
    await expect(write()).rejects.toMatchObject({ code: 'WRITE_UNCERTAIN' });
    h.fake.google.faults.add(FAULTS.serverError(500));
    await expect(write()).rejects.toMatchObject({ code: 'WRITE_UNCERTAIN' });
    expect(h.fake.google.log).toHaveLength(4);
  });

  it('reads a dropped connection as a failure without status', async () => {
    h.fake.google.faults.add(FAULTS.reset());
    const error = await get().catch((e: unknown) => e);
    expect(readFailure(error)).toMatchObject({ status: null, networkCode: 'ECONNRESET' });
  });
});
