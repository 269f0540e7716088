import { z } from 'zod';
import { aclChangeSchema, aclSchema, bucketCannedAcls } from '../../domain/config/acl.js';
import { corsConfigSchema } from '../../domain/config/cors.js';
import { notificationConfigSchema } from '../../domain/config/notification.js';
import { policyTextSchema } from '../../domain/config/policy.js';
import { replicationConfigSchema } from '../../domain/config/replication.js';
import { configStateSchema } from '../../domain/config/state.js';
import { topicDraftSchema, topicSchema } from '../../domain/config/topics.js';
import { websiteConfigSchema } from '../../domain/config/website.js';
import { objectKeySchema } from '../../domain/object-key.js';
import { bucketTagsSchema, storedBucketTagsSchema } from '../../domain/tags.js';
import { profileIdSchema } from '../../domain/profile.js';
import { bucketRef } from './buckets.js';
import { configTriad } from './config-triad.js';

const done = z.object({}).strict();

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
  ...configTriad('policy', policyTextSchema),

  // An ACL always exists, so its state is always 'set'.
  'config.acl.get': { input: z.object(aclTarget).strict(), output: configStateSchema(aclSchema) },
  'config.acl.put': { input: aclPutInput, output: done },

  ...configTriad('cors', corsConfigSchema),
  ...configTriad('website', websiteConfigSchema),
  ...configTriad('replication', replicationConfigSchema),
  // An empty notification configuration put removes every notification, as delete does.
  ...configTriad('notification', notificationConfigSchema),
  ...configTriad('tagging', bucketTagsSchema, { stored: storedBucketTagsSchema }),

  // Topics belong to the account, not to a bucket; notifications point at them by ARN.
  'topics.list': {
    input: z.object({ profileId: profileIdSchema }).strict(),
    output: z.array(topicSchema),
  },
  'topics.create': {
    input: z.object({ profileId: profileIdSchema, ...topicDraftSchema.shape }).strict(),
    output: topicSchema,
  },
} as const;

export const configEvents = {} as const;
