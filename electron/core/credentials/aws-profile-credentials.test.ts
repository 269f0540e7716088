import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsConfigPaths } from './aws-config-paths.js';
import { awsProfileCredentials } from './aws-profile-credentials.js';
import { credentialScript, printing, scratchDir } from './test-support.js';

async function home(files: { credentials?: string; config?: string }): Promise<string> {
  const dir = await scratchDir('aws-profile');
  await mkdir(join(dir, '.aws'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, '.aws', name), text);
  return dir;
}

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (err: unknown) => err,
  );

describe('awsConfigPaths', () => {
  it('uses ~/.aws unless AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE say otherwise', () => {
    expect(awsConfigPaths('/home/u', {})).toEqual({
      config: join('/home/u', '.aws', 'config'),
      credentials: join('/home/u', '.aws', 'credentials'),
    });
    expect(
      awsConfigPaths('/home/u', {
        AWS_CONFIG_FILE: '~/work/aws-config',
        AWS_SHARED_CREDENTIALS_FILE: '/etc/aws/creds',
      }),
    ).toEqual({ config: join('/home/u', 'work/aws-config'), credentials: '/etc/aws/creds' });
  });
});

describe('awsProfileCredentials', () => {
  it('reads static keys with a session token from the credentials file', async () => {
    const dir = await home({
      credentials:
        '[temp]\naws_access_key_id = ASIATEMP\naws_secret_access_key = tempsecret\naws_session_token = tok\n',
    });
    expect(await awsProfileCredentials('temp', awsConfigPaths(dir, {}))).toEqual({
      accessKeyId: 'ASIATEMP',
      secretAccessKey: 'tempsecret',
      sessionToken: 'tok',
    });
  });

  it('prefers keys in the credentials file, then credential_process, then keys in config', async () => {
    const dir = await home({});
    const command = await credentialScript(
      dir,
      'keys',
      printing({ Version: 1, AccessKeyId: 'AKIDPROC', SecretAccessKey: 'procsecret' }),
    );
    await writeFile(
      join(dir, '.aws', 'config'),
      `[profile both]\ncredential_process = ${command}\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = c\n` +
        `[profile configonly]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = c\n`,
    );
    await writeFile(
      join(dir, '.aws', 'credentials'),
      '[keys]\naws_access_key_id = AKIDCRED\naws_secret_access_key = s\n',
    );
    const paths = awsConfigPaths(dir, {});
    expect((await awsProfileCredentials('both', paths)).accessKeyId).toBe('AKIDPROC');
    expect((await awsProfileCredentials('configonly', paths)).accessKeyId).toBe('AKIDCONFIG');
    await writeFile(
      join(dir, '.aws', 'credentials'),
      '[both]\naws_access_key_id = AKIDCRED\naws_secret_access_key = s\n',
    );
    expect((await awsProfileCredentials('both', paths)).accessKeyId).toBe('AKIDCRED');
  });

  it('reads the files the environment points at', async () => {
    const dir = await scratchDir('aws-env');
    await writeFile(
      join(dir, 'creds'),
      '[elsewhere]\naws_access_key_id = AKIDENV\naws_secret_access_key = s\n',
    );
    const paths = awsConfigPaths('/nonexistent-home', {
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'creds'),
    });
    expect((await awsProfileCredentials('elsewhere', paths)).accessKeyId).toBe('AKIDENV');
  });

  it('says in plain words why a profile gives no keys', async () => {
    const dir = await home({
      config:
        '[profile corp]\nsso_session = corp\n[profile role]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = default\n' +
        '[profile empty]\nregion = eu-west-1\n',
    });
    const paths = awsConfigPaths(dir, {});
    expect(await failureOf(awsProfileCredentials('corp', paths))).toMatchObject({
      code: 'CredentialsUnavailable',
      message:
        'The AWS profile "corp" signs in with IAM Identity Center (SSO), not with keys of its own.',
    });
    // Keys of their own are what a role's source_profile must give; a connection follows them.
    expect(await failureOf(awsProfileCredentials('role', paths))).toMatchObject({
      message: 'The AWS profile "role" assumes a role (role_arn) itself, not with keys of its own.',
    });
    expect(await failureOf(awsProfileCredentials('empty', paths))).toMatchObject({
      message: 'The AWS profile "empty" has no access key and secret and no credential_process.',
    });
    expect(await failureOf(awsProfileCredentials('gone', paths))).toMatchObject({
      code: 'CredentialsUnavailable',
      message: `The AWS profile "gone" is in neither ${paths.config} nor ${paths.credentials}.`,
    });
  });
});
