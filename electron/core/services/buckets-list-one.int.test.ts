import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutBucketPolicyCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../../shared/contract/channels.js';
import { createDispatcher } from '../../../shared/contract/dispatch.js';
import type { Dispatch } from '../../../shared/contract/dispatch.js';
import type { AppErrorShape } from '../../../shared/contract/envelope.js';
import {
  adminClient,
  createTestBucket,
  rgwConnectionDraft,
  s3OtherTarget,
  s3Target,
} from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createHandlers } from '../handlers.js';
import { ProfileStore } from '../profiles/profile-store.js';
import { ClientPool } from '../s3/client-pool.js';
import { toAppError } from '../s3/errors.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';

const admin = adminClient();
// An external S3_ENDPOINT may come without a second user.
const noOther = s3OtherTarget() === undefined;
let bucket: TestBucket;
let clients: ClientPool;
let dispatch: Dispatch;

type Result<C extends ChannelName> =
  { ok: true; value: ChannelOutput<C> } | { ok: false; error: AppErrorShape };

function call<C extends ChannelName>(channel: C, input: unknown): Promise<Result<C>> {
  return dispatch(channel, input, { signal: new AbortController().signal }) as Promise<Result<C>>;
}

async function value<C extends ChannelName>(channel: C, input: unknown) {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A connection to the run's server; `who` picks the fixture's first or second user. */
function draft(bucketName: string | undefined, who: 'main' | 'other' = 'main') {
  const target = who === 'main' ? s3Target() : s3OtherTarget();
  if (target === undefined) throw new Error('the fixture made no second user');
  return {
    ...rgwConnectionDraft(`scoped-${who}`, target),
    ...(bucketName === undefined ? {} : { bucket: bucketName }),
  };
}

/** S3 operations a pooled client sends, by SDK command name. */
async function recordCommands(profileId: string): Promise<string[]> {
  const sent: string[] = [];
  (await clients.get(profileId)).middlewareStack.add(
    (next, context) => (args) => {
      sent.push(context.commandName ?? '?');
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  return sent;
}

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'scoped');
});
afterAll(async () => {
  clients.destroyAll();
  await bucket.remove();
  admin.destroy();
});
beforeEach(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'holdall-scoped-'));
  const store = new ProfileStore(dataDir, await createKeyFileCipher(dataDir));
  clients?.destroyAll();
  clients = new ClientPool(store);
  const handlers = createHandlers({
    store,
    clients,
    hostInfo: { kind: 'web', version: 'test', secretStorage: { kind: 'key-file', warning: null } },
    emit: () => undefined,
    homeDir: dataDir,
  });
  dispatch = createDispatcher(handlers, toAppError);
});

describe('bucket-only connections', () => {
  it('buckets.list answers the one bucket after a HeadBucket, and never sends ListBuckets', async () => {
    const profile = await value('profiles.save', draft(bucket.name));
    const sent = await recordCommands(profile.id);
    expect(await value('buckets.list', { profileId: profile.id })).toEqual([
      { name: bucket.name, createdAt: null },
    ]);
    expect(sent).toEqual(['HeadBucketCommand']);
  });

  it('a connection without a bucket still lists every bucket with ListBuckets', async () => {
    const profile = await value('profiles.save', draft(undefined));
    const sent = await recordCommands(profile.id);
    const rows = await value('buckets.list', { profileId: profile.id });
    expect(rows.map((r) => r.name)).toContain(bucket.name);
    expect(sent).toEqual(['ListBucketsCommand']);
  });

  it.skipIf(noOther)('a second user opens a bucket it was granted by policy', async () => {
    await admin.send(
      new PutBucketPolicyCommand({
        Bucket: bucket.name,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: ['arn:aws:iam:::user/holdall-other'] },
              Action: ['s3:ListBucket', 's3:GetObject'],
              Resource: [`arn:aws:s3:::${bucket.name}`, `arn:aws:s3:::${bucket.name}/*`],
            },
          ],
        }),
      }),
    );
    const profile = await value('profiles.save', draft(bucket.name, 'other'));
    const sent = await recordCommands(profile.id);
    expect(await value('buckets.list', { profileId: profile.id })).toEqual([
      { name: bucket.name, createdAt: null },
    ]);
    expect(sent).toEqual(['HeadBucketCommand']);
    expect(await value('profiles.test', { id: profile.id })).toMatchObject({
      bucket: bucket.name,
      bucketCount: 1,
    });
  });

  it('profiles.test of a draft reaches the bucket with HeadBucket', async () => {
    const result = await value('profiles.test', { draft: draft(bucket.name) });
    expect(result).toMatchObject({ bucket: bucket.name, bucketCount: 1 });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  // ListBuckets would succeed with these keys (it lists the user's own buckets), so a failure
  // proves the test asked HeadBucket about the named bucket.
  it('profiles.test fails in plain words for a bucket that does not exist', async () => {
    const result = await call('profiles.test', { draft: draft('t-no-such-bucket-holdall') });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'NoSuchBucket',
        message: 'There is no bucket "t-no-such-bucket-holdall" on this endpoint.',
      },
    });
  });

  it.skipIf(noOther)(
    'profiles.test says access is denied for a bucket of another owner',
    async () => {
      const other = await createTestBucket(admin, 'notyours');
      try {
        const result = await call('profiles.test', { draft: draft(other.name, 'other') });
        expect(result).toMatchObject({ ok: false, error: { code: 'AccessDenied' } });
        if (!result.ok) expect(result.error.message).toContain(`"${other.name}" was denied`);
      } finally {
        await other.remove();
      }
    },
  );

  it('buckets.list of a bucket-only connection whose bucket is gone says so', async () => {
    const profile = await value('profiles.save', draft('t-vanished-holdall'));
    expect(await call('buckets.list', { profileId: profile.id })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchBucket' },
    });
  });
});
