import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStsStandIn } from '../../../e2e/fixtures/sts-standin.js';
import type { StsStandIn } from '../../../e2e/fixtures/sts-standin.js';
import { readAwsProfiles } from '../services/aws-config-profiles.js';
import { failureOf } from '../test-support.js';
import { credentialProviderFor } from './credential-provider.js';
import { credentialScript, printing, scratchDir, expiresIn } from './test-support.js';

// The AWS CLI's documented source_profile examples (cli-configure-role.html, "Role chaining",
// and cli-configure-sso.html): a role whose source is keys, another role, a process or SSO.
const CONFIG = `
[profile user1]
region = us-east-1

[profile marketingadmin]
role_arn = arn:aws:iam::123456789012:role/marketingadminrole
source_profile = user1

[profile chained]
role_arn = arn:aws:iam::123456789012:role/chainedrole
source_profile = marketingadmin
role_session_name = chain

[profile my-sso]
sso_session = my-sso
sso_account_id = 111122223333
sso_role_name = SampleRole

[sso-session my-sso]
sso_region = us-east-1
sso_start_url = https://my-sso-portal.awsapps.com/start

[profile from-sso]
role_arn = arn:aws:iam::123456789012:role/fromsso
source_profile = my-sso

[profile loop-a]
role_arn = arn:aws:iam::123456789012:role/a
source_profile = loop-b

[profile loop-b]
role_arn = arn:aws:iam::123456789012:role/b
source_profile = loop-a

[profile to-loop]
role_arn = arn:aws:iam::123456789012:role/c
source_profile = loop-a

[profile from-env]
role_arn = arn:aws:iam::123456789012:role/fromenv
credential_source = Environment

[profile on-ecs]
role_arn = arn:aws:iam::123456789012:role/onecs
credential_source = EcsContainer

[profile dangling]
role_arn = arn:aws:iam::123456789012:role/d
source_profile = nobody
`;

const CREDENTIALS = `
[user1]
aws_access_key_id = AKIDUSER1
aws_secret_access_key = user1-secret
`;

/** Six roles, each asked for with the next one's keys: one more than the chain may hold. */
const LONG = Array.from(
  { length: 6 },
  (_, n) =>
    `[profile r${n}]\nrole_arn = arn:aws:iam::123456789012:role/r${n}\nsource_profile = ${n === 5 ? 'user1' : `r${n + 1}`}\n`,
).join('\n');

let home: string;
let sts: StsStandIn | undefined;
beforeEach(async () => {
  home = await scratchDir('aws-profile-chain');
  await mkdir(join(home, '.aws'));
  await writeFile(join(home, '.aws', 'config'), CONFIG + LONG);
  await writeFile(join(home, '.aws', 'credentials'), CREDENTIALS);
});
afterEach(async () => {
  await sts?.close();
  sts = undefined;
});

const keysOf = async (profileName: string, endpoint: string) => {
  const provider = credentialProviderFor(
    { kind: 'awsProfile', profileName },
    { homeDir: home, env: {} },
    { endpoint, region: 'us-east-1' },
  );
  if (provider === undefined) throw new Error('an AWS CLI profile always has a provider');
  return provider();
};

