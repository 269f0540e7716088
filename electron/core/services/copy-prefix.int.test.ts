import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, describe, expect, it, onTestFinished } from 'vitest';
import type { EventPayload } from '../../../shared/contract/events.js';
import type { EmitEvent } from '../../../shared/contract/handlers.js';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import type { CoreDeps } from '../handlers/deps.js';
import { copyHandlers } from '../handlers/copy.js';
import { createS3Client } from '../s3/client-factory.js';
import { dialects } from '../s3/dialects.js';
import { testSettings } from '../test-support.js';
import { copyPrefix, movePrefix } from './copy-prefix.js';
import type { PrefixProgressUpdate } from './copy-prefix.js';
import type { CopySession } from './copy-types.js';

const admin = adminClient();
const session: CopySession = { client: createS3Client(testSettings()), dialect: dialects.ceph };
const buckets: TestBucket[] = [];

async function bucket(label: string, objects: Record<string, string> = {}): Promise<string> {
  const b = await createTestBucket(admin, label);
  buckets.push(b);
  const entries = Object.entries(objects);
  await b.put(Object.fromEntries(entries.filter(([, body]) => body !== '')));
  // Folder markers: an empty string body would be sent as a stream of unknown length.
  for (const [Key] of entries.filter(([, body]) => body === '')) {
    await admin.send(new PutObjectCommand({ Bucket: b.name, Key, Body: new Uint8Array(0) }));
  }
  return b.name;
}

async function contents(Bucket: string): Promise<Record<string, string>> {
  const out = await admin.send(new ListObjectsV2Command({ Bucket }));
  const entries = await Promise.all(
    (out.Contents ?? []).map(async ({ Key }) => {
      const body = await admin.send(new GetObjectCommand({ Bucket, Key }));
      return [Key ?? '', await body.Body!.transformToString()] as const;
    }),
  );
  return Object.fromEntries(entries);
}

afterEach(async () => {
  await Promise.all(buckets.splice(0).map((b) => b.remove()));
});
afterAll(() => {
  session.client.destroy();
  admin.destroy();
});

const tree = {
  'src/a.txt': 'a',
  'src/sub/b.txt': 'b',
  'src/sub/deeper/c.txt': 'c',
  'src/': '',
  'other/x.txt': 'x',
};

describe('copyPrefix', () => {
  it('copies every key under the prefix, subfolders included, to another bucket', async () => {
    const from = await bucket('pfx-src', tree);
    const to = await bucket('pfx-dst', { 'keep.txt': 'k' });
    const updates: PrefixProgressUpdate[] = [];
    const result = await copyPrefix(
      session,
      { source: { bucket: from, prefix: 'src/' }, target: { bucket: to, prefix: 'copy/' } },
      { onProgress: (u) => updates.push(u), progressIntervalMs: 0 },
    );
    expect(result).toEqual({
      copied: 4,
      failed: [],
      skipped: 0,
      deleted: 0,
      deleteFailed: [],
      canceled: false,
    });
    expect(await contents(to)).toEqual({
      'keep.txt': 'k',
      'copy/': '',
      'copy/a.txt': 'a',
      'copy/sub/b.txt': 'b',
      'copy/sub/deeper/c.txt': 'c',
    });
    expect(await contents(from)).toEqual(tree);
    expect(updates.at(-1)).toEqual({ done: 4, total: 4, finished: true });
    expect(updates.filter((u) => u.finished)).toHaveLength(1);
  });

  it('pages through the listing until every key is copied', async () => {
    const from = await bucket('pfx-pages', {
      'p/1': '1',
      'p/2': '2',
      'p/3': '3',
      'p/4': '4',
      'p/5': '5',
    });
    const to = await bucket('pfx-pages-dst');
    const result = await copyPrefix(
      session,
      { source: { bucket: from, prefix: 'p/' }, target: { bucket: to, prefix: 'q/' } },
      { listPageSize: 2, concurrency: 2 },
    );
    expect(result.copied).toBe(5);
    expect(await contents(to)).toEqual({
      'q/1': '1',
      'q/2': '2',
      'q/3': '3',
      'q/4': '4',
      'q/5': '5',
    });
  });

  it('with ifExists skip, leaves target keys that exist untouched and copies the rest', async () => {
    const from = await bucket('pfx-skip', tree);
    const to = await bucket('pfx-skip-dst', { 'copy/a.txt': 'theirs', 'copy/sub/b.txt': 'kept' });
    const result = await copyPrefix(session, {
      source: { bucket: from, prefix: 'src/' },
      target: { bucket: to, prefix: 'copy/' },
      ifExists: 'skip',
    });
    expect(result).toMatchObject({ copied: 2, skipped: 2, failed: [], canceled: false });
    expect(await contents(to)).toEqual({
      'copy/': '',
      'copy/a.txt': 'theirs',
      'copy/sub/b.txt': 'kept',
      'copy/sub/deeper/c.txt': 'c',
    });
  });

  it('with ifExists overwrite (the default), replaces target keys that exist', async () => {
    const from = await bucket('pfx-over', tree);
    const to = await bucket('pfx-over-dst', { 'copy/a.txt': 'theirs' });
    const result = await copyPrefix(session, {
      source: { bucket: from, prefix: 'src/' },
      target: { bucket: to, prefix: 'copy/' },
      ifExists: 'overwrite',
    });
    expect(result).toMatchObject({ copied: 4, skipped: 0 });
    expect((await contents(to))['copy/a.txt']).toBe('a');
  });

  it('refuses a target inside the source in the same bucket', async () => {
    const b = await bucket('pfx-overlap', tree);
    await expect(
      copyPrefix(session, {
        source: { bucket: b, prefix: 'src/' },
        target: { bucket: b, prefix: 'src/inner/' },
      }),
    ).rejects.toMatchObject({ code: 'InvalidInput' });
    expect(await contents(b)).toEqual(tree);
  });
});

