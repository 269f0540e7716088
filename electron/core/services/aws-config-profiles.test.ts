import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAwsProfiles } from './aws-config-profiles.js';

/** A home folder holding the given ~/.aws files. */
async function home(files: { credentials?: string; config?: string }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'holdall-awshome-'));
  await mkdir(join(dir, '.aws'));
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(dir, '.aws', name), text);
  }
  return dir;
}

const credentials = `
# written by aws configure
[default]
aws_access_key_id = AKIDDEFAULT
aws_secret_access_key = secretdefault   ; trailing comment

[ceph]
aws_access_key_id=AKIDCEPH
aws_secret_access_key=secretceph

[temp]
aws_access_key_id = ASIATEMP
aws_secret_access_key = secrettemp
aws_session_token = token
`;

const config = `
[default]
region = eu-west-1

[profile ceph]
region = zg-1
services = lab
s3 =
  addressing_style = path

[services lab]
s3 =
  endpoint_url = http://rgw.lab:7480

[profile corp]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = Reader
region = us-west-2

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access

[profile legacy-sso]
sso_start_url = https://my-sso-portal.awsapps.com/start
sso_region = us-east-1
sso_account_id = 111122223333
sso_role_name = readOnly
region = us-west-2

[profile role]
role_arn = arn:aws:iam::123456789012:role/r
source_profile = default
mfa_serial = arn:aws:iam::123456789012:mfa/ana
external_id = partner-42
duration_seconds = 1800

[profile instance]
role_arn = arn:aws:iam::123456789012:role/r
credential_source = Ec2InstanceMetadata

[profile jd]
region = cn-north-1
endpoint_url = https://s3.cn-north-1.jdcloud-oss.com
aws_access_key_id = AKIDJD
aws_secret_access_key = secretjd

[profile badurl]
endpoint_url = ftp://nowhere
aws_access_key_id = A
aws_secret_access_key = B

[profile script]
credential_process = /opt/bin/awscreds-retriever --username susan

[profile web]
web_identity_token_file = /var/run/token
role_arn = arn:aws:iam::123456789012:role/w
`;

