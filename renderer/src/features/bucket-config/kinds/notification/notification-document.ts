import { notificationFilterRules } from '../../../../../../shared/domain/config/notification.js';
import type {
  NotificationConfig,
  NotificationFilter,
  TopicNotification,
} from '../../../../../../shared/domain/config/notification.js';
import type { DocumentCodec } from '../s3-document/codec.js';
import { someOf, withoutUndefined } from '../s3-document/s3-values.js';
import { flatList, one, structure, text } from '../s3-document/shape.js';
import type { DocumentShape, Member } from '../s3-document/shape.js';

const filter = structure({
  Key: one(
    structure({
      FilterRules: flatList(structure({ Name: one(text), Value: one(text) }), 'FilterRule'),
    }),
    'S3Key',
  ),
});

/** One kind of destination; in XML the ARN element is named after the kind (`<Topic>`). */
function entries(arnJson: string, arnXml: string, itemName: string): Member {
  return flatList(
    structure({
      Id: one(text),
      [arnJson]: one(text, arnXml),
      Events: flatList(text, 'Event'),
      Filter: one(filter),
    }),
    itemName,
  );
}

/** `<NotificationConfiguration>` / the AWS CLI's `put-bucket-notification-configuration` JSON. */
export const notificationDocument: DocumentShape = {
  root: 'NotificationConfiguration',
  shape: structure({
    TopicConfigurations: entries('TopicArn', 'Topic', 'TopicConfiguration'),
    QueueConfigurations: entries('QueueArn', 'Queue', 'QueueConfiguration'),
    LambdaFunctionConfigurations: entries(
      'LambdaFunctionArn',
      'CloudFunction',
      'CloudFunctionConfiguration',
    ),
  }),
};

interface S3FilterRule {
  Name?: string;
  Value?: string;
}
interface S3Entry {
  Id?: string;
  Events?: string[];
  Filter?: { Key?: { FilterRules?: S3FilterRule[] } };
  TopicArn?: string;
  QueueArn?: string;
  LambdaFunctionArn?: string;
}
interface S3Notification {
  TopicConfigurations?: S3Entry[];
  QueueConfigurations?: S3Entry[];
  LambdaFunctionConfigurations?: S3Entry[];
}

type Entry = Pick<TopicNotification, 'id' | 'events' | 'filter'>;

function filterToS3(f: NotificationFilter | undefined): S3Entry['Filter'] {
  const rules = notificationFilterRules.flatMap((name) => {
    const value = f?.[name];
    return value === undefined ? [] : [{ Name: name, Value: value }];
  });
  return rules.length === 0 ? undefined : { Key: { FilterRules: rules } };
}

function entryToS3(entry: Entry): S3Entry {
  return withoutUndefined({ Id: entry.id, Events: entry.events, Filter: filterToS3(entry.filter) });
}

/** S3 names filter rules case-insensitively; unknown names stay so the schema can name them. */
function filterFromS3(f: S3Entry['Filter']): Record<string, string> | undefined {
  const rules = f?.Key?.FilterRules ?? [];
  if (rules.length === 0) return undefined;
  return Object.fromEntries(rules.map((r) => [(r.Name ?? '').toLowerCase(), r.Value ?? '']));
}

function entryFromS3(entry: S3Entry) {
  return withoutUndefined({
    id: entry.Id ?? '',
    events: entry.Events ?? [],
    filter: filterFromS3(entry.Filter),
  });
}

export const notificationCodec: DocumentCodec<NotificationConfig> = {
  document: notificationDocument,
  toS3: (c) =>
    withoutUndefined({
      TopicConfigurations: someOf(c.topics.map((t) => ({ ...entryToS3(t), TopicArn: t.topicArn }))),
      QueueConfigurations: someOf(c.queues.map((q) => ({ ...entryToS3(q), QueueArn: q.queueArn }))),
      LambdaFunctionConfigurations: someOf(
        c.cloudFunctions.map((f) => ({ ...entryToS3(f), LambdaFunctionArn: f.functionArn })),
      ),
    }),
  fromS3: (json) => {
    const c = json as S3Notification;
    return {
      topics: (c.TopicConfigurations ?? []).map((t) => ({
        ...entryFromS3(t),
        topicArn: t.TopicArn ?? '',
      })),
      queues: (c.QueueConfigurations ?? []).map((q) => ({
        ...entryFromS3(q),
        queueArn: q.QueueArn ?? '',
      })),
      cloudFunctions: (c.LambdaFunctionConfigurations ?? []).map((f) => ({
        ...entryFromS3(f),
        functionArn: f.LambdaFunctionArn ?? '',
      })),
    };
  },
};
