import { readFile } from 'node:fs/promises';
import { AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@smithy/types';
import { AppError } from '../../../shared/contract/envelope.js';
import type { WebIdentitySource } from '../../../shared/domain/web-identity.js';
import { keysFromSts, STS_TIMEOUT_MS, stsClient } from './assume-role.js';
import type { StsPlace } from './assume-role.js';
import { expandHome } from './aws-config-paths.js';

export interface WebIdentityOptions {
  homeDir: string;
  place: StsPlace;
  /** Deadline of one STS request. */
  timeoutMs?: number;
}

/** Tokens are JWTs of a few KiB; anything far larger is not one. */
const MAX_TOKEN_BYTES = 64 * 1024;

/** The token as its issuer last wrote it; read at each renewal, since issuers rotate it. */
async function readToken(tokenFile: string, homeDir: string): Promise<string> {
  const path = expandHome(tokenFile, homeDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const why =
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'it does not exist'
        : (err as Error).message;
    throw new AppError(
      'CredentialsUnavailable',
      `Cannot read the web identity token file ${tokenFile}: ${why}.`,
    );
  }
  const token = text.trim();
  if (token === '' || Buffer.byteLength(token) > MAX_TOKEN_BYTES) {
    throw new AppError(
      'CredentialsUnavailable',
      `The web identity token file ${tokenFile} does not hold a token.`,
    );
  }
  return token;
}

/**
 * Temporary keys for the role of `source`, traded for the token in its file by one STS
 * AssumeRoleWithWebIdentity request. The request is not signed: the token is the proof.
 */
export async function assumeRoleWithWebIdentity(
  source: WebIdentitySource,
  { homeDir, place, timeoutMs = STS_TIMEOUT_MS }: WebIdentityOptions,
): Promise<AwsCredentialIdentity> {
  const token = await readToken(source.tokenFile, homeDir);
  return keysFromSts(await stsClient(place, timeoutMs), source.roleArn, (sts) =>
    sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: source.roleArn,
        RoleSessionName: source.sessionName,
        WebIdentityToken: token,
      }),
      { abortSignal: AbortSignal.timeout(timeoutMs) },
    ),
  );
}
