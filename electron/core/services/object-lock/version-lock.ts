import {
  GetObjectLegalHoldCommand,
  GetObjectRetentionCommand,
  PutObjectLegalHoldCommand,
  PutObjectRetentionCommand,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ObjectRetention } from '../../../../shared/domain/object-lock.js';
import { withCompatibleChecksum } from '../config/checksum.js';
import { isNoLock } from './bucket-lock.js';

/** One version of an object; the latest when `versionId` is absent. */
export interface VersionAddress {
  bucket: string;
  key: string;
  versionId?: string | undefined;
}

const address = ({ bucket, key, versionId }: VersionAddress) => ({
  Bucket: bucket,
  Key: key,
  VersionId: versionId,
});

/** The version's retention, or null when it has none. */
export async function getRetention(
  client: S3Client,
  target: VersionAddress,
  signal?: AbortSignal,
): Promise<ObjectRetention | null> {
  try {
    const out = await client.send(new GetObjectRetentionCommand(address(target)), {
      abortSignal: signal,
    });
    const { Mode, RetainUntilDate } = out.Retention ?? {};
    if (Mode === undefined || RetainUntilDate === undefined) return null;
    return { mode: Mode, retainUntil: new Date(RetainUntilDate).toISOString() };
  } catch (err) {
    if (isNoLock(err)) return null;
    throw err;
  }
}

/**
 * Sets the version's retention; null removes it. The server refuses shortening, removing or
 * changing a running governance retention unless `bypassGovernance` sends the bypass header,
 * and refuses any of those for compliance retention.
 */
export async function putRetention(
  client: S3Client,
  target: VersionAddress,
  retention: ObjectRetention | null,
  bypassGovernance: boolean,
  signal?: AbortSignal,
): Promise<void> {
  const command = new PutObjectRetentionCommand({
    ...address(target),
    Retention:
      retention === null
        ? {}
        : { Mode: retention.mode, RetainUntilDate: new Date(retention.retainUntil) },
    BypassGovernanceRetention: bypassGovernance ? true : undefined,
  });
  await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
}

/** Whether the version's legal hold is on; a version never held answers off. */
export async function getLegalHold(
  client: S3Client,
  target: VersionAddress,
  signal?: AbortSignal,
): Promise<boolean> {
  try {
    const out = await client.send(new GetObjectLegalHoldCommand(address(target)), {
      abortSignal: signal,
    });
    return out.LegalHold?.Status === 'ON';
  } catch (err) {
    if (isNoLock(err)) return false;
    throw err;
  }
}

export async function putLegalHold(
  client: S3Client,
  target: VersionAddress,
  on: boolean,
  signal?: AbortSignal,
): Promise<void> {
  const command = new PutObjectLegalHoldCommand({
    ...address(target),
    LegalHold: { Status: on ? 'ON' : 'OFF' },
  });
  await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
}
