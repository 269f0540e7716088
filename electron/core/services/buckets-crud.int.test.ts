import {
  CreateBucketCommand,
  DeleteBucketCommand,
  GetBucketAclCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
} from '@aws-sdk/client-s3';
import type { Grant, S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket, uniqueBucketName } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { toAppError } from '../s3/errors.js';
import { AppError } from '../../../shared/contract/envelope.js';
import { testSettings } from '../test-support.js';
import { createBucket } from './buckets-create.js';
import { deleteBucket } from './buckets-delete.js';
import { headBucket } from './buckets-head.js';

const admin = adminClient();
const client = createS3Client(testSettings());
/** Buckets a test made; whatever is left is removed after it. */
const made: { remove(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((b) => b.remove()));
});
afterAll(() => {
  client.destroy();
  admin.destroy();
});

/** A name for a bucket the code under test creates, removed after the test if it still exists. */
function bucketToCreate(label: string): string {
  const name = uniqueBucketName(label);
  made.push({
    remove: () =>
      admin.send(new DeleteBucketCommand({ Bucket: name })).then(
        () => undefined,
        () => undefined,
      ),
  });
  return name;
}

async function testBucket(label: string) {
  const bucket = await createTestBucket(admin, label);
  made.push(bucket);
  return bucket;
}

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    // What the dispatcher does with a thrown error.
    (err: unknown) => (err instanceof AppError ? err.toShape() : toAppError(err)),
  );

async function adminHeadStatus(bucket: string): Promise<number | undefined> {
  return admin.send(new HeadBucketCommand({ Bucket: bucket })).then(
    (out) => out.$metadata.httpStatusCode,
    (err: { $metadata?: { httpStatusCode?: number } }) => err.$metadata?.httpStatusCode,
  );
}

/** Holdall's client as the run's second user, when the fixture made one. */
function otherClient(): S3Client | undefined {
  const { S3_OTHER_ACCESS_KEY_ID, S3_OTHER_SECRET_ACCESS_KEY } = process.env;
  if (!S3_OTHER_ACCESS_KEY_ID || !S3_OTHER_SECRET_ACCESS_KEY) return undefined;
  return createS3Client({
    ...testSettings(),
    accessKeyId: S3_OTHER_ACCESS_KEY_ID,
    secretAccessKey: S3_OTHER_SECRET_ACCESS_KEY,
  });
}

/** Grants as "who:permission", the owner shown as "owner". */
function grantsOf(grants: Grant[] | undefined, ownerId: string | undefined): string[] {
  return (grants ?? [])
    .map(({ Grantee, Permission }) => {
      const who =
        Grantee?.ID === ownerId ? 'owner' : (Grantee?.URI?.split('/').pop() ?? Grantee?.ID);
      return `${who}:${Permission}`;
    })
    .sort();
}

