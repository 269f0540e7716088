import { randomBytes } from 'node:crypto';
import {
  GetBucketNotificationConfigurationCommand,
  PutBucketNotificationConfigurationCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import type { TopicConfiguration } from '@aws-sdk/client-s3';
import { CreateTopicCommand, DeleteTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { expect, test } from '@playwright/test';
import { configSession } from './fixtures/config-session.js';
import { startPushReceiver } from './fixtures/push-receiver.js';
import { s3Target } from './fixtures/s3.js';

const session = configSession();

function snsClient(): SNSClient {
  const t = s3Target();
  return new SNSClient({
    endpoint: t.endpoint,
    region: t.region,
    credentials: { accessKeyId: t.accessKeyId, secretAccessKey: t.secretAccessKey },
  });
}

const topicArnOf = (name: string) => `arn:aws:sns:${s3Target().region}::${name}`;

/** Deletes the topic after the test, whoever created it. */
function forgetTopicLater(name: string): void {
  session.cleanup(async () => {
    const sns = snsClient();
    await sns.send(new DeleteTopicCommand({ TopicArn: topicArnOf(name) }));
    sns.destroy();
  });
}

/** A topic made with a plain SNS client, pushing nowhere useful. */
async function makeTopic(): Promise<string> {
  const name = `t-${randomBytes(4).toString('hex')}`;
  const sns = snsClient();
  const out = await sns.send(
    new CreateTopicCommand({
      Name: name,
      Attributes: { 'push-endpoint': 'http://127.0.0.1:9/unused', persistent: 'false' },
    }),
  );
  sns.destroy();
  forgetTopicLater(name);
  return out.TopicArn ?? topicArnOf(name);
}

async function storedTopics(bucket: string): Promise<TopicConfiguration[]> {
  const out = await session.admin.send(
    new GetBucketNotificationConfigurationCommand({ Bucket: bucket }),
  );
  return out.TopicConfigurations ?? [];
}

async function setTopics(bucket: string, topics: TopicConfiguration[]): Promise<void> {
  await session.admin.send(
    new PutBucketNotificationConfigurationCommand({
      Bucket: bucket,
      NotificationConfiguration: { TopicConfigurations: topics },
    }),
  );
}

const onCreate = (arn: string): TopicConfiguration => ({
  Id: 'uploads',
  TopicArn: arn,
  Events: ['s3:ObjectCreated:*'],
});

/** A local push endpoint, closed after the test. */
async function pushReceiver() {
  const receiver = await startPushReceiver();
  session.cleanup(() => receiver.close());
  return receiver;
}

test('creates a topic and a notification through the form; an upload reaches the push endpoint', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('ntf-form');
  const receiver = await pushReceiver();
  const topicName = `t-${randomBytes(4).toString('hex')}`;
  forgetTopicLater(topicName);

  const config = await session.open(page, made.name, 'Notifications');
  await expect(config.noneTitle('event notification configuration')).toBeVisible();
  await config.create();

  const create = config.panel.getByRole('region', { name: 'Create a topic' });
  await create.getByLabel('Topic name').fill(topicName);
  await create.getByLabel('Push endpoint').fill(receiver.url);
  await create.getByRole('button', { name: 'Create topic' }).click();
  await expect(create.getByRole('status')).toContainText(`Topic ${topicName} created.`);

  const entry = config.form.getByRole('group', { name: 'Notification 1' });
  await entry.getByLabel('Name').fill('images');
  // The topic just created is chosen for the notification that had none.
  await expect(entry.getByLabel('Topic', { exact: true })).toHaveValue(topicArnOf(topicName));
  await expect(entry.getByRole('checkbox', { name: 's3:ObjectCreated:*' })).toBeChecked();
  await entry.getByLabel('Key prefix').fill('images/');
  await config.screenshot(testInfo, 'notification-form');

  const diff = await config.review();
  await expect(config.diffLines(diff, 'added')).toContainText([
    `<Topic>${topicArnOf(topicName)}</Topic>`,
    '<Event>s3:ObjectCreated:*</Event>',
  ]);
  expect(await storedTopics(made.name)).toEqual([]);
  await config.apply();

  expect(await storedTopics(made.name)).toEqual([
    {
      Id: 'images',
      TopicArn: topicArnOf(topicName),
      Events: ['s3:ObjectCreated:*'],
      Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'images/' }] } },
    },
  ]);

  await session.admin.send(
    new PutObjectCommand({ Bucket: made.name, Key: 'notes.txt', Body: 'outside the prefix' }),
  );
  await session.admin.send(
    new PutObjectCommand({ Bucket: made.name, Key: 'images/cat.jpg', Body: 'meow' }),
  );
  await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBeGreaterThan(0);
  expect(receiver.received[0]).toMatchObject({
    Records: [
      {
        eventName: expect.stringContaining('ObjectCreated') as unknown,
        s3: { bucket: { name: made.name }, object: { key: 'images/cat.jpg' } },
      },
    ],
  });
  // The prefix filter held: notes.txt sent nothing.
  expect(receiver.received).toHaveLength(1);
});

