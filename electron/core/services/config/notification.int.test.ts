import { randomBytes } from 'node:crypto';
import { GetBucketNotificationConfigurationCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { startPushReceiver } from '../../../../e2e/fixtures/push-receiver.js';
import type { NotificationConfig } from '../../../../shared/domain/config/notification.js';
import { dialects } from '../../s3/dialects.js';
import {
  deleteBucketNotification,
  getBucketNotification,
  putBucketNotification,
} from './notification.js';
import { configTestRig } from './test-support.js';
import { createTopic, deleteTopic, listTopics } from './topics.js';

const rig = configTestRig();
const topicsMade: string[] = [];

afterEach(async () => {
  await Promise.all(topicsMade.splice(0).map((arn) => deleteTopic(rig.settings, arn)));
});

/** Non-persistent: RGW's persistent topics delivered nothing within seconds here. */
async function topic(pushEndpoint = 'http://127.0.0.1:9/unused') {
  const made = await createTopic(rig.settings, {
    name: `t-${randomBytes(4).toString('hex')}`,
    pushEndpoint,
    persistent: false,
  });
  topicsMade.push(made.arn);
  return made;
}

function notifyOn(topicArn: string): NotificationConfig {
  return {
    topics: [
      {
        id: 'images',
        topicArn,
        events: ['s3:ObjectCreated:*'],
        filter: { prefix: 'images/', suffix: '.jpg' },
      },
    ],
    queues: [],
    cloudFunctions: [],
  };
}

describe('topics (SNS-style API at the S3 endpoint)', () => {
  it('creates a topic that is listed with its push endpoint, and deletes it', async () => {
    const made = await topic('http://127.0.0.1:9/hook');
    expect(made.arn).toMatch(new RegExp(`^arn:aws:sns:[a-z0-9-]*:[0-9]*:${made.name}$`));

    const listed = await listTopics(rig.settings);
    expect(listed).toContainEqual({
      arn: made.arn,
      name: made.name,
      pushEndpoint: 'http://127.0.0.1:9/hook',
      persistent: false,
    });

    await deleteTopic(rig.settings, made.arn);
    topicsMade.splice(topicsMade.indexOf(made.arn), 1);
    expect((await listTopics(rig.settings)).map((t) => t.arn)).not.toContain(made.arn);
  });
});

describe('bucket notification (Put/GetBucketNotificationConfiguration)', () => {
  it('reports a bucket without notifications as none', async () => {
    const { name } = await rig.bucket('ntf-none');
    expect(await getBucketNotification(rig.client, name)).toEqual({ state: 'none' });
  });

  it('puts a topic notification the server stores, then deletes it', async () => {
    const { name } = await rig.bucket('ntf');
    const { arn } = await topic();
    const config = notifyOn(arn);

    await putBucketNotification(rig.session(), name, config);

    const stored = await rig.admin.send(
      new GetBucketNotificationConfigurationCommand({ Bucket: name }),
    );
    expect(stored.TopicConfigurations).toEqual([
      {
        Id: 'images',
        TopicArn: arn,
        Events: ['s3:ObjectCreated:*'],
        Filter: {
          Key: {
            FilterRules: [
              { Name: 'prefix', Value: 'images/' },
              { Name: 'suffix', Value: '.jpg' },
            ],
          },
        },
      },
    ]);
    expect(await getBucketNotification(rig.client, name)).toEqual({ state: 'set', config });

    // RGW refuses the standard empty PUT; this must still leave nothing behind.
    await deleteBucketNotification(rig.client, name);
    expect(await getBucketNotification(rig.client, name)).toEqual({ state: 'none' });
    const after = await rig.admin.send(
      new GetBucketNotificationConfigurationCommand({ Bucket: name }),
    );
    expect(after.TopicConfigurations ?? []).toEqual([]);
  });

  it('replaces the notifications: one the new configuration leaves out is gone', async () => {
    const { name } = await rig.bucket('ntf-replace');
    const { arn } = await topic();
    await putBucketNotification(rig.session(), name, notifyOn(arn));
    const deletes: NotificationConfig = {
      topics: [{ id: 'deletes', topicArn: arn, events: ['s3:ObjectRemoved:*'] }],
      queues: [],
      cloudFunctions: [],
    };

    await putBucketNotification(rig.session(), name, deletes);

    // RGW's PUT alone would have kept "images" beside "deletes".
    const stored = await rig.admin.send(
      new GetBucketNotificationConfigurationCommand({ Bucket: name }),
    );
    expect(stored.TopicConfigurations?.map((t) => t.Id)).toEqual(['deletes']);
    expect(await getBucketNotification(rig.client, name)).toEqual({
      state: 'set',
      config: deletes,
    });
  });

  it('moves a notification to another topic: it is then on that topic only', async () => {
    const { name } = await rig.bucket('ntf-move');
    const first = await topic();
    const second = await topic();
    await putBucketNotification(rig.session(), name, notifyOn(first.arn));

    await putBucketNotification(rig.session(), name, notifyOn(second.arn));

    // RGW's PUT keys by Id and topic: "images" would have stayed on the first topic too.
    expect(await getBucketNotification(rig.client, name)).toEqual({
      state: 'set',
      config: notifyOn(second.arn),
    });
  });

  it('treats a put with no notifications as a delete', async () => {
    const { name } = await rig.bucket('ntf-empty');
    const { arn } = await topic();
    await putBucketNotification(rig.session(), name, notifyOn(arn));
    await putBucketNotification(rig.session(), name, {
      topics: [],
      queues: [],
      cloudFunctions: [],
    });
    expect(await getBucketNotification(rig.client, name)).toEqual({ state: 'none' });
  });

  it('refuses queue notifications on a topics-only provider, sending nothing', async () => {
    const { name } = await rig.bucket('ntf-queue');
    const failure = await putBucketNotification(rig.session(dialects.ceph), name, {
      topics: [],
      queues: [
        {
          id: 'q',
          queueArn: 'arn:aws:sqs:us-east-1:123456789012:jobs',
          events: ['s3:ObjectCreated:*'],
        },
      ],
      cloudFunctions: [],
    }).catch((err: unknown) => err);
    expect(failure).toMatchObject({
      code: 'UnsupportedByProvider',
      message: 'Ceph RGW does not support queue notifications.',
    });
  });

  it('delivers an object upload to the topic push endpoint', async () => {
    const receiver = await startPushReceiver();
    const { received } = receiver;
    try {
      const { name } = await rig.bucket('ntf-push');
      const { arn } = await topic(receiver.url);
      await putBucketNotification(rig.session(), name, notifyOn(arn));

      await rig.admin.send(
        new PutObjectCommand({ Bucket: name, Key: 'images/cat.jpg', Body: 'meow' }),
      );
      await rig.admin.send(new PutObjectCommand({ Bucket: name, Key: 'notes.txt', Body: 'x' }));

      await expect.poll(() => received.length, { timeout: 5_000 }).toBeGreaterThan(0);
      expect(received[0]).toMatchObject({
        Records: [
          {
            eventName: expect.stringContaining('ObjectCreated') as unknown,
            s3: { bucket: { name }, object: { key: 'images/cat.jpg' } },
          },
        ],
      });
      // The filter held: the .txt upload sent nothing.
      expect(received).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });
});
