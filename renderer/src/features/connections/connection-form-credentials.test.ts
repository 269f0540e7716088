import { describe, expect, it } from 'vitest';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { checkForm, draftFromForm, emptyForm, formFromProfile } from './connection-form.js';
import type { ConnectionFormValues } from './connection-form.js';

const filled: ConnectionFormValues = {
  ...emptyForm(),
  name: 'Lab',
  endpoint: 'http://127.0.0.1:7480',
  accessKeyId: 'AKIA',
  secretAccessKey: 'secret',
};

const summary: ProfileSummary = {
  id: 'abc123',
  name: 'Lab',
  provider: 'ceph',
  endpoint: 'http://127.0.0.1:7480',
  region: 'us-east-1',
  addressing: 'path',
  accessKeyId: '',
  secretHint: '',
  credentialSource: { kind: 'process', command: 'get-keys --lab' },
};

describe('the connection form’s credential sources', () => {
  it('sends a typed session token, and none when the field is empty', () => {
    expect(draftFromForm({ ...filled, sessionToken: ' tok ' }, undefined).sessionToken).toBe('tok');
    expect('sessionToken' in draftFromForm(filled, undefined)).toBe(false);
  });

  it('sends an empty token to remove the stored one only when asked', () => {
    const edit = { ...filled, secretAccessKey: '', clearSessionToken: true };
    expect(draftFromForm(edit, 'abc123').sessionToken).toBe('');
  });

  it('sends an AWS profile by name, without keys', () => {
    const result = checkForm(
      { ...filled, credentialKind: 'awsProfile', awsProfileName: 'lab', sessionToken: 'x' },
      undefined,
    );
    expect(result.ok && result.draft).toEqual({
      name: 'Lab',
      provider: 'generic',
      endpoint: 'http://127.0.0.1:7480',
      region: 'us-east-1',
      addressing: 'path',
      accessKeyId: '',
      credentialSource: { kind: 'awsProfile', profileName: 'lab' },
    });
  });

  it('sends a web identity role with its token file, naming a relative path in its field', () => {
    const values: ConnectionFormValues = {
      ...filled,
      credentialKind: 'webIdentity',
      roleArn: 'arn:aws:iam::123456789012:role/ci',
      webTokenFile: '~/.ci/token',
    };
    const result = checkForm(values, undefined);
    expect(result.ok && result.draft.credentialSource).toEqual({
      kind: 'webIdentity',
      roleArn: 'arn:aws:iam::123456789012:role/ci',
      sessionName: 'holdall',
      tokenFile: '~/.ci/token',
    });
    const relative = checkForm({ ...values, webTokenFile: 'token' }, undefined);
    expect(!relative.ok && relative.errors).toEqual({
      webTokenFile: 'Token file must be a full path, or start with ~/',
    });
    const saved = formFromProfile({
      ...summary,
      credentialSource: result.ok ? result.draft.credentialSource : undefined,
    });
    expect(saved).toMatchObject({ credentialKind: 'webIdentity', webTokenFile: '~/.ci/token' });
  });

  it('names a missing profile name or a command it cannot split in their own fields', () => {
    const profile = checkForm({ ...filled, credentialKind: 'awsProfile' }, undefined);
    expect(!profile.ok && profile.errors).toEqual({
      awsProfileName: 'AWS CLI profile is required',
    });
    const command = checkForm(
      { ...filled, credentialKind: 'process', processCommand: 'get-keys "--lab' },
      undefined,
    );
    expect(!command.ok && command.errors).toEqual({
      processCommand: 'Credential process command has an unclosed " quote',
    });
  });

  it('needs no secret for a new connection whose keys come from a process', () => {
    const result = checkForm(
      {
        ...filled,
        accessKeyId: '',
        secretAccessKey: '',
        credentialKind: 'process',
        processCommand: 'get-keys',
      },
      undefined,
    );
    expect(result.ok && result.draft.credentialSource).toEqual({
      kind: 'process',
      command: 'get-keys',
    });
  });

  it('opens a stored connection on its own source', () => {
    expect(formFromProfile(summary)).toMatchObject({
      credentialKind: 'process',
      processCommand: 'get-keys --lab',
      awsProfileName: '',
      secretAccessKey: '',
      sessionToken: '',
    });
    expect(formFromProfile({ ...summary, credentialSource: undefined }).credentialKind).toBe(
      'static',
    );
  });

  it('asks for a secret when a connection without one moves to static keys', () => {
    const moved = {
      ...formFromProfile(summary),
      credentialKind: 'static',
      accessKeyId: 'AKIA',
    } as const;
    const check = checkForm(moved, 'abc123', false);
    expect(!check.ok && check.errors).toEqual({
      secretAccessKey: 'Secret access key is required',
    });
    expect(checkForm({ ...moved, secretAccessKey: 's' }, 'abc123', false).ok).toBe(true);
  });
});
