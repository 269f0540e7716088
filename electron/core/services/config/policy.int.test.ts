import { GetBucketPolicyCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { s3Target } from '../../../../e2e/fixtures/s3.js';
import { deleteBucketPolicy, getBucketPolicy, putBucketPolicy } from './policy.js';
import { configTestRig } from './test-support.js';

const rig = configTestRig();

const publicRead = (bucket: string): string =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'PublicRead',
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${bucket}/public/*`,
      },
    ],
  });

const objectUrl = (bucket: string, key: string): string =>
  `${s3Target().endpoint}/${bucket}/${key}`;

describe('bucket policy (Get/Put/DeleteBucketPolicy)', () => {
  it('reports a bucket without a policy as none', async () => {
    const { name } = await rig.bucket('pol-none');
    expect(await getBucketPolicy(rig.client, name)).toEqual({ state: 'none' });
  });

  it('puts a policy the server stores and honours for anonymous readers, then deletes it', async () => {
    const bucket = await rig.bucket('pol');
    await bucket.put({ 'public/hello.txt': 'hello', 'private/secret.txt': 'secret' });
    const policy = publicRead(bucket.name);

    await putBucketPolicy(rig.client, bucket.name, policy);

    const stored = await rig.admin.send(new GetBucketPolicyCommand({ Bucket: bucket.name }));
    expect(JSON.parse(stored.Policy ?? '')).toEqual(JSON.parse(policy));
    const got = await getBucketPolicy(rig.client, bucket.name);
    expect(got.state === 'set' && JSON.parse(got.config)).toEqual(JSON.parse(policy));

    const open = await fetch(objectUrl(bucket.name, 'public/hello.txt'));
    expect(open.status).toBe(200);
    expect(await open.text()).toBe('hello');
    const closed = await fetch(objectUrl(bucket.name, 'private/secret.txt'));
    expect(closed.status).toBe(403);

    await deleteBucketPolicy(rig.client, bucket.name);
    expect(await getBucketPolicy(rig.client, bucket.name)).toEqual({ state: 'none' });
    await expect(
      rig.admin.send(new GetBucketPolicyCommand({ Bucket: bucket.name })),
    ).rejects.toMatchObject({ name: 'NoSuchBucketPolicy' });
    expect((await fetch(objectUrl(bucket.name, 'public/hello.txt'))).status).toBe(403);
  });
});
