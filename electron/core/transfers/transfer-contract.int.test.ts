import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../../shared/contract/channels.js';
import type { EventName } from '../../../shared/contract/events.js';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createCore } from '../create-core.js';
import type { Core } from '../create-core.js';
import { HOST_SCOPE } from '../grants/grant-registry.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { testProfileDraft } from '../test-support.js';
import { tempDir } from './test-files.js';

const admin = adminClient();
let bucket: TestBucket;
let core: Core;
let dataDir: string;
const events: { event: EventName; payload: unknown }[] = [];

async function call<C extends ChannelName>(channel: C, input: unknown): Promise<ChannelOutput<C>> {
  const result = await core.dispatch(channel, input, { signal: new AbortController().signal });
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as ChannelOutput<C>;
}

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'contract');
  dataDir = await tempDir('core');
  core = createCore({
    appDataDir: dataDir,
    cipher: await createKeyFileCipher(dataDir),
    host: { kind: 'web', version: 'test' },
    emit: (event, payload) => events.push({ event, payload }),
  });
});
afterAll(async () => {
  core.close();
  await bucket.remove();
  admin.destroy();
});

describe('transfers through the contract (createCore + dispatcher)', () => {
  it('uploads and downloads a file, emitting state events, with the journal in the data folder', async () => {
    const profile = await call('profiles.save', testProfileDraft());
    const source = join(await tempDir('contract-in'), 'hello.txt');
    await writeFile(source, 'hello through the contract');

    // The host grants what the user dropped or picked; the contract only sees the grant.
    const [job] = await call('transfers.enqueueUpload', {
      profileId: profile.id,
      bucket: bucket.name,
      keyPrefix: 'x/',
      grants: [await core.grants.issueRead(HOST_SCOPE, source)],
    });
    expect(job).toMatchObject({ key: 'x/hello.txt', state: 'queued', direction: 'upload' });
    const finished = async (id: string) => {
      for (let i = 0; i < 200; i++) {
        const found = (await call('transfers.list', {})).find((j) => j.id === id);
        if (found !== undefined && ['succeeded', 'failed'].includes(found.state)) return found;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error('never finished');
    };
    expect((await finished(job?.id ?? '')).state).toBe('succeeded');
    const states = events
      .filter((e) => e.event === 'transfers.state')
      .map((e) => (e.payload as { state: string }).state);
    expect(states).toEqual(['queued', 'running', 'succeeded']);
    expect(await readFile(join(dataDir, 'transfers.jsonl'), 'utf8')).toContain('x/hello.txt');

    const out = await tempDir('contract-out');
    const { jobs, refused } = await call('transfers.enqueueDownload', {
      profileId: profile.id,
      bucket: bucket.name,
      keys: ['x/hello.txt', 'x/..'],
      destination: await core.grants.issueWrite(HOST_SCOPE, out),
    });
    // A single key lands under its own name; a name that climbs is refused, never written.
    expect(refused.map((r) => r.key)).toEqual(['x/..']);
    expect(refused[0]?.reason).toMatch(/climbs/);
    expect((await finished(jobs[0]?.id ?? '')).state).toBe('succeeded');
    expect(await readFile(join(out, 'hello.txt'), 'utf8')).toBe('hello through the contract');

    expect(await call('transfers.clearFinished', {})).toEqual({ cleared: 2 });
    expect(await call('transfers.settings.set', { concurrency: 5 })).toMatchObject({
      concurrency: 5,
      partConcurrency: 4,
      bandwidthLimitBytesPerSec: null,
    });
    expect(await call('transfers.orphans.list', {})).toEqual([]);
  });

  it('refuses the data folder through a grant: its files, and a symlink leading there', async () => {
    const outside = await tempDir('contract-links');
    const link = join(outside, 'innocent');
    await symlink(dataDir, link);
    for (const path of [join(dataDir, 'secret.key'), dataDir, link])
      await expect(core.grants.issueRead(HOST_SCOPE, path)).rejects.toMatchObject({
        code: 'GrantRefused',
        message: expect.stringContaining("Holdall's own data folder") as unknown,
      });
    await expect(core.grants.issueWrite(HOST_SCOPE, link)).rejects.toMatchObject({
      code: 'GrantRefused',
    });
  });

  it('refuses a made-up grant id and a grant used the wrong way, writing nothing', async () => {
    const folder = await tempDir('contract-wrong-use');
    const write = await core.grants.issueWrite(HOST_SCOPE, folder);
    const ctx = { signal: new AbortController().signal };
    const ref = { profileId: 'abcdef', bucket: bucket.name };
    const madeUp = await core.dispatch(
      'transfers.enqueueUpload',
      { ...ref, keyPrefix: '', grants: ['Z'.repeat(32)] },
      ctx,
    );
    expect(madeUp).toMatchObject({ ok: false, error: { code: 'GrantRefused' } });
    const wrongUse = await core.dispatch(
      'transfers.enqueueUpload',
      { ...ref, keyPrefix: '', grants: [write] },
      ctx,
    );
    expect(wrongUse).toMatchObject({
      ok: false,
      error: { code: 'GrantRefused', details: { reason: 'wrongUse' } },
    });
    // Another window's grant is unknown in this one.
    const otherWindow = await core.dispatch(
      'transfers.enqueueDownload',
      { ...ref, keys: ['x/hello.txt'], destination: write },
      { ...ctx, scope: 'window-2' },
    );
    expect(otherWindow).toMatchObject({
      ok: false,
      error: { code: 'GrantRefused', details: { reason: 'unknown' } },
    });
    expect(await call('transfers.list', {})).toEqual([]);
  });

  it('leaves folder picking to the host’s own dialog unless the host offers the picker', async () => {
    const listed = await core.dispatch(
      'folders.list',
      {},
      { signal: new AbortController().signal },
    );
    expect(listed).toMatchObject({
      ok: false,
      error: { code: 'GrantRefused', details: { reason: 'noPicker' } },
    });
  });

  it('answers errors as values: unknown job, bad input', async () => {
    const missing = await core.dispatch(
      'transfers.pause',
      { id: 'no-such-job-123' },
      { signal: new AbortController().signal },
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'TransferNotFound' } });
    const bad = await core.dispatch(
      'transfers.enqueueUpload',
      { profileId: 'abcdef', bucket: 'b-b-b', keyPrefix: '', grants: ['/etc/passwd'] },
      { signal: new AbortController().signal },
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
  });
});
