import type { AwsCredentialIdentity } from '@smithy/types';

/** What a `credential_process` answer holds, or which part of it is wrong, in plain words. */
export type ProcessOutput =
  { ok: true; identity: AwsCredentialIdentity } | { ok: false; problem: string };

// ISO 8601 with a date, a time and a zone, as the AWS CLI documents `Expiration`.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

function field(document: Record<string, unknown>, name: string): string | undefined | Error {
  const value = document[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    return new Error(`"${name}" must be a non-empty string`);
  }
  return value;
}

/**
 * Reads the JSON a `credential_process` prints, as the AWS CLI documents it: `Version` 1,
 * `AccessKeyId` and `SecretAccessKey` required, `SessionToken` and `Expiration` (ISO 8601)
 * optional; other fields are ignored. The problem never quotes the output, which holds secrets.
 */
export function parseProcessOutput(stdout: string): ProcessOutput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    const said = stdout.trim() === '' ? 'printed nothing' : 'printed something that is not JSON';
    return { ok: false, problem: `it ${said}; it must print one JSON object` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: 'it printed JSON that is not an object' };
  }
  const document = parsed as Record<string, unknown>;
  if (document.Version !== 1) {
    const found = document.Version === undefined ? 'missing' : JSON.stringify(document.Version);
    return { ok: false, problem: `"Version" must be 1 (it is ${found})` };
  }
  const values: Record<string, string | undefined> = {};
  for (const name of ['AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration']) {
    const value = field(document, name);
    if (value instanceof Error) return { ok: false, problem: value.message };
    values[name] = value;
  }
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = values;
  if (AccessKeyId === undefined) return { ok: false, problem: '"AccessKeyId" is missing' };
  if (SecretAccessKey === undefined) return { ok: false, problem: '"SecretAccessKey" is missing' };
  let expiration: Date | undefined;
  if (Expiration !== undefined) {
    expiration = new Date(Expiration);
    if (!ISO_8601.test(Expiration) || Number.isNaN(expiration.getTime())) {
      return {
        ok: false,
        problem: `"Expiration" must be an ISO 8601 time such as 2026-05-29T00:21:43Z (it is ${JSON.stringify(Expiration)})`,
      };
    }
  }
  const identity: AwsCredentialIdentity = {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    ...(SessionToken === undefined ? {} : { sessionToken: SessionToken }),
    ...(expiration === undefined ? {} : { expiration }),
  };
  return { ok: true, identity };
}
