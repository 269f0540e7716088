import type { configChannels } from '../../../shared/contract/channels/config.js';
import { getAcl, putAcl } from '../services/config/acl.js';
import { deleteBucketCors, getBucketCors, putBucketCors } from '../services/config/cors.js';
import {
  deleteBucketNotification,
  getBucketNotification,
  putBucketNotification,
} from '../services/config/notification.js';
import { deleteBucketPolicy, getBucketPolicy, putBucketPolicy } from '../services/config/policy.js';
import {
  deleteBucketReplication,
  getBucketReplication,
  putBucketReplication,
} from '../services/config/replication.js';
import {
  deleteBucketTagging,
  getBucketTagging,
  putBucketTagging,
} from '../services/config/tagging.js';
import { createTopic, deleteTopic, listTopics } from '../services/config/topics.js';
import {
  deleteBucketWebsite,
  getBucketWebsite,
  putBucketWebsite,
} from '../services/config/website.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

const done = {};

export function configHandlers({ clients }: CoreDeps): DomainHandlers<typeof configChannels> {
  const client = (profileId: string) => clients.get(profileId);
  const session = (profileId: string) => clients.session(profileId);

  return {
    'config.policy.get': async ({ profileId, bucket }, { signal }) =>
      getBucketPolicy(await client(profileId), bucket, signal),
    'config.policy.put': async ({ profileId, bucket, policy }, { signal }) => {
      await putBucketPolicy(await client(profileId), bucket, policy, signal);
      return done;
    },
    'config.policy.delete': async ({ profileId, bucket }, { signal }) => {
      await deleteBucketPolicy(await client(profileId), bucket, signal);
      return done;
    },

    'config.acl.get': async ({ profileId, bucket, key }, { signal }) =>
      getAcl(await client(profileId), { bucket, key }, signal),
    'config.acl.put': async ({ profileId, bucket, key, acl }, { signal }) => {
      await putAcl(await session(profileId), { bucket, key }, acl, signal);
      return done;
    },

    'config.cors.get': async ({ profileId, bucket }, { signal }) =>
      getBucketCors(await client(profileId), bucket, signal),
    'config.cors.put': async ({ profileId, bucket, cors }, { signal }) => {
      await putBucketCors(await client(profileId), bucket, cors, signal);
      return done;
    },
    'config.cors.delete': async ({ profileId, bucket }, { signal }) => {
      await deleteBucketCors(await client(profileId), bucket, signal);
      return done;
    },

    'config.website.get': async ({ profileId, bucket }, { signal }) =>
      getBucketWebsite(await client(profileId), bucket, signal),
    'config.website.put': async ({ profileId, bucket, website }, { signal }) => {
      await putBucketWebsite(await client(profileId), bucket, website, signal);
      return done;
    },
    'config.website.delete': async ({ profileId, bucket }, { signal }) => {
      await deleteBucketWebsite(await client(profileId), bucket, signal);
      return done;
    },

    'config.replication.get': async ({ profileId, bucket }, { signal }) =>
      getBucketReplication(await client(profileId), bucket, signal),
    'config.replication.put': async ({ profileId, bucket, replication }, { signal }) => {
      await putBucketReplication(await session(profileId), bucket, replication, signal);
      return done;
    },
    'config.replication.delete': async ({ profileId, bucket }, { signal }) => {
      await deleteBucketReplication(await client(profileId), bucket, signal);
      return done;
    },

    'config.notification.get': async ({ profileId, bucket }, { signal }) =>
      getBucketNotification(await client(profileId), bucket, signal),
    'config.notification.put': async ({ profileId, bucket, notification }, { signal }) => {
      await putBucketNotification(await session(profileId), bucket, notification, signal);
      return done;
    },
    'config.notification.delete': async ({ profileId, bucket }, { signal }) => {
      await deleteBucketNotification(await client(profileId), bucket, signal);
      return done;
    },

    'config.tagging.get': async ({ profileId, bucket }, { signal }) =>
      getBucketTagging(await client(profileId), bucket, signal),
    'config.tagging.put': async ({ profileId, bucket, tagging }, { signal }) => {
      await putBucketTagging(await client(profileId), bucket, tagging, signal);
      return done;
    },
    'config.tagging.delete': async ({ profileId, bucket }, { signal }) => {
      await deleteBucketTagging(await client(profileId), bucket, signal);
      return done;
    },

    'topics.list': async ({ profileId }, { signal }) =>
      listTopics((await session(profileId)).profile, signal),
    'topics.create': async ({ profileId, ...draft }, { signal }) =>
      createTopic((await session(profileId)).profile, draft, signal),
    'topics.delete': async ({ profileId, arn }, { signal }) => {
      await deleteTopic((await session(profileId)).profile, arn, signal);
      return done;
    },
  };
}
