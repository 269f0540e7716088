import { randomBytes } from 'node:crypto';
import { PutBucketVersioningCommand } from '@aws-sdk/client-s3';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../../../shared/contract/channels.js';
import {
  aclGrantsArbitrary,
  corsArbitrary,
  notificationArbitrary,
  policyArbitrary,
  replicationArbitrary,
  taggingArbitrary,
  websiteArbitrary,
} from '../../../../shared/domain/config/config-arbitraries.js';
import type { AclGrant } from '../../../../shared/domain/config/acl.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import { configContract, PROFILE_ID } from './contract-rig.js';
import {
  rgwAcl,
  rgwCors,
  rgwNotification,
  rgwReplication,
  rgwTagging,
  rgwWebsite,
} from './rgw-normalisations.js';
import { configTestRig } from './test-support.js';
import { createTopic, deleteTopic } from './topics.js';

/**
 * Arbitrary valid configurations → put → get → the same configuration, modulo what RGW is
 * documented to normalise (docs/rgw-quirks.md, `rgw-normalisations.ts`). Runs are few (each is
 * two or three real requests) so the file stays under a minute.
 */
const RUNS = 12;
const TIMEOUT_MS = 60_000;

const rig = configTestRig();
const call = configContract(rig);
const topicArns: string[] = [];

beforeAll(async () => {
  for (const n of [1, 2]) {
    const topic = await createTopic(rig.settings, {
      name: `rt-${n}-${randomBytes(4).toString('hex')}`,
      pushEndpoint: 'http://127.0.0.1:9/unused',
      persistent: false,
    });
    topicArns.push(topic.arn);
  }
});
afterAll(async () => {
  await Promise.all(topicArns.map((arn) => deleteTopic(rig.settings, arn)));
});

interface RoundTrip<T> {
  configs: Arbitrary<T>;
  put(config: T): Promise<unknown>;
  get(): Promise<ConfigState<T>>;
  /** The put channel's whole input for a configuration, to check get's answer against it. */
  putInput(config: T): object;
  putChannel: keyof typeof channels;
  /** What RGW stores for a configuration, and how its answer compares (order it ignores). */
  stored?: (config: T) => T;
}

async function roundTrips<T>(t: RoundTrip<T>): Promise<void> {
  const same = t.stored ?? ((config: T) => config);
  await fc.assert(
    fc.asyncProperty(t.configs, async (config) => {
      await t.put(config);
      const got = await t.get();
      expect(got.state).toBe('set');
      if (got.state !== 'set') return;
      expect(same(got.config)).toEqual(same(config));
      // What get answered, put takes back as it is.
      const again = channels[t.putChannel].input.safeParse(t.putInput(got.config));
      expect(again.error, `${t.putChannel} refuses what get answered`).toBeUndefined();
    }),
    { numRuns: RUNS },
  );
}

