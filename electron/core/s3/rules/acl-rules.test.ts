import { describe, expect, it } from 'vitest';
import type { AclChange } from '../../../../shared/domain/config/acl.js';
import { dialects } from '../dialects.js';
import { aclChangeProblem } from './acl-rules.js';

const grants: AclChange = {
  kind: 'grants',
  grants: [{ grantee: { type: 'group', group: 'AllUsers' }, permission: 'READ' }],
};
const canned: AclChange = { kind: 'canned', acl: 'public-read' };

describe('explicitGrants', () => {
  it('refuses explicit grants where the provider only has canned ACLs', () => {
    expect(aclChangeProblem(dialects.minio, grants)?.toShape()).toEqual({
      code: 'UnsupportedByProvider',
      message: 'MinIO does not support explicit ACL grants.',
      details: { provider: 'minio', field: 'explicit ACL grants' },
    });
    expect(aclChangeProblem(dialects.minio, canned)).toBeUndefined();
  });

  it('allows both elsewhere', () => {
    expect(aclChangeProblem(dialects.ceph, grants)).toBeUndefined();
    expect(aclChangeProblem(dialects.jdcloud, grants)).toBeUndefined();
  });
});
