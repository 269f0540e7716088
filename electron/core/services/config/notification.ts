import {
  GetBucketNotificationConfigurationCommand,
  PutBucketNotificationConfigurationCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type {
  Event,
  FilterRuleName,
  NotificationConfiguration,
  NotificationConfigurationFilter,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  isEmptyNotification,
  notificationFilterRules,
} from '../../../../shared/domain/config/notification.js';
import type {
  NotificationConfig,
  NotificationFilter,
  TopicNotification,
} from '../../../../shared/domain/config/notification.js';
import { noConfig, setConfig } from '../../../../shared/domain/config/state.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import type { S3Session } from '../../s3/client-pool.js';
import { notificationProblem } from '../../s3/rules/notification-rules.js';
import { sendDeleteNotification } from './delete-notification.js';

function filterFromS3(filter: NotificationConfigurationFilter | undefined): NotificationFilter {
  const out: NotificationFilter = {};
  for (const rule of filter?.Key?.FilterRules ?? []) {
    const name = notificationFilterRules.find((known) => known === rule.Name?.toLowerCase());
    if (name !== undefined && rule.Value) out[name] = rule.Value;
  }
  return out;
}

function filterToS3(
  filter: NotificationFilter | undefined,
): NotificationConfigurationFilter | undefined {
  const rules = notificationFilterRules.flatMap((name) => {
    const value = filter?.[name];
    // The SDK's type lists S3's names only; RGW's `regex` goes out the same way.
    return value === undefined ? [] : [{ Name: name as FilterRuleName, Value: value }];
  });
  return rules.length === 0 ? undefined : { Key: { FilterRules: rules } };
}

/** Common fields of the three kinds, in both directions. */
interface S3Entry {
  Id?: string | undefined;
  Events: Event[] | undefined;
  Filter?: NotificationConfigurationFilter | undefined;
}

/** What the three kinds share in the model. */
type Entry = Pick<TopicNotification, 'id' | 'events' | 'filter'>;

function entryFromS3(entry: S3Entry): Entry {
  const filter = filterFromS3(entry.Filter);
  return {
    id: entry.Id ?? '',
    events: entry.Events ?? [],
    ...(Object.keys(filter).length === 0 ? {} : { filter }),
  };
}

function entryToS3(entry: Entry): S3Entry {
  // Providers add their own event names (RGW: s3:ObjectLifecycle:…); the SDK's union lists AWS's.
  return { Id: entry.id, Events: entry.events as Event[], Filter: filterToS3(entry.filter) };
}

export function notificationFromS3(out: NotificationConfiguration): NotificationConfig {
  return {
    topics: (out.TopicConfigurations ?? []).map((t) => ({
      ...entryFromS3(t),
      topicArn: t.TopicArn ?? '',
    })),
    queues: (out.QueueConfigurations ?? []).map((q) => ({
      ...entryFromS3(q),
      queueArn: q.QueueArn ?? '',
    })),
    cloudFunctions: (out.LambdaFunctionConfigurations ?? []).map((f) => ({
      ...entryFromS3(f),
      functionArn: f.LambdaFunctionArn ?? '',
    })),
  };
}

export function notificationToS3(config: NotificationConfig): NotificationConfiguration {
  const some = <T>(list: T[]): T[] | undefined => (list.length === 0 ? undefined : list);
  return {
    TopicConfigurations: some(
      config.topics.map((t) => ({ ...entryToS3(t), TopicArn: t.topicArn })),
    ),
    QueueConfigurations: some(
      config.queues.map((q) => ({ ...entryToS3(q), QueueArn: q.queueArn })),
    ),
    LambdaFunctionConfigurations: some(
      config.cloudFunctions.map((f) => ({ ...entryToS3(f), LambdaFunctionArn: f.functionArn })),
    ),
  };
}

/** S3 answers an empty configuration (never a 404) when nothing is set. */
export async function getBucketNotification(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<ConfigState<NotificationConfig>> {
  const out = await client.send(new GetBucketNotificationConfigurationCommand({ Bucket: bucket }), {
    abortSignal: signal,
  });
  const config = notificationFromS3(out);
  return isEmptyNotification(config) ? noConfig : setConfig(config);
}

/**
 * S3 removes notifications with an empty PUT; RGW refuses that as MalformedXML
 * and offers `DELETE ?notification` instead, which AWS does not have. Trying the
 * standard way first keeps this independent of who the server is.
 */
export async function deleteBucketNotification(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<void> {
  try {
    const command = new PutBucketNotificationConfigurationCommand({
      Bucket: bucket,
      NotificationConfiguration: {},
    });
    await client.send(command, { abortSignal: signal });
  } catch (err) {
    if (!(err instanceof S3ServiceException && err.name === 'MalformedXML')) throw err;
    await sendDeleteNotification(client, bucket, signal);
  }
}

/** Replaces the bucket's notifications; an empty configuration removes them all. */
export async function putBucketNotification(
  session: Pick<S3Session, 'client' | 'dialect'>,
  bucket: string,
  notification: NotificationConfig,
  signal?: AbortSignal,
): Promise<void> {
  const problem = notificationProblem(session.dialect, notification);
  if (problem !== undefined) throw problem;
  const { client } = session;
  if (isEmptyNotification(notification)) {
    await deleteBucketNotification(client, bucket, signal);
    return;
  }
  const command = new PutBucketNotificationConfigurationCommand({
    Bucket: bucket,
    NotificationConfiguration: notificationToS3(notification),
  });
  await client.send(command, { abortSignal: signal });
  const removed = await removeLeftOut(client, bucket, notification, signal);
  // Removing by Id also took the wanted entry of that Id: send it again.
  if (removed.some((id) => idsOf(notification).has(id))) {
    await client.send(command, { abortSignal: signal });
  }
}

/** Each notification as its Id and where it sends events: what RGW keys its entries by. */
function destinationsOf(config: NotificationConfig): { id: string; key: string }[] {
  return [
    ...config.topics.map((t) => ({ id: t.id, key: `topic ${t.id} ${t.topicArn}` })),
    ...config.queues.map((q) => ({ id: q.id, key: `queue ${q.id} ${q.queueArn}` })),
    ...config.cloudFunctions.map((f) => ({ id: f.id, key: `function ${f.id} ${f.functionArn}` })),
  ];
}

const idsOf = (config: NotificationConfig): Set<string> =>
  new Set(destinationsOf(config).map((entry) => entry.id));

/**
 * A PUT replaces the configuration on AWS; RGW's adds and updates by Id and destination and
 * keeps the rest, so a notification moved to another topic would stay on the old one too.
 * Whatever the server holds that the new configuration does not is removed by Id
 * (`DELETE ?notification=ID`, RGW's own call). Answers the Ids removed.
 */
async function removeLeftOut(
  client: S3Client,
  bucket: string,
  notification: NotificationConfig,
  signal?: AbortSignal,
): Promise<string[]> {
  const wanted = new Set(destinationsOf(notification).map((entry) => entry.key));
  const stored = await getBucketNotification(client, bucket, signal);
  if (stored.state === 'none') return [];
  const entries = destinationsOf(stored.config);
  const stale = new Set(entries.filter((entry) => !wanted.has(entry.key)).map((e) => e.id));
  for (const id of stale) {
    // RGW may remove one entry of an Id per DELETE when several destinations share it: ask
    // again while the Id is still there, at most once per entry it had.
    const times = entries.filter((entry) => entry.id === id).length;
    for (let attempt = 0; attempt < times; attempt++) {
      await sendDeleteNotification(client, bucket, signal, id);
      if (!(await holdsId(client, bucket, id, signal))) break;
    }
  }
  return [...stale];
}

async function holdsId(
  client: S3Client,
  bucket: string,
  id: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const now = await getBucketNotification(client, bucket, signal);
  return now.state === 'set' && idsOf(now.config).has(id);
}
