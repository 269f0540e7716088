import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStsStandIn } from '../../../e2e/fixtures/sts-standin.js';
import type { StsStandIn } from '../../../e2e/fixtures/sts-standin.js';
import { failureOf } from '../test-support.js';
import { awsConfigPaths } from './aws-config-paths.js';
import { awsProfileSignIn } from './aws-profile-credentials.js';
import { liveSourceOf } from './aws-profile-provider.js';
import { credentialProviderFor } from './credential-provider.js';
import { withProfileSignIn } from './sign-in-again.js';
import { credentialScript, printing, scratchDir } from './test-support.js';

// An "AWS CLI profile" connection follows the kind of its profile, as the AWS CLI documents
// them (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html).
const CONFIG = `
[profile keys]
aws_access_key_id = AKIDKEYS
aws_secret_access_key = keys-secret

[profile sso-new]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = ReadOnly
region = eu-west-1

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access

[profile sso-legacy]
sso_start_url = https://legacy.awsapps.com/start
sso_region = us-west-2
sso_account_id = 444455556666
sso_role_name = Admin

[profile pipeline]
role_arn = arn:aws:iam::123456789012:role/Pipeline
web_identity_token_file = ~/.kube/token

[profile reader]
role_arn = arn:aws:iam::123456789012:role/Reader
source_profile = keys
role_session_name = me
mfa_serial = arn:aws:iam::123456789012:mfa/me

[profile on-ec2]
role_arn = arn:aws:iam::123456789012:role/Reader
credential_source = Ec2InstanceMetadata
`;

let home: string;
let sts: StsStandIn | undefined;
beforeEach(async () => {
  home = await scratchDir('aws-profile-kinds');
  await mkdir(join(home, '.aws'));
  await mkdir(join(home, '.kube'));
  await writeFile(join(home, '.aws', 'config'), CONFIG);
});
afterEach(async () => {
  await sts?.close();
  sts = undefined;
});

const signIn = (name: string) => awsProfileSignIn(name, awsConfigPaths(home, {}));

describe('the sign-in an AWS CLI profile names, read at each resolve', () => {
  it('keys and credential_process are the profile’s own: no other sign-in', async () => {
    const command = await credentialScript(home, 'keys', printing({ Version: 1 }));
    await writeFile(join(home, '.aws', 'credentials'), `[proc]\ncredential_process = ${command}\n`);
    expect(await signIn('keys')).toBeUndefined();
    expect(await signIn('proc')).toBeUndefined();
  });

  it('an sso_session profile, and a legacy one, sign in with IAM Identity Center', async () => {
    expect(await signIn('sso-new')).toEqual({
      kind: 'sso',
      startUrl: 'https://corp.awsapps.com/start',
      ssoRegion: 'us-east-1',
      accountId: '111122223333',
      roleName: 'ReadOnly',
      sessionName: 'corp',
    });
    expect(await signIn('sso-legacy')).toEqual({
      kind: 'sso',
      startUrl: 'https://legacy.awsapps.com/start',
      ssoRegion: 'us-west-2',
      accountId: '444455556666',
      roleName: 'Admin',
    });
  });

  it('a web identity token file and a role with a source_profile', async () => {
    expect(await signIn('pipeline')).toEqual({
      kind: 'webIdentity',
      roleArn: 'arn:aws:iam::123456789012:role/Pipeline',
      sessionName: 'holdall',
      tokenFile: '~/.kube/token',
    });
    expect(await signIn('reader')).toMatchObject({
      kind: 'assumeRole',
      caller: { kind: 'awsProfile', profileName: 'keys' },
      roleArn: 'arn:aws:iam::123456789012:role/Reader',
      sessionName: 'me',
      mfaSerial: 'arn:aws:iam::123456789012:mfa/me',
    });
  });

  it('a sign-in it cannot follow is refused in words naming the profile', async () => {
    expect(await failureOf(signIn('on-ec2'))).toMatchObject({
      code: 'CredentialsUnavailable',
      message: expect.stringContaining(
        'The AWS profile "on-ec2" assumes a role with credential_source',
      ) as string,
    });
  });

  it('"Sign in again" and "Sign out" see the SSO sign-in behind a profile connection', async () => {
    const context = { homeDir: home, env: {} };
    expect(
      await liveSourceOf({ kind: 'awsProfile', profileName: 'sso-new' }, context),
    ).toMatchObject({
      kind: 'sso',
      sessionName: 'corp',
    });
    const keys = { kind: 'awsProfile', profileName: 'keys' } as const;
    expect(await liveSourceOf(keys, context)).toBe(keys);
  });

  it('the window is told which profile connections sign in with SSO, and nothing more', async () => {
    const listed = await withProfileSignIn(
      [
        { name: 'a', credentialSource: { kind: 'awsProfile', profileName: 'sso-legacy' } },
        { name: 'b', credentialSource: { kind: 'awsProfile', profileName: 'reader' } },
        { name: 'c', credentialSource: { kind: 'awsProfile', profileName: 'on-ec2' } },
        { name: 'd', credentialSource: { kind: 'static' } },
      ] as const,
      { homeDir: home, env: {} },
    );
    expect(listed.map((p) => p.signIn)).toEqual(['sso', null, null, undefined]);
    // Only the flag: no start URL, role or account of the profile reaches the summary.
    expect(JSON.stringify(listed)).not.toContain('legacy.awsapps.com');
  });
});

describe('an AWS CLI profile connection’s keys', () => {
  it('come from the provider of the profile’s kind, and follow an edit to another kind', async () => {
    sts = await startStsStandIn();
    await writeFile(join(home, '.kube', 'token'), 'eyJ.pipeline.token');
    const provider = credentialProviderFor(
      { kind: 'awsProfile', profileName: 'pipeline' },
      { homeDir: home, env: {} },
      { endpoint: sts.endpoint, region: 'us-east-1' },
    );
    // Web identity: the token traded at STS for temporary keys.
    expect(await provider?.()).toMatchObject({ accessKeyId: 'ASIASTANDIN1' });
    expect(sts.requests.map((form) => form.get('Action'))).toEqual(['AssumeRoleWithWebIdentity']);
    // The profile rewritten to hold keys: the next request reads them, without STS.
    await writeFile(
      join(home, '.aws', 'config'),
      '[profile pipeline]\naws_access_key_id = AKIDNOWKEYS\naws_secret_access_key = s\n',
    );
    expect(await provider?.()).toMatchObject({ accessKeyId: 'AKIDNOWKEYS' });
    expect(sts.requests).toHaveLength(1);
  });
});