describe('createBucket (CreateBucket)', () => {
  const expected = {
    private: ['owner:FULL_CONTROL'],
    'public-read': ['AllUsers:READ', 'owner:FULL_CONTROL'],
    'public-read-write': ['AllUsers:READ', 'AllUsers:WRITE', 'owner:FULL_CONTROL'],
    'authenticated-read': ['AuthenticatedUsers:READ', 'owner:FULL_CONTROL'],
  } as const;

  for (const [acl, grants] of Object.entries(expected)) {
    it(`creates a bucket whose ACL is the canned ${acl}`, async () => {
      const bucket = bucketToCreate('acl');
      await createBucket(client, { bucket, acl: acl as keyof typeof expected });
      const out = await admin.send(new GetBucketAclCommand({ Bucket: bucket }));
      expect(grantsOf(out.Grants, out.Owner?.ID)).toEqual(grants);
    });
  }

  it('creates in the server region when it is named', async () => {
    const bucket = bucketToCreate('region');
    await createBucket(client, { bucket, region: testSettings().region });
    expect(await adminHeadStatus(bucket)).toBe(200);
  });

  it('answers InvalidLocationConstraint, as a value, for a region the server does not serve', async () => {
    const bucket = bucketToCreate('elsewhere');
    const failure = await failureOf(createBucket(client, { bucket, region: 'eu-west-1' }));
    expect(failure).toMatchObject({
      code: 'InvalidLocationConstraint',
      details: { s3Code: 'InvalidLocationConstraint', status: 400 },
    });
    expect(await adminHeadStatus(bucket)).toBe(404);
  });

  it("answers BucketAlreadyExists, as a value, for another user's name", async (ctx) => {
    const other = otherClient();
    if (other === undefined) {
      console.log(
        'skipped: no second RGW user (S3_OTHER_ACCESS_KEY_ID / _SECRET_ACCESS_KEY unset)',
      );
      ctx.skip();
      return;
    }
    try {
      const taken = await testBucket('taken');
      await taken.put({ 'keep.txt': 'x' });
      const failure = await failureOf(createBucket(other, { bucket: taken.name }));
      expect(failure).toMatchObject({ code: 'BucketAlreadyExists', details: { status: 409 } });
      expect(await adminHeadStatus(taken.name)).toBe(200);
    } finally {
      other.destroy();
    }
  });

  it('answers BucketAlreadyOwnedByYou for a bucket we own, and leaves it as it was', async () => {
    const mine = await testBucket('again');
    await mine.put({ 'keep.txt': 'x' });
    // RGW answers 200 to this; asked with an ACL it would also make the bucket public.
    const failure = await failureOf(
      createBucket(client, { bucket: mine.name, acl: 'public-read' }),
    );
    expect(failure).toMatchObject({
      code: 'BucketAlreadyOwnedByYou',
      message: 'You already own a bucket with this name.',
    });
    const listed = await admin.send(new ListObjectsV2Command({ Bucket: mine.name }));
    expect(listed.KeyCount).toBe(1);
    const acl = await admin.send(new GetBucketAclCommand({ Bucket: mine.name }));
    expect(grantsOf(acl.Grants, acl.Owner?.ID)).toEqual(['owner:FULL_CONTROL']);
  });
});

describe('headBucket (HeadBucket)', () => {
  it('says exists for a bucket we own', async () => {
    const bucket = await testBucket('head');
    const head = await headBucket(client, bucket.name);
    expect(head.state).toBe('exists');
  });

  it('says missing for a bucket nobody has', async () => {
    expect(await headBucket(client, uniqueBucketName('nobody'))).toEqual({ state: 'missing' });
  });

  it("says forbidden for another user's private bucket", async (ctx) => {
    const other = otherClient();
    if (other === undefined) {
      console.log(
        'skipped: no second RGW user (S3_OTHER_ACCESS_KEY_ID / _SECRET_ACCESS_KEY unset)',
      );
      ctx.skip();
      return;
    }
    try {
      const bucket = await testBucket('private');
      expect(await headBucket(other, bucket.name)).toEqual({ state: 'forbidden' });
    } finally {
      other.destroy();
    }
  });
});

describe('deleteBucket (DeleteBucket)', () => {
  it('deletes an empty bucket', async () => {
    const bucket = bucketToCreate('empty');
    await admin.send(new CreateBucketCommand({ Bucket: bucket }));
    await deleteBucket(client, { bucket });
    expect(await adminHeadStatus(bucket)).toBe(404);
  });

  it('refuses a bucket with objects with BucketNotEmpty unless asked to empty it', async () => {
    const bucket = await testBucket('full');
    await bucket.put({ 'a.txt': 'x' });
    const failure = await failureOf(deleteBucket(client, { bucket: bucket.name }));
    expect(failure).toMatchObject({ code: 'BucketNotEmpty', details: { status: 409 } });
    expect(await adminHeadStatus(bucket.name)).toBe(200);
  });
});
