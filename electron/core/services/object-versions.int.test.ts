import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
} from '@aws-sdk/client-s3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { adminClient } from '../../../e2e/fixtures/s3.js';
import { createVersionedBucket } from '../../../e2e/fixtures/versioned-bucket.js';
import type { ChannelName, ChannelOutput } from '../../../shared/contract/channels.js';
import { createDispatcher } from '../../../shared/contract/dispatch.js';
import type { Handlers } from '../../../shared/contract/handlers.js';
import type { ObjectVersionRow } from '../../../shared/domain/object-versions.js';
import type { CoreDeps } from '../handlers/deps.js';
import { objectHandlers } from '../handlers/objects.js';
import { presignHandlers } from '../handlers/presign.js';
import { refuseVersionsWithoutSupport } from '../handlers/version-guard.js';
import { versionsHandlers } from '../handlers/versions.js';
import type { ClientPool } from '../s3/client-pool.js';
import { createS3Client } from '../s3/client-factory.js';
import { dialects } from '../s3/dialects.js';
import type { Dialect } from '../s3/dialects.js';
import { toAppError } from '../s3/errors.js';
import { testSettings } from '../test-support.js';

const admin = adminClient();
const client = createS3Client(testSettings());
const made: { remove(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((b) => b.remove()));
});
afterAll(() => {
  client.destroy();
  admin.destroy();
});

function contractFor(dialect: Dialect = dialects.ceph) {
  const session = { client, dialect };
  const deps = {
    clients: {
      session: () => Promise.resolve(session),
      get: () => Promise.resolve(client),
    } as unknown as ClientPool,
    emit: () => undefined,
  } as unknown as CoreDeps;
  const handlers = {
    ...objectHandlers(deps),
    ...presignHandlers(deps),
    ...versionsHandlers(deps),
  } as Handlers;
  return createDispatcher(refuseVersionsWithoutSupport(handlers, deps.clients), toAppError);
}
const PROFILE_ID = 'test-profile';
const dispatch = contractFor();
const ctx = { signal: new AbortController().signal };

async function call<C extends ChannelName>(channel: C, input: unknown): Promise<ChannelOutput<C>> {
  const result = await dispatch(channel, input, ctx);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as ChannelOutput<C>;
}

async function versionedBucket(label: string, enable = true) {
  const bucket = await createVersionedBucket(admin, label, { enable });
  made.push(bucket);
  return bucket;
}

async function put(bucket: string, key: string, body: string): Promise<string> {
  const out = await admin.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  return out.VersionId ?? 'null';
}

async function body(bucket: string, key: string, versionId?: string): Promise<string> {
  const out = await admin.send(
    new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }),
  );
  return (await out.Body?.transformToString()) ?? '';
}

/** The server's own listing through a plain SDK client: [key, versionId, deleteMarker]. */
async function serverVersions(bucket: string): Promise<[string, string, boolean][]> {
  const out = await admin.send(new ListObjectVersionsCommand({ Bucket: bucket }));
  return [
    ...(out.Versions ?? []).map((v) => [v.Key ?? '', v.VersionId ?? '', false] as const),
    ...(out.DeleteMarkers ?? []).map((d) => [d.Key ?? '', d.VersionId ?? '', true] as const),
  ]
    .map(([k, v, d]): [string, string, boolean] => [k, v, d])
    .sort((a, b) => `${a[0]}\n${a[1]}`.localeCompare(`${b[0]}\n${b[1]}`));
}

/** Polls the clock until it has moved a whole second past `iso`, so versions get distinct times. */
async function pastSecond(iso: string | null): Promise<void> {
  const after = (iso === null ? Date.now() : Date.parse(iso)) + 1100;
  while (Date.now() < after) await new Promise((resolve) => setTimeout(resolve, 50));
}

const brief = (rows: readonly ObjectVersionRow[]) =>
  rows.map((r) => [r.key, r.versionId, r.isLatest, r.deleteMarker] as const);