describe('movePrefix', () => {
  it('moves within a bucket: targets written, sources gone, others untouched', async () => {
    const b = await bucket('pfx-move', tree);
    const result = await movePrefix(session, {
      source: { bucket: b, prefix: 'src/' },
      target: { bucket: b, prefix: 'moved/' },
    });
    expect(result).toEqual({
      copied: 4,
      failed: [],
      skipped: 0,
      deleted: 4,
      deleteFailed: [],
      canceled: false,
    });
    expect(await contents(b)).toEqual({
      'moved/': '',
      'moved/a.txt': 'a',
      'moved/sub/b.txt': 'b',
      'moved/sub/deeper/c.txt': 'c',
      'other/x.txt': 'x',
    });
  });

  it('never deletes a source whose copy failed, and reports that key', async () => {
    // The server refuses keys over 1,024 bytes: only the longer source name fails.
    const longKey = `src/${'k'.repeat(40)}`;
    const from = await bucket('pfx-fail', { 'src/ok.txt': 'ok', [longKey]: 'long' });
    const to = await bucket('pfx-fail-dst');
    const targetPrefix = `${'t'.repeat(1010)}/`;
    const result = await movePrefix(session, {
      source: { bucket: from, prefix: 'src/' },
      target: { bucket: to, prefix: targetPrefix },
    });
    expect(result.copied).toBe(1);
    expect(result.deleted).toBe(1);
    expect(result.failed).toEqual([
      {
        key: longKey,
        code: expect.any(String) as unknown,
        message: expect.stringContaining('InvalidObjectName') as unknown,
      },
    ]);
    expect(await contents(from)).toEqual({ [longKey]: 'long' });
    expect(await contents(to)).toEqual({ [`${targetPrefix}ok.txt`]: 'ok' });
  });
});

