import { afterEach, describe, expect, it } from 'vitest';
import { listObjectsPage } from '../services/objects.js';
import { startHeaderRecorder, startHostileS3 } from './test-servers/hostile-s3.js';
import type { HeaderRecorder, HostileS3 } from './test-servers/hostile-s3.js';
import { clientFor, outcomeOf } from './test-servers/hostile-client.js';

const DEADLINE_MS = 400;
/** The SDK tries a request three times; each waits out its deadline, plus backoff. */
const ATTEMPTS = 3;

const list =
  (s: HostileS3, deadlines = { headersTimeoutMs: DEADLINE_MS, idleTimeoutMs: DEADLINE_MS }) =>
  () =>
    listObjectsPage(clientFor(s.endpoint, deadlines), { bucket: 'b', prefix: '' });
/** Long enough that only the other deadline can be what ended the request. */
const NEVER_MS = 60_000;

describe('answers no valid server sends', () => {
  let server: HostileS3 | undefined;
  let recorder: HeaderRecorder | undefined;
  afterEach(async () => {
    await server?.close();
    await recorder?.close();
    server = undefined;
    recorder = undefined;
  });

  it('a listing that is not XML ends in a clear error, tried at most three times', async () => {
    server = await startHostileS3('malformedXml');
    const { error, ms } = await outcomeOf(list(server));
    expect(error?.code).toBe('ServerMisbehaved');
    expect(error?.details).toMatchObject({ problem: 'unreadable' });
    expect(error?.message).toContain(server.endpoint.slice(7));
    expect(server.requests.length).toBeLessThanOrEqual(ATTEMPTS);
    expect(ms).toBeLessThan(5_000);
  });

  it('a 50 MiB listing is refused before it is parsed, and memory stays small', async () => {
    server = await startHostileS3('oversizedBody');
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 5);
    const { error, ms } = await outcomeOf(list(server));
    clearInterval(sampler);
    expect(error?.code).toBe('ServerMisbehaved');
    expect(error?.details).toMatchObject({ problem: 'oversized' });
    expect(error?.message).toContain(server.endpoint.slice(7));
    // The cap is 16 MiB; parsing the whole answer took the host from 167 MiB to 2 GiB.
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
    expect(server.requests.length).toBe(1);
    expect(ms).toBeLessThan(5_000);
  });

  it('a server that takes the request and never answers times out within its deadline', async () => {
    server = await startHostileS3('stallBeforeHeaders');
    const deadlines = { headersTimeoutMs: DEADLINE_MS, idleTimeoutMs: NEVER_MS };
    const { error, ms } = await outcomeOf(list(server, deadlines));
    expect(error?.code).toBe('Timeout');
    expect(error?.message).toContain(server.endpoint.slice(7));
    expect(server.requests.length).toBeLessThanOrEqual(ATTEMPTS);
    expect(ms).toBeGreaterThanOrEqual(DEADLINE_MS);
    expect(ms).toBeLessThan(ATTEMPTS * DEADLINE_MS + 3_000);
  });

  it('a body that stops half way times out within the idle deadline', async () => {
    server = await startHostileS3('stallMidBody');
    const deadlines = { headersTimeoutMs: NEVER_MS, idleTimeoutMs: DEADLINE_MS };
    const { error, ms } = await outcomeOf(list(server, deadlines));
    expect(error?.code).toBe('Timeout');
    expect(server.requests.length).toBeLessThanOrEqual(ATTEMPTS);
    expect(ms).toBeLessThan(ATTEMPTS * DEADLINE_MS + 3_000);
  });

  it('a redirect to another port is not followed: that port never sees the credentials', async () => {
    recorder = await startHeaderRecorder();
    server = await startHostileS3('redirect', { redirectTo: recorder.endpoint });
    const { error, ms } = await outcomeOf(list(server));
    expect(error).toBeDefined();
    expect(error?.message).toContain('redirect');
    expect(recorder.seen.filter((r) => r.authorization !== undefined)).toEqual([]);
    expect(recorder.seen).toEqual([]);
    expect(server.requests.length).toBeLessThanOrEqual(ATTEMPTS);
    expect(ms).toBeLessThan(5_000);
  });
});