describe('configurations round-trip through the contract against RGW', () => {
  it(
    'website',
    async () => {
      const { name: bucket } = await rig.bucket('rt-web');
      const at = { profileId: PROFILE_ID, bucket };
      await roundTrips({
        configs: websiteArbitrary,
        put: (website) => call('config.website.put', { ...at, website }),
        get: () => call('config.website.get', at),
        putInput: (website) => ({ ...at, website }),
        putChannel: 'config.website.put',
        stored: rgwWebsite,
      });
    },
    TIMEOUT_MS,
  );

  it(
    'CORS',
    async () => {
      const { name: bucket } = await rig.bucket('rt-cors');
      const at = { profileId: PROFILE_ID, bucket };
      await roundTrips({
        configs: corsArbitrary,
        put: (cors) => call('config.cors.put', { ...at, cors }),
        get: () => call('config.cors.get', at),
        putInput: (cors) => ({ ...at, cors }),
        putChannel: 'config.cors.put',
        stored: rgwCors,
      });
    },
    TIMEOUT_MS,
  );

  it(
    'bucket tags',
    async () => {
      const { name: bucket } = await rig.bucket('rt-tags');
      const at = { profileId: PROFILE_ID, bucket };
      await roundTrips({
        configs: taggingArbitrary,
        put: (tagging) => call('config.tagging.put', { ...at, tagging }),
        get: () => call('config.tagging.get', at),
        putInput: (tagging) => ({ ...at, tagging }),
        putChannel: 'config.tagging.put',
        stored: rgwTagging,
      });
    },
    TIMEOUT_MS,
  );

  it(
    'replication',
    async () => {
      const { name: bucket } = await rig.bucket('rt-repl');
      const destinations = [(await rig.bucket('rt-dst')).name, (await rig.bucket('rt-dst')).name];
      await rig.admin.send(
        new PutBucketVersioningCommand({
          Bucket: bucket,
          VersioningConfiguration: { Status: 'Enabled' },
        }),
      );
      const at = { profileId: PROFILE_ID, bucket };
      await roundTrips({
        configs: replicationArbitrary({ destinations, awsFields: false }),
        put: (replication) => call('config.replication.put', { ...at, replication }),
        get: () => call('config.replication.get', at),
        putInput: (replication) => ({ ...at, replication }),
        putChannel: 'config.replication.put',
        stored: rgwReplication,
      });
    },
    TIMEOUT_MS,
  );

  it(
    'notification',
    async () => {
      const { name: bucket } = await rig.bucket('rt-ntf');
      const at = { profileId: PROFILE_ID, bucket };
      await roundTrips({
        configs: notificationArbitrary({ topicArns, awsKinds: false }),
        put: (notification) => call('config.notification.put', { ...at, notification }),
        get: () => call('config.notification.get', at),
        putInput: (notification) => ({ ...at, notification }),
        putChannel: 'config.notification.put',
        stored: rgwNotification,
      });
    },
    TIMEOUT_MS,
  );

  it(
    'ACL grants',
    async () => {
      const { name: bucket } = await rig.bucket('rt-acl');
      const at = { profileId: PROFILE_ID, bucket };
      const before = await call('config.acl.get', at);
      if (before.state !== 'set') throw new Error('an ACL always exists');
      const { owner } = before.config;
      const ownerFull: AclGrant = {
        grantee: { type: 'user', id: owner.id },
        permission: 'FULL_CONTROL',
      };
      const isOwnerFull = (g: AclGrant) => JSON.stringify(g) === JSON.stringify(ownerFull);
      await roundTrips({
        // RGW knows no LogDelivery group. The owner keeps FULL_CONTROL whatever is sent.
        configs: aclGrantsArbitrary([owner.id], ['AllUsers', 'AuthenticatedUsers']).map(
          (grants) => ({ owner, grants: [ownerFull, ...grants.filter((g) => !isOwnerFull(g))] }),
        ),
        put: ({ grants }) => call('config.acl.put', { ...at, acl: { kind: 'grants', grants } }),
        get: () => call('config.acl.get', at),
        putInput: ({ grants }) => ({ ...at, acl: { kind: 'grants', grants } }),
        putChannel: 'config.acl.put',
        stored: rgwAcl,
      });
    },
    TIMEOUT_MS,
  );

  it(
    'policy',
    async () => {
      const { name: bucket } = await rig.bucket('rt-policy');
      const at = { profileId: PROFILE_ID, bucket };
      try {
        await roundTrips({
          configs: policyArbitrary(bucket),
          put: (policy) => call('config.policy.put', { ...at, policy }),
          get: () => call('config.policy.get', at),
          putInput: (policy) => ({ ...at, policy }),
          putChannel: 'config.policy.put',
        });
      } finally {
        // A generated Deny of s3:ListBucket would stop the bucket's removal, owner included.
        await call('config.policy.delete', at);
      }
    },
    TIMEOUT_MS,
  );
});