describe('objects.versions.list', () => {
  it('lists every version and delete marker of each key, newest first, and folders', async () => {
    const { name } = await versionedBucket('vlist');
    const a1 = await put(name, 'a.txt', 'one');
    const a2 = await put(name, 'a.txt', 'two two');
    const marker = await admin.send(new DeleteObjectCommand({ Bucket: name, Key: 'a.txt' }));
    const b1 = await put(name, 'b.txt', 'b');
    await put(name, 'docs/c.txt', 'c');

    const page = await call('objects.versions.list', {
      profileId: PROFILE_ID,
      bucket: name,
      prefix: '',
    });
    expect(page.folders).toEqual(['docs/']);
    expect(page.next).toBeNull();
    expect(brief(page.versions)).toEqual([
      ['a.txt', marker.VersionId, true, true],
      ['a.txt', a2, false, false],
      ['a.txt', a1, false, false],
      ['b.txt', b1, true, false],
    ]);
    expect(page.versions.map((v) => v.size)).toEqual([0, 7, 3, 1]);
    // What the server holds, read by a plain client, is what was listed (folders aside).
    const listed = page.versions.map((v) => [v.key, v.versionId, v.deleteMarker]);
    expect((await serverVersions(name)).filter(([key]) => !key.startsWith('docs/'))).toEqual(
      expect.arrayContaining(listed),
    );
  });

  it('pages with key and version markers: each call brings one page, together every version once', async () => {
    const { name } = await versionedBucket('vpage');
    for (let i = 0; i < 3; i++) await put(name, 'k1', `v${i}`);
    for (let i = 0; i < 2; i++) await put(name, 'k2', `w${i}`);
    await put(name, 'm/x', 'x');
    await put(name, 'sub/x', 'x');

    for (const maxKeys of [2, 1]) {
      const seen: ObjectVersionRow[] = [];
      const folders: string[] = [];
      let cursor: unknown;
      let calls = 0;
      do {
        const page = await call('objects.versions.list', {
          profileId: PROFILE_ID,
          bucket: name,
          prefix: '',
          maxKeys,
          ...(cursor === undefined ? {} : { cursor }),
        });
        calls++;
        // A page never holds more than asked: the list view fetches as it scrolls, never all.
        expect(page.versions.length + page.folders.length).toBeLessThanOrEqual(maxKeys);
        seen.push(...page.versions);
        folders.push(...page.folders);
        cursor = page.next ?? undefined;
      } while (cursor !== undefined && calls < 20);
      expect(calls).toBeGreaterThanOrEqual(7 / maxKeys - 1);
      // Pages ending on a folder go on after it, each folder listed once.
      expect(folders).toEqual(['m/', 'sub/']);
      expect(seen.map((v) => v.key)).toEqual(['k1', 'k1', 'k1', 'k2', 'k2']);
      expect(new Set(seen.map((v) => v.versionId)).size).toBe(5);
      expect(seen.filter((v) => v.isLatest).map((v) => v.key)).toEqual(['k1', 'k2']);
    }
  });

  it('lists the version written before versioning was enabled as the "null" version', async () => {
    const made = await versionedBucket('vnull', false);
    const { name } = made;
    await put(name, 'old.txt', 'before');
    await made.enable();
    const after = await put(name, 'old.txt', 'after');
    const page = await call('objects.versions.list', {
      profileId: PROFILE_ID,
      bucket: name,
      prefix: '',
    });
    expect(brief(page.versions)).toEqual([
      ['old.txt', after, true, false],
      ['old.txt', 'null', false, false],
    ]);
    // The null version can be read, restored and deleted like any other.
    expect(await body(name, 'old.txt', 'null')).toBe('before');
    await call('objects.versions.restore', {
      profileId: PROFILE_ID,
      bucket: name,
      key: 'old.txt',
      versionId: 'null',
    });
    expect(await body(name, 'old.txt')).toBe('before');
    await call('objects.delete', {
      profileId: PROFILE_ID,
      bucket: name,
      key: 'old.txt',
      versionId: 'null',
    });
    expect((await serverVersions(name)).map(([, v]) => v)).not.toContain('null');
  });
});

