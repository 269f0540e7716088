import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../e2e/fixtures/s3.js';
import { testProfileDraft } from '../core/test-support.js';
import { startTestHost } from './test-support/start-test-host.js';
import type { TestHost } from './test-support/start-test-host.js';

// A dropped folder is listed to the host first and uploads while the page sends it.
const admin = adminClient();
let host: TestHost;
let profileId: string;

beforeAll(async () => {
  host = await startTestHost();
  profileId = (await call<{ id: string }>(host, 'profiles.save', testProfileDraft('live'))).id;
});
afterAll(async () => {
  await host.close();
  admin.destroy();
});

interface Envelope<T> {
  ok: boolean;
  value: T;
  error: { code: string; message: string };
}
/** The fields of an upload task's record these tests read. */
interface Job {
  id: string;
  state: string;
  error: { message: string } | null;
  problems: { item: string; code: string; message: string }[];
}

async function call<T>(on: TestHost, channel: string, input: unknown): Promise<T> {
  const envelope = (await (await on.invoke(channel, input)).json()) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

async function open(on: TestHost, drop: string, files: { path: string; size: number }[]) {
  const res = await fetch(`http://127.0.0.1:${on.port}/api/spool/open?drop=${drop}`, {
    method: 'POST',
    headers: { Cookie: on.cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify({ files }),
  });
  return (await res.json()) as Envelope<{ grants: string[]; order: number[] }>;
}

async function send(on: TestHost, drop: string, path: string, body: Buffer) {
  const query = new URLSearchParams({ drop, path });
  const res = await fetch(`http://127.0.0.1:${on.port}/api/spool?${query.toString()}`, {
    method: 'POST',
    headers: { Cookie: on.cookie },
    body,
  });
  return (await res.json()) as Envelope<{ grant?: string }>;
}

/** Sends part of a file and cuts the connection, as a page closed or a file unreadable mid-way. */
function sendCut(on: TestHost, drop: string, path: string): Promise<void> {
  return new Promise((resolve) => {
    const req = request({
      host: '127.0.0.1',
      port: on.port,
      method: 'POST',
      path: `/api/spool?${new URLSearchParams({ drop, path }).toString()}`,
      headers: { Cookie: on.cookie, 'Content-Length': String(1024 * 1024) },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(randomBytes(1000), () => req.destroy());
  });
}

/** The body the page's spoolBatch sends: list length, list, the files back to back. */
function batchBody(files: { path: string; bytes: Buffer }[]): Buffer {
  const list = Buffer.from(
    JSON.stringify(files.map((f) => ({ path: f.path, size: f.bytes.length }))),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(list.length);
  return Buffer.concat([length, list, ...files.map((f) => f.bytes)]);
}

async function sendBatch(on: TestHost, drop: string, files: { path: string; bytes: Buffer }[]) {
  const res = await fetch(`http://127.0.0.1:${on.port}/api/spool/batch?drop=${drop}`, {
    method: 'POST',
    headers: { Cookie: on.cookie },
    body: batchBody(files),
  });
  return (await res.json()) as Envelope<{ results: Envelope<{ grant?: string }>[] }>;
}

async function enqueue(on: TestHost, bucket: string, grants: string[]): Promise<Job> {
  return call<Job>(on, 'tasks.start', {
    kind: 'upload',
    profileId,
    bucket,
    keyPrefix: 'in/',
    grants,
    conflict: 'overwrite',
  });
}

async function until<T>(check: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const jobState = (on: TestHost, id: string, states: string[]) =>
  until(
    async () => {
      const job = (await call<Job[]>(on, 'tasks.list', {})).find((j) => j.id === id);
      return job !== undefined && states.includes(job.state) ? job : undefined;
    },
    `job ${id} to be ${states.join(' or ')}`,
  );

const objectExists = (bucket: string, key: string) =>
  admin.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
    () => true,
    () => false,
  );

async function objectBytes(bucket: string, key: string): Promise<Buffer> {
  const out = await admin.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from((await out.Body?.transformToByteArray()) ?? []);
}

const spoolEntries = async (on: TestHost) =>
  readdir(join(on.dataDir, 'spool')).catch(() => [] as string[]);

describe('a dropped folder uploads while the page sends it', () => {
  let bucket: TestBucket;
  beforeAll(async () => {
    bucket = await createTestBucket(admin, 'live');
  });
  afterAll(async () => {
    await bucket.remove();
  });

  it('uploads the first file before the others were sent, then the rest, and leaves no spool', async () => {
    const bytes = ['a', 'b', 'c'].map(() => randomBytes(70_000));
    const names = ['live/a.bin', 'live/b.bin', 'live/c.bin'];
    const opened = await open(
      host,
      'livedrop01',
      names.map((path) => ({ path, size: 70_000 })),
    );
    expect(opened.ok).toBe(true);
    expect(opened.value.order).toEqual([0, 1, 2]);
    const job = await enqueue(host, bucket.name, opened.value.grants);
    // The folder's totals are known before any byte arrived.
    expect((await send(host, 'livedrop01', 'live/a.bin', bytes[0]!)).value).toEqual({});
    await until(
      async () => ((await objectExists(bucket.name, 'in/live/a.bin')) ? true : undefined),
      'the first file to be uploaded',
    );
    expect(await objectExists(bucket.name, 'in/live/b.bin')).toBe(false);
    expect((await jobState(host, job.id, ['running'])).state).toBe('running');
    await send(host, 'livedrop01', 'live/b.bin', bytes[1]!);
    await send(host, 'livedrop01', 'live/c.bin', bytes[2]!);
    await jobState(host, job.id, ['succeeded']);
    for (const [i, name] of names.entries())
      expect((await objectBytes(bucket.name, `in/${name}`)).equals(bytes[i]!)).toBe(true);
    await until(
      async () => ((await spoolEntries(host)).length === 0 ? true : undefined),
      'the spool to be empty',
    );
  });

  it('reports a file cut off on its way and uploads the others', async () => {
    const names = ['cut/a.bin', 'cut/b.bin', 'cut/c.bin'];
    const opened = await open(
      host,
      'cutdrop001',
      names.map((path) => ({ path, size: 1000 })),
    );
    const job = await enqueue(host, bucket.name, opened.value.grants);
    await send(host, 'cutdrop001', 'cut/a.bin', randomBytes(1000));
    await sendCut(host, 'cutdrop001', 'cut/b.bin');
    await send(host, 'cutdrop001', 'cut/c.bin', randomBytes(1000));
    const done = await jobState(host, job.id, ['succeeded', 'failed']);
    expect(done.state).toBe('succeeded');
    expect(done.problems).toEqual([
      {
        item: 'in/cut/b.bin',
        code: 'Refused',
        message: expect.stringMatching(/^the page could not send it/) as unknown,
      },
    ]);
    expect(await objectExists(bucket.name, 'in/cut/a.bin')).toBe(true);
    expect(await objectExists(bucket.name, 'in/cut/b.bin')).toBe(false);
    expect(await objectExists(bucket.name, 'in/cut/c.bin')).toBe(true);
    await until(
      async () => ((await spoolEntries(host)).length === 0 ? true : undefined),
      'the spool to be empty',
    );
  });

  it('answers Canceled for the rest of a folder whose upload was canceled, keeping nothing', async () => {
    const names = ['gone/a.bin', 'gone/b.bin'];
    const opened = await open(
      host,
      'gonedrop01',
      names.map((path) => ({ path, size: 10 })),
    );
    const job = await enqueue(host, bucket.name, opened.value.grants);
    await call(host, 'tasks.control', { id: job.id, action: 'cancel' });
    await jobState(host, job.id, ['canceled']);
    const late = await send(host, 'gonedrop01', 'gone/a.bin', randomBytes(10));
    expect(late).toMatchObject({ ok: false, error: { code: 'Canceled' } });
    await until(
      async () => ((await spoolEntries(host)).length === 0 ? true : undefined),
      'the spool to be empty',
    );
  });

  it('refuses lists and files that are not a folder drop, writing nothing', async () => {
    for (const files of [
      [{ path: '../out/a.bin', size: 1 }],
      [{ path: 'loose.bin', size: 1 }],
      [
        { path: 'd/a.bin', size: 1 },
        { path: 'd/a.bin', size: 1 },
      ],
      [{ path: 'd/a.bin', size: -1 }],
    ])
      expect(await open(host, 'baddrop001', files)).toMatchObject({
        ok: false,
        error: { code: 'InvalidInput' },
      });
    await open(host, 'listdrop01', [{ path: 'l/a.bin', size: 1 }]);
    expect(await send(host, 'listdrop01', 'l/other.bin', Buffer.from('x'))).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput' },
    });
    expect(await send(host, 'listdrop01', 'l/a.bin', Buffer.from('x'))).toMatchObject({ ok: true });
    expect(await send(host, 'listdrop01', 'l/a.bin', Buffer.from('y'))).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput' },
    });
  });
});

describe('several files in one request', () => {
  let bucket: TestBucket;
  beforeAll(async () => {
    bucket = await createTestBucket(admin, 'batch');
  });
  afterAll(async () => {
    await bucket.remove();
  });

  it('lands each file of a batch on its own: one refused, the others uploaded whole', async () => {
    const a = randomBytes(3000);
    const c = randomBytes(5000);
    const opened = await open(host, 'batchdrop1', [
      { path: 'bt/a.bin', size: a.length },
      { path: 'bt/c.bin', size: c.length },
    ]);
    const job = await enqueue(host, bucket.name, opened.value.grants);
    const answer = await sendBatch(host, 'batchdrop1', [
      { path: 'bt/a.bin', bytes: a },
      { path: 'bt/unlisted.bin', bytes: randomBytes(700) },
      { path: 'bt/c.bin', bytes: c },
    ]);
    expect(answer.value.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'ok',
      'InvalidInput',
      'ok',
    ]);
    await jobState(host, job.id, ['succeeded']);
    expect((await objectBytes(bucket.name, 'in/bt/a.bin')).equals(a)).toBe(true);
    expect((await objectBytes(bucket.name, 'in/bt/c.bin')).equals(c)).toBe(true);
    expect(await objectExists(bucket.name, 'in/bt/unlisted.bin')).toBe(false);
  });

  it('a batch cut off mid-way keeps the files that arrived whole and reports the rest', async () => {
    const a = randomBytes(4000);
    const opened = await open(host, 'batchcut01', [
      { path: 'bc/a.bin', size: 4000 },
      { path: 'bc/b.bin', size: 4000 },
    ]);
    const job = await enqueue(host, bucket.name, opened.value.grants);
    const body = batchBody([
      { path: 'bc/a.bin', bytes: a },
      { path: 'bc/b.bin', bytes: randomBytes(4000) },
    ]);
    const req = request({
      host: '127.0.0.1',
      port: host.port,
      method: 'POST',
      path: '/api/spool/batch?drop=batchcut01',
      headers: { Cookie: host.cookie, 'Content-Length': String(body.length) },
    });
    const closed = new Promise<void>((resolve) => {
      req.on('error', () => resolve());
      req.on('close', () => resolve());
    });
    req.write(body.subarray(0, body.length - 1000));
    // Cut once the first file is on the server: the list and the first file arrived whole.
    await until(
      async () => ((await objectExists(bucket.name, 'in/bc/a.bin')) ? true : undefined),
      'the first file to be uploaded',
    );
    req.destroy();
    await closed;
    const done = await jobState(host, job.id, ['succeeded', 'failed']);
    expect(done.problems).toEqual([
      {
        item: 'in/bc/b.bin',
        code: 'Refused',
        message: expect.stringMatching(/^the page could not send it/) as unknown,
      },
    ]);
    expect((await objectBytes(bucket.name, 'in/bc/a.bin')).equals(a)).toBe(true);
    await until(async () => {
      const left = await spoolEntries(host);
      return left.includes('batchcut01') || left.includes('.open-batchcut01') ? undefined : true;
    }, 'the drop to leave the spool');
  });
});

