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
import { createTopic, listTopics } from '../services/config/topics.js';
import {
  deleteBucketWebsite,
  getBucketWebsite,
  putBucketWebsite,
} from '../services/config/website.js';
import { configTriadHandlers, onClient } from './config-triad.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function configHandlers({ clients }: CoreDeps): DomainHandlers<typeof configChannels> {
  const session = (profileId: string) => clients.session(profileId);

  return {
    ...configTriadHandlers(clients, 'policy', {
      get: getBucketPolicy,
      put: onClient(putBucketPolicy),
      delete: deleteBucketPolicy,
    }),

    'config.acl.get': async ({ profileId, bucket, key }, { signal }) =>
      getAcl(await clients.get(profileId), { bucket, key }, signal),
    'config.acl.put': async ({ profileId, bucket, key, acl }, { signal }) => {
      await putAcl(await session(profileId), { bucket, key }, acl, signal);
      return {};
    },

    ...configTriadHandlers(clients, 'cors', {
      get: getBucketCors,
      put: onClient(putBucketCors),
      delete: deleteBucketCors,
    }),
    ...configTriadHandlers(clients, 'website', {
      get: getBucketWebsite,
      put: onClient(putBucketWebsite),
      delete: deleteBucketWebsite,
    }),
    ...configTriadHandlers(clients, 'replication', {
      get: getBucketReplication,
      put: putBucketReplication,
      delete: deleteBucketReplication,
    }),
    ...configTriadHandlers(clients, 'notification', {
      get: getBucketNotification,
      put: putBucketNotification,
      delete: deleteBucketNotification,
    }),
    ...configTriadHandlers(clients, 'tagging', {
      get: getBucketTagging,
      put: onClient(putBucketTagging),
      delete: deleteBucketTagging,
    }),

    'topics.list': async ({ profileId }, { signal }) =>
      listTopics((await session(profileId)).profile, signal),
    'topics.create': async ({ profileId, ...draft }, { signal }) =>
      createTopic((await session(profileId)).profile, draft, signal),
  };
}
