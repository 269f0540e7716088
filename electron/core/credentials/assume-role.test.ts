import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStsStandIn } from '../../../e2e/fixtures/sts-standin.js';
import type { StsStandIn } from '../../../e2e/fixtures/sts-standin.js';
import type { AssumeRoleSource } from '../../../shared/domain/assume-role.js';
import { assumeRole } from './assume-role.js';
import type { MfaCodeRequest } from './assume-role.js';

let sts: StsStandIn;
beforeEach(async () => {
  sts = await startStsStandIn();
});
afterEach(async () => {
  await sts.close();
});

const source: AssumeRoleSource = {
  kind: 'assumeRole',
  caller: { kind: 'awsProfile', profileName: 'lab' },
  roleArn: 'arn:aws:iam::123456789012:role/Reader',
  sessionName: 'holdall',
  externalId: 'partner-42',
  durationSeconds: 1800,
  mfaSerial: 'arn:aws:iam::123456789012:mfa/ana',
};
const callerKeys = () => Promise.resolve({ accessKeyId: 'AKIDCALLER', secretAccessKey: 's' });
const options = (askMfaCode?: (request: MfaCodeRequest) => Promise<string>) => ({
  callerKeys,
  place: { endpoint: sts.endpoint, region: 'us-east-1', name: 'Partner data' },
  askMfaCode,
});

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (err: unknown) => err as { code: string; message: string },
  );

describe('AssumeRole', () => {
  it('asks for the MFA code and forwards it as SerialNumber and TokenCode', async () => {
    const asked: MfaCodeRequest[] = [];
    const keys = await assumeRole(
      source,
      options((request) => {
        asked.push(request);
        return Promise.resolve(' 123456 ');
      }),
    );
    expect(asked).toEqual([
      { connectionName: 'Partner data', roleArn: source.roleArn, mfaSerial: source.mfaSerial },
    ]);
    expect(keys).toMatchObject({ accessKeyId: 'ASIASTANDIN1', sessionToken: 'standin-token-1' });
    expect(keys.expiration?.getTime()).toBeGreaterThan(Date.now());
    const [sent] = sts.requests;
    expect(Object.fromEntries(sent ?? [])).toMatchObject({
      Action: 'AssumeRole',
      RoleArn: source.roleArn,
      RoleSessionName: 'holdall',
      ExternalId: 'partner-42',
      DurationSeconds: '1800',
      SerialNumber: source.mfaSerial,
      TokenCode: '123456',
    });
  });

  it('refuses a code that is not 6 digits, without asking STS', async () => {
    const failure = await failureOf(
      assumeRole(
        source,
        options(() => Promise.resolve('12345')),
      ),
    );
    expect(failure).toMatchObject({
      code: 'InvalidInput',
      message: 'The MFA code must be the 6 digits your authenticator shows.',
    });
    expect(sts.requests).toHaveLength(0);
  });

  it('says a role that needs a code cannot be assumed where nothing can ask for one', async () => {
    const failure = await failureOf(assumeRole(source, options()));
    expect(failure?.message).toBe(
      'The role arn:aws:iam::123456789012:role/Reader needs an MFA code, and nothing here can ask for one.',
    );
  });

  it('passes on a canceled prompt as the error it is', async () => {
    const canceled = Object.assign(new Error('Signing in was canceled.'), { code: 'Canceled' });
    const failure = await failureOf(
      assumeRole(
        source,
        options(() => Promise.reject(canceled)),
      ),
    );
    expect(failure).toBe(canceled);
    expect(sts.requests).toHaveLength(0);
  });

  it('puts a refusal in plain words', async () => {
    sts.failWith = 'AccessDenied';
    const { mfaSerial: _m, ...noMfa } = source;
    const failure = await failureOf(assumeRole(noMfa, options()));
    expect(failure).toMatchObject({
      code: 'CredentialsUnavailable',
      message:
        'Could not assume the role arn:aws:iam::123456789012:role/Reader: the role does not trust these keys, or the MFA code or external ID is wrong.',
    });
    expect(Object.fromEntries(sts.requests[0] ?? [])).not.toHaveProperty('TokenCode');
  });
});
