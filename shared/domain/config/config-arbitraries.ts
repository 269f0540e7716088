// Test support: fast-check generators of valid bucket configurations, for the round-trip
// properties (pure codecs in unit tests, put → get against RGW in integration tests).
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { z } from 'zod';
import { aclGroupUris, aclPermissions } from './acl.js';
import type { AclGrant, AclGroup } from './acl.js';
import { corsConfigSchema, corsMethods } from './cors.js';
import type { CorsConfig } from './cors.js';
import { knownS3Events, notificationConfigSchema } from './notification.js';
import type { NotificationConfig } from './notification.js';
import { replicationConfigSchema } from './replication.js';
import type { ReplicationConfig } from './replication.js';
import { bucketTagsSchema } from '../tags.js';
import type { BucketTags } from '../tags.js';
import { websiteConfigSchema } from './website.js';
import type { WebsiteConfig } from './website.js';

/** What the generated text may hold: XML's special characters, spaces inside, non-ASCII. */
const wordChars = [...'abcXYZ019-_.', 'é', '中', '😀'];
const textChars = [...wordChars, ' ', '&', '<', '>', '"', "'", '/', '+', '%'];

export function textOf(
  chars: readonly string[],
  minLength: number,
  maxLength: number,
): Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...chars), minLength, maxLength });
}

/** Text a trimming schema keeps as it is: no space at either end. */
export const trimmed = (maxLength: number): Arbitrary<string> =>
  textOf(textChars, 1, maxLength).filter((s) => s.trim() === s);
export const keyText = (minLength: number): Arbitrary<string> => textOf(textChars, minLength, 24);
const hostName: Arbitrary<string> = fc
  .tuple(
    fc.array(textOf([...'abcxyz019-'], 1, 8), { minLength: 1, maxLength: 3 }),
    fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
  )
  .map(([labels, port]) => `${labels.join('.')}${port === undefined ? '' : `:${port}`}`);
export const maybe = <T>(arb: Arbitrary<T>): Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq: 2 });
const protocol = fc.constantFrom('http' as const, 'https' as const);

/** Drops undefined members, as the codecs leave absent fields out. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Keeps what the schema accepts, as the schema outputs it (defaults filled in). */
export function valid<S extends z.ZodType>(
  schema: S,
  arb: Arbitrary<unknown>,
): Arbitrary<z.output<S>> {
  return arb.filter((value) => schema.safeParse(value).success).map((value) => schema.parse(value));
}

const condition = fc
  .record(
    {
      keyPrefixEquals: keyText(1),
      httpErrorCodeReturnedEquals: fc.integer({ min: 400, max: 599 }),
    },
    { requiredKeys: [] },
  )
  .filter((c) => Object.keys(c).length > 0);

const anyRedirect = fc
  .record(
    {
      hostName,
      protocol,
      replaceKeyPrefixWith: keyText(0),
      replaceKeyWith: keyText(0),
      // The codes servers take (RGW refuses 300, as AWS does).
      httpRedirectCode: fc.constantFrom(301, 302, 303, 307, 308),
    },
    { requiredKeys: [] },
  )
  // S3 takes one kind of key replacement per rule.
  .map((r) => {
    const { replaceKeyWith: _dropped, ...rest } = r;
    return r.replaceKeyPrefixWith === undefined ? r : rest;
  });
// Other clients write an empty `<Redirect/>`; S3 servers store it.
const redirect = fc.oneof(anyRedirect, fc.constant({}));

export const websiteArbitrary: Arbitrary<WebsiteConfig> = valid(
  websiteConfigSchema,
  fc.oneof(
    fc.record({
      indexDocument: trimmed(16).filter((s) => !s.includes('/')),
      errorDocument: maybe(keyText(1)),
      routingRules: fc.array(fc.record({ condition: maybe(condition), redirect }), {
        maxLength: 4,
      }),
    }),
    fc.record({
      routingRules: fc.constant([]),
      redirectAllRequestsTo: fc.record({ hostName, protocol: maybe(protocol) }).map(compact),
    }),
  ),
).map((w) => ({
  ...compact(w),
  routingRules: w.routingRules.map((r) => compact({ ...r, redirect: compact(r.redirect) })),
}));

const headerName = textOf([...'abcXYZ019-_!#$%&*+.^`|~'], 1, 12);
const origin = fc.oneof(
  hostName.map((h) => `https://${h}`),
  hostName.map((h) => `http://*.${h}`),
  fc.constant('*'),
);

export const corsArbitrary: Arbitrary<CorsConfig> = valid(
  corsConfigSchema,
  fc.record({
    rules: fc.array(
      fc
        .record({
          id: maybe(trimmed(16)),
          allowedOrigins: fc.uniqueArray(origin, { minLength: 1, maxLength: 3 }),
          allowedMethods: fc.subarray([...corsMethods], { minLength: 1 }),
          allowedHeaders: fc.uniqueArray(headerName, { maxLength: 3 }),
          exposeHeaders: fc.uniqueArray(headerName, { maxLength: 3 }),
          maxAgeSeconds: maybe(fc.integer({ min: 0, max: 2_147_483_647 })),
        })
        .map(compact),
      { minLength: 1, maxLength: 4 },
    ),
  }),
);

export interface ReplicationOptions {
  /** Destination bucket names to pick from (an RGW test makes them first). */
  destinations: readonly string[];
  /** Fields the provider stores; AWS-only ones are generated only when true. */
  awsFields: boolean;
}

export const ruleStatus = fc.constantFrom('Enabled' as const, 'Disabled' as const);
export const tag = fc.record({ key: textOf(wordChars, 1, 12), value: textOf(textChars, 0, 12) });