describe('restore, undelete and delete a version', () => {
  it('Restore copies an old version onto the key as the new latest, keeping every version', async () => {
    const { name } = await versionedBucket('vrestore');
    const v1 = await put(name, 'doc.txt', 'first');
    const v2 = await put(name, 'doc.txt', 'second');
    const { versionId } = await call('objects.versions.restore', {
      profileId: PROFILE_ID,
      bucket: name,
      key: 'doc.txt',
      versionId: v1,
    });
    expect(versionId).not.toBeNull();
    expect([v1, v2]).not.toContain(versionId);
    expect(await body(name, 'doc.txt')).toBe('first');
    const held = (await serverVersions(name)).map(([, v]) => v);
    expect(held).toEqual(expect.arrayContaining([v1, v2, versionId]));
    expect(held).toHaveLength(3);
  });

  it('Undelete removes the delete marker, so the key shows its last version again', async () => {
    const { name } = await versionedBucket('vundel');
    await put(name, 'gone.txt', 'still here');
    const marker = await admin.send(new DeleteObjectCommand({ Bucket: name, Key: 'gone.txt' }));
    await expect(
      admin.send(new HeadObjectCommand({ Bucket: name, Key: 'gone.txt' })),
    ).rejects.toThrow();
    await call('objects.delete', {
      profileId: PROFILE_ID,
      bucket: name,
      key: 'gone.txt',
      versionId: marker.VersionId,
    });
    expect(await body(name, 'gone.txt')).toBe('still here');
    expect((await serverVersions(name)).some(([, , isMarker]) => isMarker)).toBe(false);
  });

  it('deletes one version for good, leaving the others', async () => {
    const { name } = await versionedBucket('vdel');
    const v1 = await put(name, 'f', 'one');
    const v2 = await put(name, 'f', 'two');
    await call('objects.delete', {
      profileId: PROFILE_ID,
      bucket: name,
      key: 'f',
      versionId: v1,
    });
    expect(await serverVersions(name)).toEqual([['f', v2, false]]);
    await expect(body(name, 'f', v1)).rejects.toThrow();
  });

  it('refuses a bad version id as InvalidInput naming it, sending nothing', async () => {
    const result = await dispatch(
      'objects.delete',
      { profileId: PROFILE_ID, bucket: 'some-bucket', key: 'f', versionId: 'line\nbreak' },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(JSON.stringify(result)).toContain('versionId');
  });

  it('refuses versions on a provider without them (JD Cloud), naming it', async () => {
    const jd = contractFor(dialects.jdcloud);
    const address = { profileId: PROFILE_ID, bucket: 'some-bucket', key: 'f', versionId: 'v1' };
    for (const channel of ['objects.delete', 'objects.head', 'objects.tags.get'] as const) {
      const result = await jd(channel, address, ctx);
      expect(result).toMatchObject({ ok: false, error: { code: 'UnsupportedByProvider' } });
    }
  });
});

describe('reading one version: head, read, tags, share link', () => {
  it('answers the asked version, not the latest', async () => {
    const { name } = await versionedBucket('vread');
    const v1 = await put(name, 'r.txt', 'old bytes');
    await put(name, 'r.txt', 'new');
    await admin.send(
      new PutObjectTaggingCommand({
        Bucket: name,
        Key: 'r.txt',
        VersionId: v1,
        Tagging: { TagSet: [{ Key: 'era', Value: 'old' }] },
      }),
    );
    const ref = { profileId: PROFILE_ID, bucket: name, key: 'r.txt', versionId: v1 };

    const head = await call('objects.head', ref);
    expect(head).toMatchObject({ size: 9, versionId: v1 });
    const chunk = await call('objects.read', { ...ref, start: 0, end: 100 });
    expect(Buffer.from(chunk.base64, 'base64').toString()).toBe('old bytes');
    expect(await call('objects.tags.get', ref)).toEqual({ tags: [{ key: 'era', value: 'old' }] });
    expect(await call('objects.tags.get', { ...ref, versionId: undefined })).toEqual({ tags: [] });

    const link = await call('presign.get', { ...ref, expiresInSeconds: 60 });
    const fetched = await fetch(link.url);
    expect(await fetched.text()).toBe('old bytes');
  });
});

describe('objects.versions.asOf', () => {
  it('shows each key as it was at an instant, delete markers honoured', async () => {
    const { name } = await versionedBucket('vasof');
    await put(name, 'a', 'a1');
    await put(name, 'gone', 'g1');
    let listed = await call('objects.versions.list', {
      profileId: PROFILE_ID,
      bucket: name,
      prefix: '',
    });
    const t1 =
      listed.versions
        .map((v) => v.lastModified ?? '')
        .sort()
        .at(-1) ?? null;
    await pastSecond(t1);
    await put(name, 'a', 'a2');
    await admin.send(new DeleteObjectCommand({ Bucket: name, Key: 'gone' }));
    await put(name, 'later', 'l1');
    listed = await call('objects.versions.list', {
      profileId: PROFILE_ID,
      bucket: name,
      prefix: '',
    });
    const byBody = async (rows: readonly ObjectVersionRow[]) =>
      Promise.all(rows.map(async (r) => `${r.key}=${await body(name, r.key, r.versionId)}`));

    const then = await call('objects.versions.asOf', {
      profileId: PROFILE_ID,
      bucket: name,
      prefix: '',
      at: t1,
    });
    expect(await byBody(then.objects)).toEqual(['a=a1', 'gone=g1']);
    const now = await call('objects.versions.asOf', {
      profileId: PROFILE_ID,
      bucket: name,
      prefix: '',
      at: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(await byBody(now.objects)).toEqual(['a=a2', 'later=l1']);
    const before = await call('objects.versions.asOf', {
      profileId: PROFILE_ID,
      bucket: name,
      prefix: '',
      at: '2000-01-01T00:00:00Z',
    });
    expect(before.objects).toEqual([]);

    // One version a page: keys still arrive whole and once each, ending between keys.
    const paged: string[] = [];
    let keyMarker: string | null = null;
    for (let calls = 0; calls < 20; calls++) {
      const page: ChannelOutput<'objects.versions.asOf'> = await call('objects.versions.asOf', {
        profileId: PROFILE_ID,
        bucket: name,
        prefix: '',
        at: t1,
        maxKeys: 1,
        ...(keyMarker === null ? {} : { keyMarker }),
      });
      paged.push(...(await byBody(page.objects)));
      keyMarker = page.nextKeyMarker;
      if (keyMarker === null) break;
    }
    expect(paged).toEqual(['a=a1', 'gone=g1']);
    expect(listed.versions).toHaveLength(5);
  });
});
