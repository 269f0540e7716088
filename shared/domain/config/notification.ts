import { z } from 'zod';

/** S3's event names, for pickers; providers add their own (RGW: s3:ObjectLifecycle:…). */
export const knownS3Events = [
  's3:ObjectCreated:*',
  's3:ObjectCreated:Put',
  's3:ObjectCreated:Post',
  's3:ObjectCreated:Copy',
  's3:ObjectCreated:CompleteMultipartUpload',
  's3:ObjectRemoved:*',
  's3:ObjectRemoved:Delete',
  's3:ObjectRemoved:DeleteMarkerCreated',
] as const;

export const s3EventSchema = z
  .string()
  .regex(/^s3:[A-Za-z]+(:[A-Za-z]+)*(:\*)?$/, 'is not an S3 event name such as s3:ObjectCreated:*');

export const notificationFilterSchema = z
  .object({
    /** Only keys that start with this. */
    prefix: z.string().min(1, 'must not be empty (leave it out)').max(1024).optional(),
    /** Only keys that end with this, e.g. ".jpg". */
    suffix: z.string().min(1, 'must not be empty (leave it out)').max(1024).optional(),
    /**
     * Only keys matching this regular expression: Ceph RGW's own filter rule. Kept in the model
     * so saving a notification another client wrote never widens it.
     */
    regex: z.string().min(1, 'must not be empty (leave it out)').max(1024).optional(),
  })
  .strict();
export type NotificationFilter = z.infer<typeof notificationFilterSchema>;

/** The filter rules S3 names (`prefix`, `suffix`) and RGW adds (`regex`), in the order sent. */
export const notificationFilterRules = ['prefix', 'suffix', 'regex'] as const;

const arnOf = (service: string) =>
  z
    .string()
    .trim()
    .regex(
      new RegExp(`^arn:[a-z-]+:${service}:[a-z0-9-]*:[0-9]*:[A-Za-z0-9_.-]+$`),
      `must be an ${service.toUpperCase()} ARN`,
    );

const common = {
  /** Names the configuration; RGW uses it as the notification's name. */
  id: z.string().trim().min(1, 'is required').max(255),
  events: z.array(s3EventSchema).min(1, 'needs at least one event'),
  filter: notificationFilterSchema.optional(),
};

/** Events sent to an SNS-style topic, e.g. RGW's "arn:aws:sns:us-east-1::my-topic". */
export const topicNotificationSchema = z.object({ ...common, topicArn: arnOf('sns') }).strict();
export type TopicNotification = z.infer<typeof topicNotificationSchema>;

export const queueNotificationSchema = z.object({ ...common, queueArn: arnOf('sqs') }).strict();
export type QueueNotification = z.infer<typeof queueNotificationSchema>;

export const cloudFunctionNotificationSchema = z
  .object({ ...common, functionArn: arnOf('lambda') })
  .strict();
export type CloudFunctionNotification = z.infer<typeof cloudFunctionNotificationSchema>;

/**
 * Where a bucket's events go. Topics are what every provider with notifications
 * offers; queues and cloud functions are AWS's and refused elsewhere.
 * All lists empty means "no notifications".
 */
export const notificationConfigSchema = z
  .object({
    topics: z.array(topicNotificationSchema).default([]),
    queues: z.array(queueNotificationSchema).default([]),
    cloudFunctions: z.array(cloudFunctionNotificationSchema).default([]),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    for (const kind of ['topics', 'queues', 'cloudFunctions'] as const) {
      config[kind].forEach((entry, index) => {
        if (seen.has(entry.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [kind, index, 'id'],
            message: `"${entry.id}" is used by another notification`,
          });
        }
        seen.add(entry.id);
      });
    }
  });
export type NotificationConfig = z.infer<typeof notificationConfigSchema>;

export function isEmptyNotification(config: NotificationConfig): boolean {
  return (
    config.topics.length === 0 && config.queues.length === 0 && config.cloudFunctions.length === 0
  );
}
