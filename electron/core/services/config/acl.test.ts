import { describe, expect, it } from 'vitest';
import { aclFromS3, grantsWithOwner } from './acl.js';

describe('ACL mapping', () => {
  it('puts the owner FULL_CONTROL first and once', () => {
    expect(
      grantsWithOwner('me', [
        { grantee: { type: 'user', id: 'me' }, permission: 'FULL_CONTROL' },
        { grantee: { type: 'user', id: 'me' }, permission: 'READ' },
        { grantee: { type: 'email', email: 'a@example.com' }, permission: 'WRITE' },
        { grantee: { type: 'group', group: 'LogDelivery' }, permission: 'WRITE' },
      ]),
    ).toEqual([
      { Grantee: { Type: 'CanonicalUser', ID: 'me' }, Permission: 'FULL_CONTROL' },
      { Grantee: { Type: 'CanonicalUser', ID: 'me' }, Permission: 'READ' },
      {
        Grantee: { Type: 'AmazonCustomerByEmail', EmailAddress: 'a@example.com' },
        Permission: 'WRITE',
      },
      {
        Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/s3/LogDelivery' },
        Permission: 'WRITE',
      },
    ]);
  });

  it('reads groups by URI and leaves out grants it cannot model', () => {
    expect(
      aclFromS3({ ID: 'me' }, [
        {
          Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' },
          Permission: 'READ',
        },
        {
          Grantee: { Type: 'Group', URI: 'http://example.com/groups/Mystery' },
          Permission: 'READ',
        },
      ]),
    ).toEqual({
      owner: { id: 'me' },
      grants: [{ grantee: { type: 'group', group: 'AllUsers' }, permission: 'READ' }],
    });
  });
});
