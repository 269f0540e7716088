import { describe, expect, it } from 'vitest';
import type { NotificationConfig } from '../../../../shared/domain/config/notification.js';
import { dialects } from '../dialects.js';
import { notificationKindsUsed, notificationProblem } from './notification-rules.js';

const events = ['s3:ObjectCreated:*'];
const topics: NotificationConfig = {
  topics: [{ id: 't', topicArn: 'arn:aws:sns:us-east-1::hook', events }],
  queues: [],
  cloudFunctions: [],
};
const everything: NotificationConfig = {
  ...topics,
  queues: [{ id: 'q', queueArn: 'arn:aws:sqs:us-east-1:123456789012:jobs', events }],
  cloudFunctions: [
    { id: 'f', functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:thumb', events },
  ],
};

describe('notification kinds', () => {
  it('names the kinds a configuration uses', () => {
    expect(notificationKindsUsed(topics)).toEqual(['topic']);
    expect(notificationKindsUsed(everything)).toEqual(['topic', 'queue', 'cloudFunction']);
  });

  it.each(['jdcloud', 'ceph'] as const)('lets %s take topics only', (provider) => {
    expect(notificationProblem(dialects[provider], topics)).toBeUndefined();
    expect(notificationProblem(dialects[provider], everything)?.toShape()).toMatchObject({
      code: 'UnsupportedByProvider',
      details: { provider, field: 'queue notifications' },
    });
    const functionsOnly = { ...topics, cloudFunctions: everything.cloudFunctions };
    expect(notificationProblem(dialects[provider], functionsOnly)?.message).toContain(
      'cloud function notifications',
    );
  });

  it('lets AWS take every kind', () => {
    expect(notificationProblem(dialects.aws, everything)).toBeUndefined();
  });
});
