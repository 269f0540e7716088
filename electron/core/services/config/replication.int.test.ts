import { GetBucketReplicationCommand, PutBucketVersioningCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { bucketArn } from '../../../../shared/domain/config/replication.js';
import type { ReplicationConfig } from '../../../../shared/domain/config/replication.js';
import { dialects } from '../../s3/dialects.js';
import {
  deleteBucketReplication,
  getBucketReplication,
  putBucketReplication,
} from './replication.js';
import { configTestRig } from './test-support.js';

const rig = configTestRig();

function twoRules(destination: string): ReplicationConfig {
  return {
    rules: [
      {
        id: 'logs',
        status: 'Enabled',
        priority: 1,
        prefix: 'logs/',
        tags: [],
        destination: { bucket: bucketArn(destination), storageClass: 'STANDARD' },
        deleteMarkerReplication: 'Disabled',
      },
      {
        id: 'media',
        status: 'Disabled',
        priority: 2,
        prefix: 'media/',
        tags: [],
        destination: { bucket: bucketArn(destination) },
      },
    ],
  };
}

async function enableVersioning(bucket: string): Promise<void> {
  await rig.admin.send(
    new PutBucketVersioningCommand({
      Bucket: bucket,
      VersioningConfiguration: { Status: 'Enabled' },
    }),
  );
}

describe('bucket replication (Put/Get/DeleteBucketReplication)', () => {
  it('reports a bucket without replication as none (RGW answers 200 with no rules)', async () => {
    const { name } = await rig.bucket('rep-none');
    expect(await getBucketReplication(rig.client, name)).toEqual({ state: 'none' });
  });

  it('refuses to replicate from an unversioned bucket, explaining why', async () => {
    const source = await rig.bucket('rep-unver');
    const target = await rig.bucket('rep-unver-dst');
    const failure = await putBucketReplication(
      rig.session(),
      source.name,
      twoRules(target.name),
    ).catch((err: unknown) => err);
    expect(failure).toMatchObject({
      code: 'VersioningNotEnabled',
      message: expect.stringContaining('enable versioning') as unknown,
    });
    // RGW itself would have taken it: the refusal is ours, so nothing may be stored.
    const stored = await rig.admin.send(new GetBucketReplicationCommand({ Bucket: source.name }));
    expect(stored.ReplicationConfiguration?.Rules ?? []).toEqual([]);
  });

  it('puts rules on a versioned bucket, reads them back, then deletes them', async () => {
    const source = await rig.bucket('rep');
    const target = await rig.bucket('rep-dst');
    await enableVersioning(source.name);
    await enableVersioning(target.name);
    const config = twoRules(target.name);

    await putBucketReplication(rig.session(), source.name, config);

    // RGW drops DeleteMarkerReplication: compare what it keeps.
    const stored = await rig.admin.send(new GetBucketReplicationCommand({ Bucket: source.name }));
    const essentials = (stored.ReplicationConfiguration?.Rules ?? []).map((r) => ({
      id: r.ID,
      status: r.Status,
      prefix: r.Filter?.Prefix ?? r.Prefix,
      destination: r.Destination?.Bucket,
    }));
    expect(essentials).toEqual([
      { id: 'logs', status: 'Enabled', prefix: 'logs/', destination: bucketArn(target.name) },
      { id: 'media', status: 'Disabled', prefix: 'media/', destination: bucketArn(target.name) },
    ]);

    const got = await getBucketReplication(rig.client, source.name);
    expect(got.state).toBe('set');
    expect(got.state === 'set' && got.config.rules).toMatchObject([
      {
        id: 'logs',
        status: 'Enabled',
        priority: 1,
        prefix: 'logs/',
        destination: config.rules[0]?.destination,
      },
      { id: 'media', status: 'Disabled', priority: 2, prefix: 'media/' },
    ]);

    await deleteBucketReplication(rig.client, source.name);
    expect(await getBucketReplication(rig.client, source.name)).toEqual({ state: 'none' });
  });

  it('applies the provider rules before sending anything', async () => {
    const source = await rig.bucket('rep-jd');
    const target = await rig.bucket('rep-jd-dst');
    await enableVersioning(source.name);
    const [logs, media] = twoRules(target.name).rules;
    if (logs === undefined || media === undefined) throw new Error('twoRules has two rules');
    // JD Cloud refuses prefixes that overlap.
    const overlapping = { rules: [logs, { ...media, prefix: 'logs/old/' }] };

    const failure = await putBucketReplication(
      rig.session(dialects.jdcloud),
      source.name,
      overlapping,
    ).catch((err: unknown) => err);

    expect(failure).toMatchObject({
      code: 'UnsupportedByProvider',
      message: expect.stringContaining('"logs/" and "logs/old/"') as unknown,
    });
    const stored = await rig.admin.send(new GetBucketReplicationCommand({ Bucket: source.name }));
    expect(stored.ReplicationConfiguration?.Rules ?? []).toEqual([]);
  });

  it('moves the rules to another destination bucket, the server still answering', async () => {
    const { name } = await rig.bucket('repl-move');
    const first = await rig.bucket('repl-first');
    const second = await rig.bucket('repl-second');
    await enableVersioning(name);

    await putBucketReplication(rig.session(), name, twoRules(first.name));
    // RGW 16.2 segfaulted on this PUT: it leaves out the destination the stored rules have.
    await putBucketReplication(rig.session(), name, twoRules(second.name));

    const stored = await getBucketReplication(rig.client, name);
    expect(stored.state === 'set' && stored.config.rules.map((r) => r.destination.bucket)).toEqual([
      bucketArn(second.name),
      bucketArn(second.name),
    ]);
  });
});
