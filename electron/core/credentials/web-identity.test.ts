import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStsStandIn } from '../../../e2e/fixtures/sts-standin.js';
import type { StsStandIn } from '../../../e2e/fixtures/sts-standin.js';
import type { WebIdentitySource } from '../../../shared/domain/web-identity.js';
import { failureOf } from '../test-support.js';
import { credentialProviderFor } from './credential-provider.js';
import { scratchDir } from './test-support.js';
import { assumeRoleWithWebIdentity } from './web-identity.js';

let sts: StsStandIn;
let home: string;
beforeEach(async () => {
  sts = await startStsStandIn();
  home = await scratchDir('web-identity');
  await mkdir(join(home, '.kube'));
});
afterEach(async () => {
  await sts.close();
});

const source: WebIdentitySource = {
  kind: 'webIdentity',
  roleArn: 'arn:aws:iam::123456789012:role/Pipeline',
  sessionName: 'holdall',
  tokenFile: '~/.kube/token',
};
const place = () => ({ endpoint: sts.endpoint, region: 'us-east-1' });

describe('web identity', () => {
  it('trades the token in the file for keys, reading the file again at each renewal', async () => {
    await writeFile(join(home, '.kube', 'token'), 'eyJ.first.token\n');
    const keys = await assumeRoleWithWebIdentity(source, { homeDir: home, place: place() });
    expect(keys).toMatchObject({ accessKeyId: 'ASIASTANDIN1', sessionToken: 'standin-token-1' });
    await writeFile(join(home, '.kube', 'token'), 'eyJ.second.token');
    await assumeRoleWithWebIdentity(source, { homeDir: home, place: place() });
    expect(sts.requests.map((form) => Object.fromEntries(form))).toEqual([
      expect.objectContaining({
        Action: 'AssumeRoleWithWebIdentity',
        RoleArn: source.roleArn,
        RoleSessionName: 'holdall',
        WebIdentityToken: 'eyJ.first.token',
      }),
      expect.objectContaining({ WebIdentityToken: 'eyJ.second.token' }),
    ]);
  });

  it('names a missing token file and never asks STS', async () => {
    const provider = credentialProviderFor(source, { homeDir: home }, place());
    const failure = await failureOf(provider?.() ?? Promise.resolve());
    expect(failure).toMatchObject({
      code: 'CredentialsUnavailable',
      message: 'Cannot read the web identity token file ~/.kube/token: it does not exist.',
    });
    expect(sts.requests).toEqual([]);
  });

  it('says an expired token has expired, as CredentialsExpired', async () => {
    await writeFile(join(home, '.kube', 'token'), 'eyJ.old.token');
    sts.failWith = 'ExpiredTokenException';
    const failure = await failureOf(
      assumeRoleWithWebIdentity(source, { homeDir: home, place: place() }),
    );
    expect(failure).toMatchObject({
      code: 'CredentialsExpired',
      message: `Could not assume the role ${source.roleArn}: the web identity token has expired; get a fresh one from its issuer.`,
    });
  });
});
