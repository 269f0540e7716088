import { describe, expect, it } from 'vitest';
import { aclChangeSchema } from './acl.js';
import { corsConfigSchema } from './cors.js';
import { notificationConfigSchema } from './notification.js';
import { bucketArn, bucketOfArn, replicationConfigSchema } from './replication.js';
import { topicDraftSchema } from './topics.js';

describe('CORS configuration', () => {
  it('defaults header lists and refuses what S3 would', () => {
    const parsed = corsConfigSchema.parse({
      rules: [{ allowedOrigins: ['https://*.example'], allowedMethods: ['GET'] }],
    });
    expect(parsed.rules[0]).toEqual({
      allowedOrigins: ['https://*.example'],
      allowedMethods: ['GET'],
      allowedHeaders: [],
      exposeHeaders: [],
    });
    expect(corsConfigSchema.safeParse({ rules: [] }).success).toBe(false);
    const bad = (rule: object): boolean =>
      corsConfigSchema.safeParse({
        rules: [{ allowedOrigins: ['*'], allowedMethods: ['GET'], ...rule }],
      }).success;
    expect(bad({ allowedMethods: ['PATCH'] })).toBe(false);
    expect(bad({ allowedOrigins: ['https://*.*.example'] })).toBe(false);
    expect(bad({ allowedHeaders: ['bad header'] })).toBe(false);
    // S3 takes one "*" per allowed header; RGW answers MalformedXML to "**a".
    expect(bad({ allowedHeaders: ['**a'] })).toBe(false);
    expect(bad({ allowedHeaders: ['x-amz-*'] })).toBe(true);
    expect(bad({ maxAgeSeconds: -1 })).toBe(false);
  });
});

describe('ACL change', () => {
  it('is a canned ACL or a list of grants to user, e-mail or group', () => {
    expect(aclChangeSchema.safeParse({ kind: 'canned', acl: 'public-read' }).success).toBe(true);
    expect(
      aclChangeSchema.safeParse({
        kind: 'grants',
        grants: [
          { grantee: { type: 'user', id: 'abc' }, permission: 'FULL_CONTROL' },
          { grantee: { type: 'email', email: 'a@example.com' }, permission: 'READ' },
          { grantee: { type: 'group', group: 'LogDelivery' }, permission: 'WRITE' },
        ],
      }).success,
    ).toBe(true);
    expect(aclChangeSchema.safeParse({ kind: 'canned', acl: 'everyone' }).success).toBe(false);
    expect(
      aclChangeSchema.safeParse({
        kind: 'grants',
        grants: [{ grantee: { type: 'group', group: 'Admins' }, permission: 'READ' }],
      }).success,
    ).toBe(false);
  });
});

describe('replication configuration', () => {
  const rule = { id: 'r', status: 'Enabled', destination: { bucket: bucketArn('dst') } };

  it('defaults the prefix to the whole bucket and needs bucket ARNs', () => {
    expect(replicationConfigSchema.parse({ rules: [rule] }).rules[0]).toMatchObject({
      prefix: '',
      tags: [],
    });
    expect(
      replicationConfigSchema.safeParse({ rules: [{ ...rule, destination: { bucket: 'dst' } }] })
        .success,
    ).toBe(false);
    expect(bucketOfArn('arn:aws:s3:::my-bucket')).toBe('my-bucket');
    expect(bucketOfArn('arn:aws:sns:::my-bucket')).toBeUndefined();
  });

  it('refuses two rules with one id', () => {
    const result = replicationConfigSchema.safeParse({ rules: [rule, rule] });
    expect(result.error?.issues[0]).toMatchObject({ path: ['rules', 1, 'id'] });
  });
});

describe('notification configuration', () => {
  it('defaults the lists, checks ARNs and event names', () => {
    const topic = {
      id: 'n',
      topicArn: 'arn:aws:sns:us-east-1::hook',
      events: ['s3:ObjectCreated:*'],
    };
    expect(notificationConfigSchema.parse({ topics: [topic] })).toEqual({
      topics: [topic],
      queues: [],
      cloudFunctions: [],
    });
    expect(notificationConfigSchema.parse({})).toEqual({
      topics: [],
      queues: [],
      cloudFunctions: [],
    });
    const bad = (t: object): boolean =>
      notificationConfigSchema.safeParse({ topics: [{ ...topic, ...t }] }).success;
    expect(bad({ topicArn: 'arn:aws:sqs:us-east-1:1:q' })).toBe(false);
    expect(bad({ events: ['ObjectCreated'] })).toBe(false);
    expect(bad({ events: [] })).toBe(false);
    expect(bad({ filter: { prefix: '' } })).toBe(false);
    expect(notificationConfigSchema.safeParse({ topics: [topic, topic] }).success).toBe(false);
  });
});

describe('topic draft', () => {
  it('needs a plain name and an http(s) push endpoint; not persistent by default', () => {
    expect(
      topicDraftSchema.parse({ name: 'hook_1', pushEndpoint: 'http://127.0.0.1:8080/x' }),
    ).toEqual({ name: 'hook_1', pushEndpoint: 'http://127.0.0.1:8080/x', persistent: false });
    expect(topicDraftSchema.safeParse({ name: 'a b', pushEndpoint: 'http://h/' }).success).toBe(
      false,
    );
    expect(topicDraftSchema.safeParse({ name: 'a', pushEndpoint: 'amqp://h/' }).success).toBe(
      false,
    );
  });
});
