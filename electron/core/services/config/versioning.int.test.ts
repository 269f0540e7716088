import { GetBucketVersioningCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { configTestRig } from './test-support.js';
import { getBucketVersioning, putBucketVersioning } from './versioning.js';

const rig = configTestRig();

describe('bucket versioning (versioning.get / versioning.put)', () => {
  it('reads a new bucket as off, enables versioning, then suspends it', async () => {
    const { name } = await rig.bucket('ver');
    expect(await getBucketVersioning(rig.client, name)).toBe('Off');

    await putBucketVersioning(rig.client, name, 'Enabled');
    const enabled = await rig.admin.send(new GetBucketVersioningCommand({ Bucket: name }));
    expect(enabled.Status).toBe('Enabled');
    expect(await getBucketVersioning(rig.client, name)).toBe('Enabled');

    await putBucketVersioning(rig.client, name, 'Suspended');
    expect(await getBucketVersioning(rig.client, name)).toBe('Suspended');
  });
});
