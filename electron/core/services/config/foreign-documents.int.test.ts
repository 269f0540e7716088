import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import {
  GetBucketCorsCommand,
  GetBucketNotificationConfigurationCommand,
  GetBucketReplicationCommand,
  GetBucketWebsiteCommand,
  PutBucketCorsCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  PutBucketWebsiteCommand,
} from '@aws-sdk/client-s3';
import type { FilterRuleName } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Target } from '../../../../e2e/fixtures/s3.js';
import { configContract, PROFILE_ID } from './contract-rig.js';
import { configTestRig } from './test-support.js';
import { createTopic, deleteTopic } from './topics.js';

/**
 * Configurations another client wrote (the plain AWS SDK; the AWS CLI too when installed):
 * Holdall reads each, saves it back unchanged through the contract, and the server then holds
 * exactly what it held before.
 */
const rig = configTestRig();
const call = configContract(rig);
let topicArn = '';
const run = promisify(execFile);
/** Why the AWS CLI cases cannot run, or undefined when the `aws` command answers. */
let awsCliMissing: string | undefined;

/** Runs `aws s3api …` against the test server with its credentials, never the user's profile. */
async function awsCli(args: string[]): Promise<void> {
  const t = s3Target();
  await run('aws', ['--endpoint-url', t.endpoint, 's3api', ...args], {
    timeout: 30_000,
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      AWS_ACCESS_KEY_ID: t.accessKeyId,
      AWS_SECRET_ACCESS_KEY: t.secretAccessKey,
      AWS_DEFAULT_REGION: t.region,
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    },
  });
}

beforeAll(async () => {
  awsCliMissing = await run('aws', ['--version'], { timeout: 30_000 }).then(
    () => undefined,
    (err: unknown) => `the AWS CLI does not run here (${String(err).split('\n')[0]})`,
  );
  if (awsCliMissing !== undefined) console.log(`Skipping the AWS CLI cases: ${awsCliMissing}`);

  const topic = await createTopic(rig.settings, {
    name: `foreign-${randomBytes(4).toString('hex')}`,
    pushEndpoint: 'http://127.0.0.1:9/unused',
    persistent: false,
  });
  topicArn = topic.arn;
});
afterAll(async () => {
  await deleteTopic(rig.settings, topicArn);
});

/** The server's answer without the SDK's response metadata. */
function document<T extends object>(out: T): Omit<T, '$metadata'> {
  const { $metadata: _ignored, ...rest } = out as T & { $metadata: unknown };
  return rest;
}

type Kind = 'website' | 'cors' | 'replication' | 'notification';

/** Holdall's get, then its put of exactly what get answered. */
async function holdallSavesBack(kind: Kind, bucket: string): Promise<void> {
  const at = { profileId: PROFILE_ID, bucket };
  switch (kind) {
    case 'website': {
      const got = await call('config.website.get', at);
      if (got.state !== 'set') throw new Error('no website read');
      await call('config.website.put', { ...at, website: got.config });
      return;
    }
    case 'cors': {
      const got = await call('config.cors.get', at);
      if (got.state !== 'set') throw new Error('no CORS read');
      await call('config.cors.put', { ...at, cors: got.config });
      return;
    }
    case 'replication': {
      const got = await call('config.replication.get', at);
      if (got.state !== 'set') throw new Error('no replication read');
      await call('config.replication.put', { ...at, replication: got.config });
      return;
    }
    case 'notification': {
      const got = await call('config.notification.get', at);
      if (got.state !== 'set') throw new Error('no notification read');
      await call('config.notification.put', { ...at, notification: got.config });
    }
  }
}

async function serverDocument(kind: Kind, Bucket: string): Promise<object> {
  const { admin } = rig;
  switch (kind) {
    case 'website':
      return document(await admin.send(new GetBucketWebsiteCommand({ Bucket })));
    case 'cors':
      return document(await admin.send(new GetBucketCorsCommand({ Bucket })));
    case 'replication':
      return document(await admin.send(new GetBucketReplicationCommand({ Bucket })));
    case 'notification':
      return document(await admin.send(new GetBucketNotificationConfigurationCommand({ Bucket })));
  }
}

async function expectSavedUnchanged(kind: Kind, bucket: string): Promise<void> {
  const before = await serverDocument(kind, bucket);
  await holdallSavesBack(kind, bucket);
  expect(await serverDocument(kind, bucket)).toEqual(before);
}

async function versionedWithDestination(label: string): Promise<[string, string]> {
  const { name } = await rig.bucket(label);
  const destination = await rig.bucket(`${label}-dst`);
  await rig.admin.send(
    new PutBucketVersioningCommand({
      Bucket: name,
      VersioningConfiguration: { Status: 'Enabled' },
    }),
  );
  return [name, destination.name];
}