test('edits through the raw XML and JSON and the form follows', async ({ page }, testInfo) => {
  const made = await session.bucket('ntf-raw');
  const arn = await makeTopic();
  await setTopics(made.name, [onCreate(arn)]);
  const config = await session.open(page, made.name, 'Notifications');
  const entry = config.form.getByRole('group', { name: 'Notification 1' });
  await expect(entry.getByLabel('Topic', { exact: true })).toHaveValue(arn);

  await config.showRaw();
  await config.replaceRaw(
    [
      '<NotificationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
      '  <TopicConfiguration>',
      '    <Id>deletes</Id>',
      `    <Topic>${arn}</Topic>`,
      '    <Event>s3:ObjectRemoved:*</Event>',
      '    <Filter><S3Key><FilterRule><Name>suffix</Name><Value>.log</Value></FilterRule></S3Key></Filter>',
      '  </TopicConfiguration>',
      '</NotificationConfiguration>',
    ].join('\n'),
  );
  await expect(config.problems).toBeHidden();
  await config.screenshot(testInfo, 'notification-raw-xml');

  await config.showForm();
  await expect(entry.getByLabel('Name')).toHaveValue('deletes');
  await expect(entry.getByRole('checkbox', { name: 's3:ObjectRemoved:*' })).toBeChecked();
  await expect(entry.getByRole('checkbox', { name: 's3:ObjectCreated:*' })).not.toBeChecked();
  await expect(entry.getByLabel('Key suffix')).toHaveValue('.log');

  await config.showRaw();
  await config.chooseRawFormat('JSON');
  await expect(config.rawEditor).toContainText('"TopicConfigurations": [');
  await config.screenshot(testInfo, 'notification-raw-json');

  await config.review();
  await config.apply();
  expect(await storedTopics(made.name)).toEqual([
    {
      Id: 'deletes',
      TopicArn: arn,
      Events: ['s3:ObjectRemoved:*'],
      Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.log' }] } },
    },
  ]);
});

test('invalid input shows the message at its field or line and sends nothing', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('ntf-bad');
  const arn = await makeTopic();
  await setTopics(made.name, [onCreate(arn)]);
  const config = await session.open(page, made.name, 'Notifications');
  const entry = config.form.getByRole('group', { name: 'Notification 1' });

  await entry.getByRole('checkbox', { name: 's3:ObjectCreated:*' }).uncheck();
  await expect(entry.getByText('needs at least one event')).toBeVisible();
  await expect(config.reviewButton).toBeDisabled();
  await config.screenshot(testInfo, 'notification-form-invalid');

  await config.showRaw();
  await config.replaceRaw(
    [
      '<NotificationConfiguration>',
      '  <QueueConfiguration>',
      '    <Id>jobs</Id>',
      '    <Queue>arn:aws:sqs:us-east-1:123456789012:jobs</Queue>',
      '    <Event>s3:ObjectCreated:*</Event>',
      '  </QueueConfiguration>',
      '</NotificationConfiguration>',
    ].join('\n'),
  );
  await expect(config.problems).toContainText(
    'Line 2: Ceph RGW only sends notifications to topics, not queues.',
  );
  await expect(config.reviewButton).toBeDisabled();

  expect(await storedTopics(made.name)).toEqual([onCreate(arn)]);
});

test('shows the diff before applying; delete returns the none state', async ({ page }) => {
  const made = await session.bucket('ntf-diff');
  const arn = await makeTopic();
  await setTopics(made.name, [onCreate(arn)]);
  const config = await session.open(page, made.name, 'Notifications');
  const entry = config.form.getByRole('group', { name: 'Notification 1' });
  await entry.getByLabel('Key suffix').fill('.jpg');
  const diff = await config.review();
  await expect(config.diffLines(diff, 'added')).toContainText(['<Value>.jpg</Value>']);
  await config.backToEditing();
  expect(await storedTopics(made.name)).toEqual([onCreate(arn)]);

  await config.delete();
  await expect(config.noneTitle('event notification configuration')).toBeVisible();
  expect(await storedTopics(made.name)).toEqual([]);
});
