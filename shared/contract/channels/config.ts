import { z } from 'zod';
import { aclChangeSchema, aclSchema, bucketCannedAcls } from '../../domain/config/acl.js';
import { corsConfigSchema } from '../../domain/config/cors.js';
import { notificationConfigSchema } from '../../domain/config/notification.js';
import { policyTextSchema } from '../../domain/config/policy.js';
import { replicationConfigSchema } from '../../domain/config/replication.js';
import { configStateSchema } from '../../domain/config/state.js';
import { topicArnSchema, topicDraftSchema, topicSchema } from '../../domain/config/topics.js';
import { websiteConfigSchema } from '../../domain/config/website.js';
import { objectKeySchema } from '../../domain/object-key.js';
import { bucketTagsSchema, storedBucketTagsSchema } from '../../domain/tags.js';
import { profileIdSchema } from '../../domain/profile.js';
import { bucketRef } from './buckets.js';

const done = z.object({}).strict();
const inBucket = z.object(bucketRef).strict();

/** Without `key` the bucket's ACL, with it the object's. */
const aclTarget = {
  ...bucketRef,
  key: objectKeySchema.optional(),
};

const aclPutInput = z
  .object({ ...aclTarget, acl: aclChangeSchema })
  .strict()
  .superRefine((input, ctx) => {
    if (input.key !== undefined || input.acl.kind !== 'canned') return;
    if (!(bucketCannedAcls as readonly string[]).includes(input.acl.acl)) {
      ctx.addIssue({
        code: 'custom',
        path: ['acl', 'acl'],
        message: `is for objects; a bucket takes ${bucketCannedAcls.join(', ')}`,
      });
    }
  });

/**
 * Bucket configurations. Every get answers `{ state: 'none' }` when nothing is
 * configured, so a missing configuration never reaches the UI as an error.
 */
export const configChannels = {
  'config.policy.get': { input: inBucket, output: configStateSchema(policyTextSchema) },
  'config.policy.put': {
    input: z.object({ ...bucketRef, policy: policyTextSchema }).strict(),
    output: done,
  },
  'config.policy.delete': { input: inBucket, output: done },

  // An ACL always exists, so its state is always 'set'.
  'config.acl.get': { input: z.object(aclTarget).strict(), output: configStateSchema(aclSchema) },
  'config.acl.put': { input: aclPutInput, output: done },

  'config.cors.get': { input: inBucket, output: configStateSchema(corsConfigSchema) },
  'config.cors.put': {
    input: z.object({ ...bucketRef, cors: corsConfigSchema }).strict(),
    output: done,
  },
  'config.cors.delete': { input: inBucket, output: done },

  'config.website.get': { input: inBucket, output: configStateSchema(websiteConfigSchema) },
  'config.website.put': {
    input: z.object({ ...bucketRef, website: websiteConfigSchema }).strict(),
    output: done,
  },
  'config.website.delete': { input: inBucket, output: done },

  'config.replication.get': { input: inBucket, output: configStateSchema(replicationConfigSchema) },
  'config.replication.put': {
    input: z.object({ ...bucketRef, replication: replicationConfigSchema }).strict(),
    output: done,
  },
  'config.replication.delete': { input: inBucket, output: done },

  'config.notification.get': {
    input: inBucket,
    output: configStateSchema(notificationConfigSchema),
  },
  /** An empty configuration removes every notification (same as delete). */
  'config.notification.put': {
    input: z.object({ ...bucketRef, notification: notificationConfigSchema }).strict(),
    output: done,
  },
  'config.notification.delete': { input: inBucket, output: done },

  'config.tagging.get': { input: inBucket, output: configStateSchema(storedBucketTagsSchema) },
  'config.tagging.put': {
    input: z.object({ ...bucketRef, tagging: bucketTagsSchema }).strict(),
    output: done,
  },
  'config.tagging.delete': { input: inBucket, output: done },

  // Topics belong to the account, not to a bucket; notifications point at them by ARN.
  'topics.list': {
    input: z.object({ profileId: profileIdSchema }).strict(),
    output: z.array(topicSchema),
  },
  'topics.create': {
    input: z.object({ profileId: profileIdSchema, ...topicDraftSchema.shape }).strict(),
    output: topicSchema,
  },
  'topics.delete': {
    input: z.object({ profileId: profileIdSchema, arn: topicArnSchema }).strict(),
    output: done,
  },
} as const;

export const configEvents = {} as const;
