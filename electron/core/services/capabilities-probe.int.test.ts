import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bucketCapabilitiesSchema,
  capabilityFeatures,
} from '../../../shared/domain/capabilities.js';
import {
  adminClient,
  createTestBucket,
  s3Target,
  uniqueBucketName,
} from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { capabilitiesHandlers } from '../handlers/capabilities.js';
import { ProfileStore } from '../profiles/profile-store.js';
import { ClientPool } from '../s3/client-pool.js';
import { createS3Client } from '../s3/client-factory.js';
import { dialects } from '../s3/dialects.js';
import { toAppError } from '../s3/errors.js';
import { s3ErrorBody, startFakeS3 } from '../s3/test-servers/fake-s3.js';
import type { FakeAnswer, FakeS3 } from '../s3/test-servers/fake-s3.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { probeCapabilities } from './capabilities-probe.js';

const ctx = { signal: new AbortController().signal };
const admin = adminClient();
let dataDir: string;
let clients: ClientPool;
let probe: ReturnType<typeof capabilitiesHandlers>['capabilities.probe'];
let profileId: string;
let bucket: TestBucket;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'holdall-capabilities-'));
  const store = new ProfileStore(dataDir, await createKeyFileCipher(dataDir));
  const target = s3Target();
  profileId = (
    await store.save({
      name: 'rgw',
      provider: 'ceph',
      addressing: 'path',
      endpoint: target.endpoint,
      region: target.region,
      accessKeyId: target.accessKeyId,
      secretAccessKey: target.secretAccessKey,
    })
  ).id;
  clients = new ClientPool(store);
  const hostInfo = {
    kind: 'web',
    version: 'test',
    secretStorage: { kind: 'key-file', warning: null },
  } as const;
  probe = capabilitiesHandlers({ store, clients, hostInfo, emit: () => undefined })[
    'capabilities.probe'
  ];
  bucket = await createTestBucket(admin, 'capabilities');
});
afterAll(async () => {
  await bucket.remove();
  clients.destroyAll();
  admin.destroy();
  await rm(dataDir, { recursive: true, force: true });
});

