import { describe, expect, it } from 'vitest';
import { describeIssues } from '../contract/dispatch.js';
import { profileDraftSchema } from './profile.js';

const base = {
  name: 'Lab',
  provider: 'ceph',
  endpoint: 'http://127.0.0.1:7480',
  region: 'us-east-1',
  addressing: 'path',
} as const;

const problems = (draft: unknown) => {
  const parsed = profileDraftSchema.safeParse(draft);
  return parsed.success ? '' : describeIssues(parsed.error.issues);
};

describe('profile drafts with a credential source', () => {
  it('take a draft without a source as static keys, which need an access key', () => {
    expect(problems({ ...base, accessKeyId: 'AKID', secretAccessKey: 's' })).toBe('');
    expect(problems({ ...base, accessKeyId: ' ', secretAccessKey: 's' })).toContain(
      'accessKeyId: is required',
    );
    expect(problems({ ...base, accessKeyId: 'AKID', credentialSource: { kind: 'static' } })).toBe(
      '',
    );
  });

  it('take an AWS profile by name, refusing names the AWS files cannot hold', () => {
    const source = (profileName: string) => ({
      ...base,
      accessKeyId: '',
      credentialSource: { kind: 'awsProfile', profileName },
    });
    expect(problems(source('lab-admin'))).toBe('');
    expect(problems(source(''))).toContain('profileName: is required');
    expect(problems(source('my profile'))).toContain('may not hold spaces or brackets');
  });

  it('take a credential process command that splits into words', () => {
    const source = (command: string) => ({
      ...base,
      accessKeyId: '',
      credentialSource: { kind: 'process', command },
    });
    expect(problems(source('"/opt/My Tools/get-keys" --lab'))).toBe('');
    expect(problems(source('get-keys "--lab'))).toContain('command: has an unclosed " quote');
    expect(problems(source('  '))).toContain('command: is required');
  });

  it('refuse keys typed for a source that brings its own', () => {
    const draft = {
      ...base,
      accessKeyId: 'AKID',
      secretAccessKey: 'secret',
      sessionToken: 'token',
      credentialSource: { kind: 'awsProfile', profileName: 'lab' },
    };
    const said = problems(draft);
    for (const field of ['accessKeyId', 'secretAccessKey', 'sessionToken']) {
      expect(said).toContain(`${field}: is only for a connection with its own access key`);
    }
  });

  it('refuse an unknown source kind', () => {
    expect(
      problems({ ...base, accessKeyId: '', credentialSource: { kind: 'sso', startUrl: 'x' } }),
    ).toContain('credentialSource');
  });
});