export function replicationArbitrary(options: ReplicationOptions): Arbitrary<ReplicationConfig> {
  const { destinations, awsFields } = options;
  const aws = <T>(arb: Arbitrary<T>): Arbitrary<T | undefined> =>
    awsFields ? maybe(arb) : fc.constant(undefined);
  const rule = fc
    .record({
      id: trimmed(16),
      status: ruleStatus,
      priority: maybe(fc.integer({ min: 0, max: 1000 })),
      prefix: keyText(0),
      tags: fc.uniqueArray(tag, { maxLength: 3, selector: (t) => t.key }),
      destination: fc
        .record({
          bucket: fc.constantFrom(...destinations).map((b) => `arn:aws:s3:::${b}`),
          storageClass: maybe(fc.constantFrom('STANDARD', 'STANDARD_IA', 'GLACIER')),
          account: aws(textOf([...'0123456789'], 12, 12)),
          accessControlTranslation: aws(fc.constant({ owner: 'Destination' as const })),
        })
        .map(compact),
      deleteMarkerReplication: maybe(ruleStatus),
      sourceSelectionCriteria: aws(fc.record({ sseKmsEncryptedObjects: ruleStatus })),
    })
    .map(compact);
  return valid(
    replicationConfigSchema,
    fc
      .record({
        role: aws(trimmed(32)),
        rules: fc.uniqueArray(rule, { minLength: 1, maxLength: 3, selector: (r) => r.id }),
      })
      .map(compact),
  );
}

export interface NotificationOptions {
  topicArns: readonly string[];
  /** Queues and cloud functions too (AWS); topics only otherwise (RGW). */
  awsKinds: boolean;
}

const s3Event = fc.constantFrom(...knownS3Events);
const filter = fc
  .record(
    { prefix: keyText(1), suffix: keyText(1), regex: textOf([...'abc.*+?[]()^$\\'], 1, 12) },
    { requiredKeys: [] },
  )
  .filter((f) => Object.keys(f).length > 0);

export function notificationArbitrary(options: NotificationOptions): Arbitrary<NotificationConfig> {
  const entry = <K extends string>(arnKey: K, arns: readonly string[]) =>
    fc
      .record({
        id: trimmed(16),
        events: fc.uniqueArray(s3Event, { minLength: 1, maxLength: 3 }),
        filter: maybe(filter),
        arn: fc.constantFrom(...arns),
      })
      .map(({ arn, ...rest }) => compact({ ...rest, [arnKey]: arn }));
  const list = <T>(arb: Arbitrary<T>, on: boolean) =>
    on ? fc.array(arb, { maxLength: 2 }) : fc.constant([]);
  return valid(
    notificationConfigSchema,
    fc
      .record({
        topics: fc.array(entry('topicArn', options.topicArns), { minLength: 1, maxLength: 3 }),
        queues: list(
          entry('queueArn', ['arn:aws:sqs:us-east-1:123456789012:jobs']),
          options.awsKinds,
        ),
        cloudFunctions: list(
          entry('functionArn', ['arn:aws:lambda:us-east-1:123456789012:function:f']),
          options.awsKinds,
        ),
      })
      .filter((c) => {
        const ids = [...c.topics, ...c.queues, ...c.cloudFunctions].map((e) => e.id);
        return new Set(ids).size === ids.length;
      }),
  );
}

/** Grants to existing users (by canonical id) and to the groups a server knows. */
export function aclGrantsArbitrary(
  userIds: readonly string[],
  groups: readonly AclGroup[] = Object.keys(aclGroupUris) as AclGroup[],
): Arbitrary<AclGrant[]> {
  const grantee = fc.oneof(
    fc.constantFrom(...userIds).map((id) => ({ type: 'user' as const, id })),
    fc.constantFrom(...groups).map((group) => ({ type: 'group' as const, group })),
  );
  return fc.uniqueArray(fc.record({ grantee, permission: fc.constantFrom(...aclPermissions) }), {
    maxLength: 4,
    selector: (g) => JSON.stringify(g),
  });
}

const principal = fc.oneof(
  fc.constant('*'),
  fc.record({ AWS: fc.constantFrom('*', 'arn:aws:iam:::user/holdall-other') }),
);
const statement = fc
  .record({
    Sid: maybe(textOf(wordChars.slice(0, 9), 1, 10)),
    Effect: fc.constantFrom('Allow', 'Deny'),
    Principal: principal,
    Action: fc.oneof(
      fc.constantFrom('s3:GetObject', 's3:ListBucket', 's3:PutObject'),
      fc.subarray(['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], { minLength: 1 }),
    ),
  })
  .map(compact);

/** A bucket policy as text, written the ways people write them (compact or indented). */
export function policyArbitrary(bucket: string): Arbitrary<string> {
  return fc
    .record({
      statements: fc.array(statement, { minLength: 1, maxLength: 3 }),
      indent: fc.constantFrom(0, 2, 4),
    })
    .map(({ statements, indent }) =>
      JSON.stringify(
        {
          Version: '2012-10-17',
          // Sids are unique within a policy (servers and the editor refuse a repeat): a
          // repeated one is left out of the later statement.
          Statement: statements.map((s, i) => ({
            ...(s.Sid !== undefined && statements.slice(0, i).some((o) => o.Sid === s.Sid)
              ? Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'Sid'))
              : s),
            Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
          })),
        },
        null,
        indent,
      ),
    );
}

/** Bucket tag sets: unique keys, empty values, XML's special characters and non-ASCII. */
export const taggingArbitrary: Arbitrary<BucketTags> = valid(
  bucketTagsSchema,
  fc.record({
    tags: fc.uniqueArray(
      fc.record({ key: textOf(textChars, 1, 24), value: textOf(textChars, 0, 24) }),
      { minLength: 1, maxLength: 12, selector: (t) => t.key },
    ),
  }),
);