describe('a host closed in the middle of a drop', () => {
  it('fails the folder upload at the next start, saying so, instead of uploading part of it', async () => {
    const bucket = await createTestBucket(admin, 'live-restart');
    const first = await startTestHost();
    try {
      const profile = await call<{ id: string }>(first, 'profiles.save', testProfileDraft('r'));
      const opened = await open(first, 'halfdrop01', [
        { path: 'half/a.bin', size: 5 },
        { path: 'half/b.bin', size: 5 },
      ]);
      const job = await call<Job>(first, 'tasks.start', {
        kind: 'upload',
        profileId: profile.id,
        bucket: bucket.name,
        keyPrefix: '',
        grants: opened.value.grants,
        conflict: 'overwrite',
      });
      await send(first, 'halfdrop01', 'half/a.bin', Buffer.from('aaaaa'));
      await until(
        async () => ((await objectExists(bucket.name, 'half/a.bin')) ? true : undefined),
        'the first file to be uploaded',
      );
      await first.close();
      const second = await startTestHost({ dataDir: first.dataDir });
      try {
        const failed = await jobState(second, job.id, ['failed', 'succeeded']);
        expect(failed.state).toBe('failed');
        expect(failed.error?.message).toMatch(/copy of "half" is not whole/);
        await until(
          async () => ((await spoolEntries(second)).length === 0 ? true : undefined),
          'the unfinished drop to be removed',
        );
      } finally {
        await second.close();
      }
    } finally {
      await bucket.remove();
    }
  });
});
