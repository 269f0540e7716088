import { randomBytes } from 'node:crypto';
import { access } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../e2e/fixtures/s3.js';
import { testProfileDraft } from '../core/test-support.js';
import { startTestHost } from './test-support/start-test-host.js';
import type { TestHost } from './test-support/start-test-host.js';

const admin = adminClient();
let host: TestHost;
let bucket: TestBucket;

beforeAll(async () => {
  host = await startTestHost();
  bucket = await createTestBucket(admin, 'spool');
});
afterAll(async () => {
  await bucket.remove();
  await host.close();
  admin.destroy();
});

interface Envelope<T> {
  ok: boolean;
  value: T;
  error: { code: string; message: string };
}

async function call<T>(channel: string, input: unknown): Promise<T> {
  const envelope = (await (await host.invoke(channel, input)).json()) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

function spool(drop: string, path: string, body: Buffer, cookie = host.cookie): Promise<Response> {
  const query = new URLSearchParams({ drop, path });
  return fetch(`http://127.0.0.1:${host.port}/api/spool?${query.toString()}`, {
    method: 'POST',
    headers: { Cookie: cookie },
    body,
  });
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('browser-host drops feed the transfer engine', () => {
  it('streams a dropped folder in, uploads it through the queue, then forgets the bytes', async () => {
    const big = randomBytes(20 * 1024 * 1024);
    const small = randomBytes(1000);
    const first = (await (await spool('drop00001', 'photos/big.bin', big)).json()) as Envelope<{
      grant: string;
    }>;
    expect(first.ok).toBe(true);
    // The answer is a grant for the dropped folder, never a path the page could reuse.
    expect(first.value).toEqual({ grant: expect.stringMatching(/^[\w-]{32}$/) as unknown });
    const second = (await (
      await spool('drop00001', 'photos/sub/small.bin', small)
    ).json()) as Envelope<{
      grant: string;
    }>;
    expect(second.value.grant).toBe(first.value.grant);

    const profile = await call<{ id: string }>('profiles.save', testProfileDraft('RGW'));
    await call('tasks.start', {
      kind: 'upload',
      profileId: profile.id,
      bucket: bucket.name,
      keyPrefix: 'in/',
      grants: [first.value.grant],
    });
    await eventually(async () => {
      const tasks = await call<{ state: string; problems: unknown }[]>('tasks.list', {});
      if (tasks.some((t) => t.state === 'failed')) throw new Error(JSON.stringify(tasks));
      return tasks.length === 1 && tasks[0]?.state === 'succeeded';
    }, 'the upload to succeed');

    for (const [key, bytes] of [
      ['in/photos/big.bin', big],
      ['in/photos/sub/small.bin', small],
    ] as const) {
      const out = await admin.send(new GetObjectCommand({ Bucket: bucket.name, Key: key }));
      expect(Buffer.from((await out.Body?.transformToByteArray()) ?? []).equals(bytes)).toBe(true);
    }
    await eventually(
      async () => !(await exists(join(host.dataDir, 'spool', 'drop00001'))),
      'the spool to be released',
    );
  });

  it('keeps a backslash in a dropped name: back\\slash.txt lands beside slash.txt', async () => {
    const own = await createTestBucket(admin, 'spool-bs');
    try {
      await admin.send(
        new PutObjectCommand({ Bucket: own.name, Key: 'slash.txt', Body: 'the other file' }),
      );
      const res = (await (
        await spool('drop00005', 'back\\slash.txt', Buffer.from('mine'))
      ).json()) as Envelope<{
        grant: string;
      }>;
      expect(res.ok).toBe(true);
      const profile = await call<{ id: string }>(
        'profiles.save',
        testProfileDraft('RGW backslash'),
      );
      const task = await call<{ id: string; transfer: { name: string } }>('tasks.start', {
        kind: 'upload',
        profileId: profile.id,
        bucket: own.name,
        keyPrefix: '',
        grants: [res.value.grant],
      });
      expect(task.transfer.name).toBe('back\\slash.txt');
      await eventually(async () => {
        const mine = (await call<{ id: string; state: string }[]>('tasks.list', {})).find(
          (t) => t.id === task.id,
        );
        if (mine?.state === 'failed') throw new Error(JSON.stringify(mine));
        return mine?.state === 'succeeded';
      }, 'the upload to succeed');
      for (const [key, text] of [
        ['back\\slash.txt', 'mine'],
        ['slash.txt', 'the other file'],
      ] as const) {
        const out = await admin.send(new GetObjectCommand({ Bucket: own.name, Key: key }));
        expect(await out.Body?.transformToString()).toBe(text);
      }
    } finally {
      await own.remove();
    }
  });

  it.each(['../../escape.bin', '/abs.bin', 'a/../../b.bin', 'folder/'])(
    'refuses the path %j and writes nothing',
    async (path) => {
      const res = await spool('drop00002', path, Buffer.from('x'));
      const envelope = (await res.json()) as Envelope<unknown>;
      expect(envelope).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
      expect(envelope.error.message).toMatch(/^path: /);
      expect(await exists(join(host.dataDir, 'escape.bin'))).toBe(false);
      expect(await exists(join(host.dataDir, 'b.bin'))).toBe(false);
    },
  );

  it('refuses a drop id that is not one, and callers without the session', async () => {
    expect(await (await spool('../x', 'a.bin', Buffer.from('x'))).json()).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput' },
    });
    expect((await spool('drop00003', 'a.bin', Buffer.from('x'), 'x=wrong')).status).toBe(401);
  });

  it('leaves nothing under the final name when the upload is cut off', async () => {
    await new Promise<void>((resolve) => {
      const req = request({
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: '/api/spool?drop=drop00004&path=cut.bin',
        headers: {
          Cookie: host.cookie,
          'Content-Length': String(10 * 1024 * 1024),
        },
      });
      req.on('error', () => resolve());
      req.write(randomBytes(1024 * 1024), () => setTimeout(() => req.destroy(), 100));
    });
    const final = join(host.dataDir, 'spool', 'drop00004', 'cut.bin');
    await eventually(async () => !(await exists(`${final}.partial`)), 'the partial file to go');
    expect(await exists(final)).toBe(false);
  });
});