describe('an AWS CLI profile whose source_profile is not plain keys', () => {
  it('role chaining: each role is asked for with the keys of the one below it', async () => {
    sts = await startStsStandIn();
    // The stand-in numbers its answers: the second role is the outer one.
    expect(await keysOf('chained', sts.endpoint)).toMatchObject({ accessKeyId: 'ASIASTANDIN2' });
    expect(sts.requests.map((form) => form.get('RoleArn'))).toEqual([
      'arn:aws:iam::123456789012:role/marketingadminrole',
      'arn:aws:iam::123456789012:role/chainedrole',
    ]);
    expect(sts.requests[1]?.get('RoleSessionName')).toBe('chain');
  });

  it('a credential_process source gives the keys the role is asked with', async () => {
    sts = await startStsStandIn();
    const command = await credentialScript(
      home,
      'proc',
      printing({
        Version: 1,
        AccessKeyId: 'AKIDPROC',
        SecretAccessKey: 's',
        Expiration: expiresIn(3_600_000),
      }),
    );
    await writeFile(
      join(home, '.aws', 'credentials'),
      `${CREDENTIALS}\n[proc]\ncredential_process = ${command}\n\n[by-proc]\nrole_arn = arn:aws:iam::123456789012:role/byproc\nsource_profile = proc\n`,
    );
    expect(await keysOf('by-proc', sts.endpoint)).toMatchObject({ accessKeyId: 'ASIASTANDIN1' });
    expect(sts.requests.map((form) => form.get('RoleArn'))).toEqual([
      'arn:aws:iam::123456789012:role/byproc',
    ]);
  });

  it('a loop is refused naming its profiles, before any request', async () => {
    sts = await startStsStandIn();
    expect(await failureOf(keysOf('to-loop', sts.endpoint))).toMatchObject({
      code: 'CredentialsUnavailable',
      message: expect.stringContaining('loop-a → loop-b → loop-a') as string,
    });
    expect(sts.requests).toHaveLength(0);
  });

  it('a chain of more than five roles, and a missing source, are refused in words', async () => {
    sts = await startStsStandIn();
    expect(await failureOf(keysOf('r0', sts.endpoint))).toMatchObject({
      message: expect.stringContaining(
        'more than 5 roles: r0 → r1 → r2 → r3 → r4 → r5 → user1',
      ) as string,
    });
    expect(await failureOf(keysOf('dangling', sts.endpoint))).toMatchObject({
      message: expect.stringContaining(
        'source_profile nobody is in neither AWS CLI file',
      ) as string,
    });
    expect(sts.requests).toHaveLength(0);
    expect(await keysOf('r1', sts.endpoint)).toMatchObject({ accessKeyId: 'ASIASTANDIN5' });
  });
});

describe('a role profile with credential_source', () => {
  const keysWithEnv = (profileName: string, endpoint: string, env: NodeJS.ProcessEnv) => {
    const provider = credentialProviderFor(
      { kind: 'awsProfile', profileName },
      { homeDir: home, env },
      { endpoint, region: 'us-east-1' },
    );
    return provider?.() ?? Promise.reject(new Error('no provider'));
  };

  it('Environment: the role is asked for with the keys Holdall was started with', async () => {
    sts = await startStsStandIn();
    const env = { AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: 'env-secret' };
    expect(await keysWithEnv('from-env', sts.endpoint, env)).toMatchObject({
      accessKeyId: 'ASIASTANDIN1',
    });
    expect(sts.requests[0]?.get('RoleArn')).toBe('arn:aws:iam::123456789012:role/fromenv');
    // Without them, it says which variables are missing, and asks nothing.
    expect(await failureOf(keysWithEnv('from-env', sts.endpoint, {}))).toMatchObject({
      message: expect.stringContaining('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY') as string,
    });
    expect(sts.requests).toHaveLength(1);
  });

  it('an EC2 instance’s or a container’s keys are refused in plain words', async () => {
    expect(await failureOf(keysOf('on-ecs', 'http://127.0.0.1:9'))).toMatchObject({
      code: 'CredentialsUnavailable',
      message: expect.stringContaining(
        "credential_source EcsContainer (an EC2 instance's or a container's own keys)",
      ) as string,
    });
  });
});

describe('Import from AWS CLI of chained profiles', () => {
  it('imports a chain or an SSO source as a role, and skips a loop saying why', async () => {
    const profiles = new Map(
      (await readAwsProfiles(home, {})).map((p) => [p.candidate.name, p] as const),
    );
    expect(profiles.get('chained')?.draft?.credentialSource).toMatchObject({
      kind: 'assumeRole',
      caller: { kind: 'awsProfile', profileName: 'marketingadmin' },
    });
    expect(profiles.get('from-sso')?.draft?.credentialSource).toMatchObject({
      kind: 'assumeRole',
      caller: { kind: 'awsProfile', profileName: 'my-sso' },
    });
    expect(profiles.get('loop-a')?.draft).toBeUndefined();
    expect(profiles.get('loop-a')?.candidate.skipReason).toBe(
      'Its source_profile links loop: loop-a → loop-b → loop-a.',
    );
    expect(profiles.get('to-loop')?.candidate.skipReason).toContain('loop-a → loop-b → loop-a');
    expect(profiles.get('r0')?.candidate.skipReason).toContain('more than 5 roles');
    expect(profiles.get('from-env')?.draft?.credentialSource).toMatchObject({
      kind: 'assumeRole',
      caller: { kind: 'environment' },
    });
    expect(profiles.get('on-ecs')?.candidate.skipReason).toContain('use source_profile or');
  });
});