describe('capabilities.probe against RGW', () => {
  it('finds every seed configuration supported (website needs rgw_enable_static_website)', async () => {
    const result = bucketCapabilitiesSchema.parse(
      await probe({ profileId, bucket: bucket.name }, ctx),
    );
    for (const feature of capabilityFeatures) {
      expect({ feature, ...result[feature] }).toEqual({ feature, status: 'supported' });
    }
    expect(Date.parse(result.checkedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('answers from the cache until asked to refresh', async () => {
    const first = await probe({ profileId, bucket: bucket.name }, ctx);
    expect(await probe({ profileId, bucket: bucket.name }, ctx)).toBe(first);
    const fresh = await probe({ profileId, bucket: bucket.name, refresh: true }, ctx);
    expect(fresh).not.toBe(first);
    expect(await probe({ profileId, bucket: bucket.name }, ctx)).toBe(fresh);
  });

  it('fails as a whole with NoSuchBucket for a bucket that is not there', async () => {
    const failure = await probe({ profileId, bucket: uniqueBucketName('missing') }, ctx).then(
      () => undefined,
      (err: unknown) => toAppError(err),
    );
    expect(failure).toMatchObject({ code: 'NoSuchBucket' });
  });
});

describe('probeCapabilities against a server lacking features', () => {
  // One answer per configuration, each a real HTTP reply parsed by the real SDK.
  const answers: Record<string, FakeAnswer> = {
    policy: { status: 403, body: s3ErrorBody('AccessDenied', 'Access Denied') },
    acl: {
      status: 200,
      body: '<AccessControlPolicy><Owner><ID>me</ID></Owner><AccessControlList/></AccessControlPolicy>',
    },
    cors: { status: 501, body: s3ErrorBody('NotImplemented', 'Not implemented') },
    website: { status: 404, body: s3ErrorBody('NoSuchWebsiteConfiguration', 'None') },
    replication: { status: 405, body: s3ErrorBody('MethodNotAllowed', 'Not allowed') },
    notification: { status: 501, body: s3ErrorBody('NotImplemented', 'Not implemented') },
    versioning: { status: 200, body: '<VersioningConfiguration/>' },
    tagging: { status: 404, body: s3ErrorBody('NoSuchTagSet', 'There is no tag set') },
    publicAccessBlock: {
      status: 404,
      body: s3ErrorBody('NoSuchPublicAccessBlockConfiguration', 'None'),
    },
    requestPayment: { status: 501, body: s3ErrorBody('NotImplemented', 'Not implemented') },
    // A bucket created without object lock: the feature exists.
    'object-lock': {
      status: 404,
      body: s3ErrorBody('ObjectLockConfigurationNotFoundError', 'No object lock'),
    },
    lifecycle: { status: 501, body: s3ErrorBody('NotImplemented', 'Not implemented') },
  };
  let server: FakeS3;

  beforeAll(async () => {
    server = await startFakeS3((req) => {
      const query = new URL(req.url ?? '/', 'http://x').searchParams;
      const feature = Object.keys(answers).find((name) => query.has(name));
      return (
        (feature && answers[feature]) || { status: 501, body: s3ErrorBody('NotImplemented', '') }
      );
    });
  });
  afterAll(() => server.close());

  function clientFor(provider: 'generic' | 'minio' | 'jdcloud') {
    return createS3Client({
      provider,
      endpoint: server.endpoint,
      region: 'us-east-1',
      addressing: 'path',
      accessKeyId: 'fake',
      secretAccessKey: 'fake',
    });
  }

  it('marks NotImplemented and MethodNotAllowed unsupported, 404 no-configuration supported', async () => {
    const client = clientFor('generic');
    try {
      const result = await probeCapabilities(client, dialects.generic, 'bucket');
      expect(result).toMatchObject({
        policy: { status: 'unknown', reason: 'AccessDenied (HTTP 403)' },
        acl: { status: 'supported' },
        cors: { status: 'unsupported', reason: 'NotImplemented (HTTP 501)' },
        website: { status: 'supported' },
        replication: { status: 'unsupported', reason: 'MethodNotAllowed (HTTP 405)' },
        notification: { status: 'unsupported', reason: 'NotImplemented (HTTP 501)' },
        versioning: { status: 'supported' },
        tagging: { status: 'supported' },
        publicAccessBlock: { status: 'supported' },
        requestPayment: { status: 'unsupported', reason: 'NotImplemented (HTTP 501)' },
        objectLock: { status: 'supported' },
        lifecycle: { status: 'unsupported', reason: 'NotImplemented (HTTP 501)' },
      });
    } finally {
      client.destroy();
    }
  });

  it("skips what the provider's dialect lists as unsupported, sending no request", async () => {
    const client = clientFor('minio');
    const before = server.requests.length;
    try {
      const result = await probeCapabilities(client, dialects.minio, 'bucket');
      expect(result.website).toEqual({
        status: 'unsupported',
        reason: 'MinIO does not support GetBucketWebsite.',
      });
      const sent = server.requests.slice(before);
      expect(sent).toHaveLength(capabilityFeatures.length - 1);
      expect(sent.some((line) => line.includes('website'))).toBe(false);
    } finally {
      client.destroy();
    }
  });

  it('reports what JD Cloud OSS does not offer from its dialect, asking nothing', async () => {
    const client = clientFor('jdcloud');
    const before = server.requests.length;
    try {
      const result = await probeCapabilities(client, dialects.jdcloud, 'bucket');
      expect(result.publicAccessBlock).toEqual({
        status: 'unsupported',
        reason: 'JD Cloud OSS does not support public access block.',
      });
      expect(result.requestPayment).toEqual({
        status: 'unsupported',
        reason: 'JD Cloud OSS does not support requester pays.',
      });
      expect(result.objectLock).toEqual({
        status: 'unsupported',
        reason: 'JD Cloud OSS does not support object lock.',
      });
      expect(result.versions).toEqual({
        status: 'unsupported',
        reason: 'JD Cloud OSS does not support object versions.',
      });
      const sent = server.requests.slice(before);
      const lacking = Object.keys(dialects.jdcloud.unsupportedFeatures);
      expect(sent).toHaveLength(capabilityFeatures.length - lacking.length);
      expect(
        sent.some((line) => /publicAccessBlock|requestPayment|object-lock|versions/.test(line)),
      ).toBe(false);
    } finally {
      client.destroy();
    }
  });
});
