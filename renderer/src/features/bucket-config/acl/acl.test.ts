import { describe, expect, it } from 'vitest';
import type { ValidationContext } from '../config-kind.js';
import { aclChange, aclDefinition, aclFromRaw } from './acl-definition.js';
import { withCanned } from './acl-model.js';
import type { AclModel } from './acl-model.js';
import { validateAcl } from './acl-validate.js';

const ceph: ValidationContext = { provider: 'ceph', bucket: 'photos' };
const owner = { id: 'holdall', displayName: 'Holdall' };

const model: AclModel = {
  owner,
  canned: undefined,
  grants: [
    {
      grantee: { type: 'user', id: 'holdall', displayName: 'Holdall' },
      permission: 'FULL_CONTROL',
    },
    { grantee: { type: 'user', id: 'holdall-other' }, permission: 'READ' },
    { grantee: { type: 'email', email: 'ops@example.com' }, permission: 'READ_ACP' },
    { grantee: { type: 'group', group: 'LogDelivery' }, permission: 'WRITE' },
  ],
};

function read(text: string, format: 'json' | 'xml'): AclModel {
  const parsed = aclFromRaw(text, format);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.model;
}

describe('ACL raw ⇄ model', () => {
  it.each(['json', 'xml'] as const)('reads back what it writes as %s', (format) => {
    expect(read(aclDefinition.toRaw(model, format), format)).toEqual(model);
  });

  it('writes S3’s XML with typed grantees', () => {
    const xml = aclDefinition.toRaw(model, 'xml');
    expect(xml).toContain('<AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/">');
    expect(xml).toContain('xsi:type="AmazonCustomerByEmail"');
    expect(xml).toContain('<URI>http://acs.amazonaws.com/groups/s3/LogDelivery</URI>');
  });

  it('writes the AWS CLI’s JSON', () => {
    const json = JSON.parse(aclDefinition.toRaw(model, 'json')) as { Grants: unknown[] };
    expect(json.Grants[3]).toEqual({
      Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/s3/LogDelivery' },
      Permission: 'WRITE',
    });
  });

  it('places an unknown permission on its line, in both formats', () => {
    const json = aclDefinition.toRaw(model, 'json').replace('"READ_ACP"', '"READ_ALL"');
    const fromJson = aclFromRaw(json, 'json');
    expect(fromJson.ok).toBe(false);
    if (!fromJson.ok) {
      expect(fromJson.problems[0]?.message).toMatch(/Permission "READ_ALL" is not READ/);
      expect(json.split('\n')[(fromJson.problems[0]?.line ?? 0) - 1]).toContain('READ_ALL');
    }
    const xml = aclDefinition.toRaw(model, 'xml').replace('>READ_ACP<', '>READ_ALL<');
    const fromXml = aclFromRaw(xml, 'xml');
    expect(fromXml.ok).toBe(false);
    if (!fromXml.ok)
      expect(xml.split('\n')[(fromXml.problems[0]?.line ?? 0) - 1]).toContain('READ_ALL');
  });

  it('places an XML syntax error on its line', () => {
    const xml = aclDefinition.toRaw(model, 'xml').replace('</Owner>', '</Ownr>');
    const parsed = aclFromRaw(xml, 'xml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(xml.split('\n')[(parsed.problems[0]?.line ?? 0) - 1]).toContain('</Ownr>');
  });
});

describe('validateAcl', () => {
  it('names empty ids, bad e-mails and repeats, on their raw lines', () => {
    const bad: AclModel = {
      ...model,
      grants: [
        { grantee: { type: 'user', id: ' ' }, permission: 'READ' },
        { grantee: { type: 'email', email: 'not-mail' }, permission: 'READ' },
        { grantee: { type: 'group', group: 'AllUsers' }, permission: 'READ' },
        { grantee: { type: 'group', group: 'AllUsers' }, permission: 'READ' },
      ],
    };
    const errors = validateAcl(bad, ceph);
    expect(errors).toEqual({
      'grants.0.grantee.id': 'Canonical user id is required',
      'grants.1.grantee.email': 'Not an e-mail address',
      'grants.3': 'This grantee already has this permission above',
    });
    const xml = aclDefinition.toRaw(bad, 'xml');
    const line = aclDefinition.rawLine?.(xml, 'xml', 'grants.1.grantee.email') ?? 0;
    expect(xml.split('\n')[line - 1]).toContain('<EmailAddress>not-mail</EmailAddress>');
  });

  it('tells MinIO users that only canned ACLs go through', () => {
    const minio = { ...ceph, provider: 'minio' as const };
    expect(validateAcl(model, minio)['canned']).toBe(
      'MinIO takes only canned ACLs: choose one under Access',
    );
    expect(validateAcl(withCanned(model, 'public-read'), minio)).toEqual({});
  });
});

describe('canned ACLs', () => {
  it('shows what a canned ACL stands for and sends it as canned', () => {
    const publicRead = withCanned(model, 'public-read');
    expect(publicRead.grants).toEqual([
      {
        grantee: { type: 'user', id: 'holdall', displayName: 'Holdall' },
        permission: 'FULL_CONTROL',
      },
      { grantee: { type: 'group', group: 'AllUsers' }, permission: 'READ' },
    ]);
    expect(aclChange(publicRead)).toEqual({ kind: 'canned', acl: 'public-read' });
    // The same grants typed by hand amount to the canned ACL too.
    expect(aclChange({ ...publicRead, canned: undefined })).toEqual({
      kind: 'canned',
      acl: 'public-read',
    });
    expect(aclChange(model)).toEqual({ kind: 'grants', grants: model.grants });
  });
});