describe('movePrefix with ifExists and stop', () => {
  it('a skipping move keeps the sources it skipped and moves the rest', async () => {
    const b = await bucket('pfx-move-skip', { ...tree, 'moved/a.txt': 'theirs' });
    const result = await movePrefix(session, {
      source: { bucket: b, prefix: 'src/' },
      target: { bucket: b, prefix: 'moved/' },
      ifExists: 'skip',
    });
    expect(result).toMatchObject({ copied: 3, skipped: 1, deleted: 3, canceled: false });
    expect(await contents(b)).toEqual({
      'src/a.txt': 'a',
      'moved/': '',
      'moved/a.txt': 'theirs',
      'moved/sub/b.txt': 'b',
      'moved/sub/deeper/c.txt': 'c',
      'other/x.txt': 'x',
    });
  });

  it('a stopped move starts no further key and leaves each object in exactly one place', async () => {
    const objects: Record<string, string> = {};
    for (let i = 0; i < 60; i++) objects[`src/${String(i).padStart(2, '0')}`] = `${i}`;
    const b = await bucket('pfx-stop', objects);
    const stop = new AbortController();
    const result = await movePrefix(
      session,
      { source: { bucket: b, prefix: 'src/' }, target: { bucket: b, prefix: 'dst/' } },
      {
        stop: stop.signal,
        concurrency: 2,
        listPageSize: 10,
        progressIntervalMs: 0,
        onProgress: ({ done }) => {
          if (done >= 5) stop.abort();
        },
      },
    );
    expect(result.canceled).toBe(true);
    expect(result.copied).toBeGreaterThanOrEqual(5);
    expect(result.copied).toBeLessThan(60);
    expect(result.deleted).toBe(result.copied);
    const after = await contents(b);
    for (const [key, body] of Object.entries(objects)) {
      const name = key.slice('src/'.length);
      const places = [`src/${name}`, `dst/${name}`].filter((k) => k in after);
      expect(places, name).toHaveLength(1);
      expect(after[places[0]!]).toBe(body);
    }
  });
});

describe('objects.movePrefix handler', () => {
  it('reports progress as objects.prefixProgress events for its operation id', async () => {
    const b = await bucket('pfx-events', tree);
    const events: EventPayload<'objects.prefixProgress'>[] = [];
    const emit: EmitEvent = (event, payload) => {
      if (event === 'objects.prefixProgress') {
        events.push(payload as EventPayload<'objects.prefixProgress'>);
      }
    };
    const clients = {
      session: () => Promise.resolve(session),
      get: () => Promise.resolve(session.client),
    } as unknown as CoreDeps['clients'];
    const handlers = copyHandlers({ clients, emit } as unknown as CoreDeps);
    const result = await handlers['objects.movePrefix'](
      {
        profileId: 'abcdef',
        operationId: 'op-1',
        source: { bucket: b, prefix: 'src/' },
        target: { bucket: b, prefix: 'dst/' },
      },
      { signal: new AbortController().signal },
    );
    expect(result.deleted).toBe(4);
    expect(events[0]).toEqual({ operationId: 'op-1', done: 0, total: null, finished: false });
    expect(events.at(-1)).toEqual({ operationId: 'op-1', done: 4, total: 4, finished: true });
  });

  it('objects.stopPrefix reaches the running job by its operation id', async () => {
    const objects: Record<string, string> = {};
    for (let i = 0; i < 40; i++) objects[`src/${String(i).padStart(2, '0')}`] = `${i}`;
    const b = await bucket('pfx-stop-op', objects);
    const clients = { session: () => Promise.resolve(session) } as unknown as CoreDeps['clients'];
    const stops: Promise<{ stopping: boolean }>[] = [];
    // Stopped as the first copy goes out, so the job is surely running and keys remain, however
    // fast the server copies (progress events are throttled: a fast run finishes before one).
    const emit: EmitEvent = () => undefined;
    session.client.middlewareStack.add(
      (next, context) => (args) => {
        if (context.commandName === 'CopyObjectCommand' && stops.length === 0) {
          stops.push(handlers['objects.stopPrefix']({ operationId: 'op-stop' }, signal));
        }
        return next(args);
      },
      { step: 'initialize', name: 'stopOnFirstCopy' },
    );
    onTestFinished(() => {
      session.client.middlewareStack.remove('stopOnFirstCopy');
    });
    const handlers = copyHandlers({ clients, emit } as unknown as CoreDeps);
    const signal = { signal: new AbortController().signal };
    expect(await handlers['objects.stopPrefix']({ operationId: 'op-stop' }, signal)).toEqual({
      stopping: false,
    });
    const result = await handlers['objects.copyPrefix'](
      {
        profileId: 'abcdef',
        operationId: 'op-stop',
        source: { bucket: b, prefix: 'src/' },
        target: { bucket: b, prefix: 'dst/' },
      },
      signal,
    );
    expect(await Promise.all(stops)).toEqual([{ stopping: true }]);
    expect(result.canceled).toBe(true);
    expect(result.copied).toBeLessThan(40);
    expect(Object.keys(await contents(b)).filter((k) => k.startsWith('dst/'))).toHaveLength(
      result.copied,
    );
  });
});