describe('readAwsProfiles', () => {
  it('lists every profile of both files, default first, never with a secret', async () => {
    const profiles = await readAwsProfiles(await home({ credentials, config }));
    const candidates = profiles.map((p) => p.candidate);
    expect(candidates.map((c) => c.name)).toEqual([
      'default',
      'badurl',
      'ceph',
      'corp',
      'instance',
      'jd',
      'legacy-sso',
      'role',
      'script',
      'temp',
      'web',
    ]);
    const sent = JSON.stringify(candidates);
    for (const secret of ['secretdefault', 'secretceph', 'secrettemp', 'secretjd']) {
      expect(sent).not.toContain(secret);
    }
  });

  it('imports a profile as its name, never with its keys, so the files are read when used', async () => {
    const profiles = await readAwsProfiles(await home({ credentials, config }));
    const byName = new Map(profiles.map((p) => [p.candidate.name, p]));
    expect(byName.get('default')).toEqual({
      candidate: {
        name: 'default',
        provider: 'aws',
        region: 'eu-west-1',
        endpoint: '',
        addressing: 'virtual',
        hasKeys: true,
        keysFrom: 'keys',
      },
      draft: {
        name: 'default',
        provider: 'aws',
        region: 'eu-west-1',
        endpoint: '',
        addressing: 'virtual',
        accessKeyId: '',
        credentialSource: { kind: 'awsProfile', profileName: 'default' },
      },
    });
    // The services block's s3 endpoint_url, and the nested addressing_style.
    expect(byName.get('ceph')?.candidate).toMatchObject({
      provider: 'generic',
      region: 'zg-1',
      endpoint: 'http://rgw.lab:7480',
      addressing: 'path',
      hasKeys: true,
    });
    // Keys may live in the config file too; a JD Cloud endpoint picks its provider.
    expect(byName.get('jd')?.draft).toMatchObject({
      provider: 'jdcloud',
      addressing: 'virtual',
      credentialSource: { kind: 'awsProfile', profileName: 'jd' },
    });
  });

  it('imports temporary keys and credential_process profiles too', async () => {
    const profiles = await readAwsProfiles(await home({ credentials, config }));
    const byName = new Map(profiles.map((p) => [p.candidate.name, p]));
    expect(byName.get('temp')?.candidate).toMatchObject({
      hasKeys: true,
      keysFrom: 'temporaryKeys',
    });
    expect(byName.get('temp')?.candidate.skipReason).toBeUndefined();
    expect(byName.get('temp')?.draft?.credentialSource).toEqual({
      kind: 'awsProfile',
      profileName: 'temp',
    });
    expect(byName.get('script')?.candidate).toMatchObject({ hasKeys: false, keysFrom: 'process' });
    expect(byName.get('script')?.draft?.credentialSource).toEqual({
      kind: 'awsProfile',
      profileName: 'script',
    });
  });

  it('reads the files AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE point at', async () => {
    const dir = await home({ credentials, config });
    const profiles = await readAwsProfiles('/nonexistent-home', {
      AWS_CONFIG_FILE: join(dir, '.aws', 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, '.aws', 'credentials'),
    });
    expect(profiles.map((p) => p.candidate.name)).toContain('ceph');
    // Pointed elsewhere, the config file in ~/.aws (with ceph's endpoint) is not read.
    const elsewhere = await readAwsProfiles(dir, { AWS_CONFIG_FILE: join(dir, 'none') });
    expect(elsewhere.find((p) => p.candidate.name === 'ceph')?.candidate.endpoint).toBe('');
  });

  it('imports role, web identity and SSO profiles as the sources they name', async () => {
    const profiles = await readAwsProfiles(await home({ credentials, config }));
    const role = profiles.find((p) => p.candidate.name === 'role');
    expect(role?.candidate).toMatchObject({ keysFrom: 'role' });
    expect(role?.candidate.skipReason).toBeUndefined();
    expect(role?.draft?.credentialSource).toEqual({
      kind: 'assumeRole',
      caller: { kind: 'awsProfile', profileName: 'default' },
      roleArn: 'arn:aws:iam::123456789012:role/r',
      sessionName: 'holdall',
      externalId: 'partner-42',
      durationSeconds: 1800,
      mfaSerial: 'arn:aws:iam::123456789012:mfa/ana',
    });
    const corp = profiles.find((p) => p.candidate.name === 'corp');
    expect(corp?.candidate).toMatchObject({ keysFrom: 'sso', region: 'us-west-2' });
    expect(corp?.draft?.credentialSource).toEqual({
      kind: 'sso',
      startUrl: 'https://corp.awsapps.com/start',
      ssoRegion: 'us-east-1',
      accountId: '123456789012',
      roleName: 'Reader',
      sessionName: 'corp',
    });
    const legacy = profiles.find((p) => p.candidate.name === 'legacy-sso');
    expect(legacy?.draft?.credentialSource).toEqual({
      kind: 'sso',
      startUrl: 'https://my-sso-portal.awsapps.com/start',
      ssoRegion: 'us-east-1',
      accountId: '111122223333',
      roleName: 'readOnly',
    });
    const web = profiles.find((p) => p.candidate.name === 'web');
    expect(web?.candidate).toMatchObject({ keysFrom: 'webIdentity' });
    expect(web?.draft?.credentialSource).toEqual({
      kind: 'webIdentity',
      roleArn: 'arn:aws:iam::123456789012:role/w',
      sessionName: 'holdall',
      tokenFile: '/var/run/token',
    });
    const instance = profiles.find((p) => p.candidate.name === 'instance');
    expect(instance?.candidate.skipReason).toContain('credential_source');
    expect(instance?.draft).toBeUndefined();
  });

  it('skips profiles without keys, saying why', async () => {
    const profiles = await readAwsProfiles(await home({ credentials, config }));
    const reason = (name: string) => profiles.find((p) => p.candidate.name === name);
    const halfSso = await readAwsProfiles(
      await home({ config: '[profile half]\nsso_start_url = https://x.awsapps.com/start\n' }),
    );
    expect(halfSso[0]?.candidate.skipReason).toBe(
      'Signs in with IAM Identity Center (SSO), but cannot be imported: sso_region: is not an AWS region (like us-east-1); sso_account_id: must be the 12 digits of an AWS account; sso_role_name: must be 1 to 64 letters, digits or +=,.@_-.',
    );
    expect(reason('badurl')?.candidate.skipReason).toContain('endpoint');
    expect(reason('badurl')?.draft).toBeUndefined();
  });

  it('reads only a credentials file, defaulting the region', async () => {
    const profiles = await readAwsProfiles(
      await home({ credentials: '[solo]\naws_access_key_id=a\naws_secret_access_key=b' }),
    );
    expect(profiles.map((p) => p.candidate)).toEqual([
      {
        name: 'solo',
        provider: 'aws',
        region: 'us-east-1',
        endpoint: '',
        addressing: 'virtual',
        hasKeys: true,
        keysFrom: 'keys',
      },
    ]);
  });

  it('says a profile has a key but no secret', async () => {
    const profiles = await readAwsProfiles(
      await home({ credentials: '[half]\naws_access_key_id=a' }),
    );
    expect(profiles[0]?.candidate.skipReason).toBe('Has an access key but no secret.');
  });

  it('answers nothing when there is no ~/.aws at all', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'holdall-awshome-'));
    expect(await readAwsProfiles(dir)).toEqual([]);
  });

  it('reports an unreadable file as a LocalFileError', async (ctx) => {
    if (process.getuid?.() === 0) {
      console.log('skipped: root reads files whatever their permissions, so none is unreadable');
      ctx.skip();
    }
    const dir = await home({ credentials: '[a]' });
    await chmod(join(dir, '.aws', 'credentials'), 0o000);
    await expect(readAwsProfiles(dir)).rejects.toMatchObject({ code: 'LocalFileError' });
  });
});