describe('configurations the plain AWS SDK wrote, saved back by Holdall unchanged', () => {
  it('a website whose rules have an empty Condition and an empty Redirect', async () => {
    const { name } = await rig.bucket('foreign-web');
    await rig.admin.send(
      new PutBucketWebsiteCommand({
        Bucket: name,
        WebsiteConfiguration: {
          IndexDocument: { Suffix: 'index.html' },
          RoutingRules: [
            { Condition: {}, Redirect: {} },
            { Redirect: { HostName: 'x.example', HttpRedirectCode: '302' } },
          ],
        },
      }),
    );
    await expectSavedUnchanged('website', name);
  });

  it('a website that only redirects every request', async () => {
    const { name } = await rig.bucket('foreign-web-all');
    await rig.admin.send(
      new PutBucketWebsiteCommand({
        Bucket: name,
        WebsiteConfiguration: {
          RedirectAllRequestsTo: { HostName: 'www.example', Protocol: 'https' },
        },
      }),
    );
    await expectSavedUnchanged('website', name);
  });

  it('CORS with expose headers and a max age', async () => {
    const { name } = await rig.bucket('foreign-cors');
    await rig.admin.send(
      new PutBucketCorsCommand({
        Bucket: name,
        CORSConfiguration: {
          CORSRules: [
            {
              ID: 'app',
              AllowedOrigins: ['https://b.example', 'https://a.example'],
              AllowedMethods: ['PUT', 'GET'],
              AllowedHeaders: ['*'],
              ExposeHeaders: ['ETag', 'x-amz-meta-owner'],
              MaxAgeSeconds: 3000,
            },
            { AllowedOrigins: ['*'], AllowedMethods: ['HEAD'] },
          ],
        },
      }),
    );
    await expectSavedUnchanged('cors', name);
  });

  it('replication filtered by a tag, and by tags and a prefix together (And)', async () => {
    const [name, destination] = await versionedWithDestination('foreign-repl');
    const Destination = { Bucket: `arn:aws:s3:::${destination}` };
    const DeleteMarkerReplication = { Status: 'Disabled' as const };
    await rig.admin.send(
      new PutBucketReplicationCommand({
        Bucket: name,
        ReplicationConfiguration: {
          Role: '',
          Rules: [
            {
              ID: 'tagged-logs',
              Status: 'Enabled',
              Priority: 1,
              Filter: {
                And: {
                  Prefix: 'logs/',
                  Tags: [
                    { Key: 'keep', Value: 'yes' },
                    { Key: 'team', Value: '' },
                  ],
                },
              },
              Destination,
              DeleteMarkerReplication,
            },
            {
              ID: 'one-tag',
              Status: 'Disabled',
              Priority: 2,
              Filter: { Tag: { Key: 'copy', Value: 'me' } },
              Destination: { ...Destination, StorageClass: 'STANDARD' },
              DeleteMarkerReplication,
            },
            {
              ID: 'two-tags',
              Status: 'Enabled',
              Priority: 3,
              Filter: {
                And: {
                  Tags: [
                    { Key: 'a', Value: '1' },
                    { Key: 'b', Value: '2' },
                  ],
                },
              },
              Destination,
              DeleteMarkerReplication,
            },
          ],
        },
      }),
    );
    await expectSavedUnchanged('replication', name);
  });

  it("a notification with prefix, suffix and RGW's regex filter rules", async () => {
    const { name } = await rig.bucket('foreign-ntf');
    const rule = (Name: string, Value: string) => ({ Name: Name as FilterRuleName, Value });
    await rig.admin.send(
      new PutBucketNotificationConfigurationCommand({
        Bucket: name,
        NotificationConfiguration: {
          TopicConfigurations: [
            {
              Id: 'images',
              TopicArn: topicArn,
              Events: ['s3:ObjectCreated:Put', 's3:ObjectRemoved:*'],
              Filter: {
                Key: {
                  FilterRules: [
                    rule('prefix', 'img/'),
                    rule('suffix', '.jpg'),
                    rule('regex', 'a+'),
                  ],
                },
              },
            },
            { Id: 'everything', TopicArn: topicArn, Events: ['s3:ObjectCreated:*'] },
          ],
        },
      }),
    );
    await expectSavedUnchanged('notification', name);
  });
});

describe('configurations the AWS CLI wrote, saved back by Holdall unchanged', () => {
  it('a website whose rules have an empty Condition and an empty Redirect', async (test) => {
    if (awsCliMissing !== undefined) return test.skip(awsCliMissing);
    const { name } = await rig.bucket('cli-web');
    const website = {
      IndexDocument: { Suffix: 'index.html' },
      RoutingRules: [{ Condition: {}, Redirect: {} }, { Redirect: { Protocol: 'https' } }],
    };
    await awsCli([
      'put-bucket-website',
      '--bucket',
      name,
      '--website-configuration',
      JSON.stringify(website),
    ]);
    await expectSavedUnchanged('website', name);
  });

  it('a notification with filter rules', async (test) => {
    if (awsCliMissing !== undefined) return test.skip(awsCliMissing);
    const { name } = await rig.bucket('cli-ntf');
    const notification = {
      TopicConfigurations: [
        {
          Id: 'logs',
          TopicArn: topicArn,
          Events: ['s3:ObjectCreated:*'],
          Filter: {
            Key: {
              FilterRules: [
                { Name: 'prefix', Value: 'logs/' },
                { Name: 'regex', Value: '[0-9]+' },
              ],
            },
          },
        },
      ],
    };
    await awsCli([
      'put-bucket-notification-configuration',
      '--bucket',
      name,
      '--notification-configuration',
      JSON.stringify(notification),
    ]);
    await expectSavedUnchanged('notification', name);
  });
});
