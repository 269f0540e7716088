import { describe, expect, it } from 'vitest';
import type { AssumeRoleSource } from '../../../../shared/domain/assume-role.js';
import { roleFormFrom, roleSourceFromForm } from './role-form.js';

const role = (caller: AssumeRoleSource['caller']): AssumeRoleSource => ({
  kind: 'assumeRole',
  caller,
  roleArn: 'arn:aws:iam::123456789012:role/Reader',
  sessionName: 'holdall',
  durationSeconds: 3600,
});

describe('the role fields of an edited connection', () => {
  it('keep who asks for the role: a connection, an AWS CLI profile, or the environment', () => {
    for (const caller of [
      { kind: 'connection', connectionId: 'abc123' },
      { kind: 'awsProfile', profileName: 'base' },
      { kind: 'environment' },
    ] as const) {
      expect(roleSourceFromForm(roleFormFrom(role(caller)))).toEqual(role(caller));
    }
  });
});
