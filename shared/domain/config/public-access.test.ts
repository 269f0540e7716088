import { describe, expect, it } from 'vitest';
import type { Acl } from './acl.js';
import {
  aclPublicGroups,
  isPublic,
  notPublic,
  policyGrantsPublicAccess,
  publicAccessWarnings,
  publicExposure,
} from './public-access.js';
import type { PublicAccessBlock } from './public-access.js';

const policy = (...statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const read = { Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };

const acl = (...groups: ('AllUsers' | 'AuthenticatedUsers' | 'LogDelivery')[]): Acl => ({
  owner: { id: 'me' },
  grants: [
    { grantee: { type: 'user', id: 'me' }, permission: 'FULL_CONTROL' },
    ...groups.map((group) => ({
      grantee: { type: 'group' as const, group },
      permission: 'READ' as const,
    })),
  ],
});

const none: PublicAccessBlock = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};

describe('policyGrantsPublicAccess', () => {
  it.each([
    ['Principal "*"', policy({ Effect: 'Allow', Principal: '*', ...read })],
    ['Principal {"AWS": "*"}', policy({ Effect: 'Allow', Principal: { AWS: '*' }, ...read })],
    ['Principal {"AWS": ["*"]}', policy({ Effect: 'Allow', Principal: { AWS: ['*'] }, ...read })],
    [
      'a single statement object',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Principal: '*', ...read },
      }),
    ],
    [
      'NotPrincipal (everyone but someone)',
      policy({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::1:root' }, ...read }),
    ],
    [
      'a Referer condition (anyone can send one)',
      policy({
        Effect: 'Allow',
        Principal: '*',
        ...read,
        Condition: { StringLike: { 'aws:Referer': 'https://example.com/*' } },
      }),
    ],
    [
      'a wildcard source IP',
      policy({
        Effect: 'Allow',
        Principal: '*',
        ...read,
        Condition: { IpAddress: { 'aws:SourceIp': '*' } },
      }),
    ],
  ])('is public with %s', (_, text) => {
    expect(policyGrantsPublicAccess(text)).toBe(true);
  });

  it.each([
    ['no policy', undefined],
    ['unreadable text', '{not json'],
    [
      'a named principal',
      policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::1:user/a' }, ...read }),
    ],
    ['a Deny for everyone', policy({ Effect: 'Deny', Principal: '*', ...read })],
    [
      'a fixed source IP range',
      policy({
        Effect: 'Allow',
        Principal: '*',
        ...read,
        Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } },
      }),
    ],
    [
      'a fixed VPC, key in any case',
      policy({
        Effect: 'Allow',
        Principal: '*',
        ...read,
        Condition: { StringEquals: { 'AWS:SourceVpc': 'vpc-1' } },
      }),
    ],
  ])('is not public with %s', (_, text) => {
    expect(policyGrantsPublicAccess(text)).toBe(false);
  });
});

describe('aclPublicGroups', () => {
  it('names the groups of everybody an ACL grants to, not the owner or LogDelivery', () => {
    expect(aclPublicGroups(acl())).toEqual([]);
    expect(aclPublicGroups(acl('LogDelivery'))).toEqual([]);
    expect(aclPublicGroups(acl('AuthenticatedUsers', 'AllUsers', 'AllUsers'))).toEqual([
      'AllUsers',
      'AuthenticatedUsers',
    ]);
    expect(aclPublicGroups(undefined)).toEqual([]);
  });
});

describe('publicAccessWarnings', () => {
  const exposed = publicExposure(
    policy({ Effect: 'Allow', Principal: '*', ...read }),
    acl('AllUsers'),
  );

  it('says nothing when the bucket grants no public access, whatever is blocked', () => {
    const all = {
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    };
    expect(publicAccessWarnings(all, notPublic)).toEqual([]);
    expect(publicAccessWarnings(all, publicExposure(undefined, acl('LogDelivery')))).toEqual([]);
  });

  it('says nothing when nothing is blocked, however public the bucket is', () => {
    expect(isPublic(exposed)).toBe(true);
    expect(publicAccessWarnings(none, exposed)).toEqual([]);
  });

  it('warns once per setting that cuts off the access granted now', () => {
    expect(publicAccessWarnings({ ...none, restrictPublicBuckets: true }, exposed)).toEqual([
      { code: 'policyRestricted' },
    ]);
    expect(publicAccessWarnings({ ...none, blockPublicPolicy: true }, exposed)).toEqual([
      { code: 'policyBlocked' },
    ]);
    expect(publicAccessWarnings({ ...none, ignorePublicAcls: true }, exposed)).toEqual([
      { code: 'aclIgnored', groups: ['AllUsers'] },
    ]);
    expect(publicAccessWarnings({ ...none, blockPublicAcls: true }, exposed)).toEqual([
      { code: 'aclBlocked', groups: ['AllUsers'] },
    ]);
  });

  it('warns about the policy only for a public policy, about the ACL only for a public ACL', () => {
    const all = {
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    };
    const aclOnly = publicExposure(undefined, acl('AuthenticatedUsers'));
    expect(publicAccessWarnings(all, aclOnly).map((w) => w.code)).toEqual([
      'aclIgnored',
      'aclBlocked',
    ]);
    const policyOnly = publicExposure(policy({ Effect: 'Allow', Principal: '*', ...read }), acl());
    expect(publicAccessWarnings(all, policyOnly).map((w) => w.code)).toEqual([
      'policyRestricted',
      'policyBlocked',
    ]);
  });
});
