import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aclGrantsArbitrary,
  corsArbitrary,
  notificationArbitrary,
  policyArbitrary,
  replicationArbitrary,
  websiteArbitrary,
} from '../../../../shared/domain/config/config-arbitraries.js';
import type { AclGrant } from '../../../../shared/domain/config/acl.js';
import type { ReplicationConfig } from '../../../../shared/domain/config/replication.js';
import { dialects } from '../../s3/dialects.js';
import { getAcl, putAcl } from './acl.js';
import { getBucketCors, putBucketCors } from './cors.js';
import { echoS3Client } from './echo-s3.js';
import { getBucketNotification, putBucketNotification } from './notification.js';
import { getBucketPolicy, putBucketPolicy } from './policy.js';
import { getBucketReplication, putBucketReplication } from './replication.js';
import { getBucketWebsite, putBucketWebsite } from './website.js';

/** Each property runs this many generated configurations through the SDK's XML and back. */
const RUNS = 150;
const TIMEOUT_MS = 60_000;
const bucket = 'b';
const s = { client: echoS3Client(), dialect: dialects.aws };
const { client } = s;

/** Unset delete-marker replication goes out as "Disabled": AWS requires a value, and it is S3's default. */
function sentReplication(config: ReplicationConfig): ReplicationConfig {
  return {
    ...config,
    rules: config.rules.map((rule) => ({
      ...rule,
      deleteMarkerReplication: rule.deleteMarkerReplication ?? 'Disabled',
    })),
  };
}

describe('configuration codecs: put then get through the SDK gives the same model', () => {
  it(
    'website',
    async () => {
      await fc.assert(
        fc.asyncProperty(websiteArbitrary, async (website) => {
          await putBucketWebsite(client, bucket, website);
          expect(await getBucketWebsite(client, bucket)).toEqual({ state: 'set', config: website });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'CORS',
    async () => {
      await fc.assert(
        fc.asyncProperty(corsArbitrary, async (cors) => {
          await putBucketCors(client, bucket, cors);
          expect(await getBucketCors(client, bucket)).toEqual({ state: 'set', config: cors });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'replication, AWS fields included',
    async () => {
      const configs = replicationArbitrary({ destinations: ['dest-a', 'dest.b'], awsFields: true });
      await fc.assert(
        fc.asyncProperty(configs, async (replication) => {
          await putBucketReplication(s, bucket, replication);
          expect(await getBucketReplication(s.client, bucket)).toEqual({
            state: 'set',
            config: sentReplication(replication),
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'notification, queues and functions included',
    async () => {
      const configs = notificationArbitrary({
        topicArns: ['arn:aws:sns:us-east-1::t1', 'arn:aws:sns:eu-west-1:123456789012:t-2'],
        awsKinds: true,
      });
      await fc.assert(
        fc.asyncProperty(configs, async (notification) => {
          await putBucketNotification(s, bucket, notification);
          expect(await getBucketNotification(s.client, bucket)).toEqual({
            state: 'set',
            config: notification,
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'ACL grants, the owner keeping FULL_CONTROL first',
    async () => {
      await fc.assert(
        fc.asyncProperty(aclGrantsArbitrary(['owner', 'someone-else']), async (grants) => {
          await putAcl(s, { bucket }, { kind: 'grants', grants });
          const ownerFull: AclGrant = {
            grantee: { type: 'user', id: 'owner' },
            permission: 'FULL_CONTROL',
          };
          const others = grants.filter((g) => JSON.stringify(g) !== JSON.stringify(ownerFull));
          expect(await getAcl(s.client, { bucket })).toEqual({
            state: 'set',
            config: { owner: { id: 'owner' }, grants: [ownerFull, ...others] },
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'policy text, byte for byte',
    async () => {
      await fc.assert(
        fc.asyncProperty(policyArbitrary(bucket), async (policy) => {
          await putBucketPolicy(client, bucket, policy);
          expect(await getBucketPolicy(client, bucket)).toEqual({ state: 'set', config: policy });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
