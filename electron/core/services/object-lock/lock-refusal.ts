import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../../shared/contract/envelope.js';
import type { LockRefusal } from '../../../../shared/domain/object-lock.js';
import { toAppError } from '../../s3/errors.js';
import { getLegalHold, getRetention } from './version-lock.js';
import type { VersionAddress } from './version-lock.js';

const modeWords = { GOVERNANCE: 'governance', COMPLIANCE: 'compliance' } as const;

/** "2026-12-31 14:00 UTC": minutes are what a retain-until date is set in. */
const utcMinute = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** The English sentence; the renderer words `details` in the person's language. */
export function lockRefusalMessage(refusal: LockRefusal): string {
  const parts: string[] = [];
  if (refusal.mode !== undefined && refusal.retainUntil !== undefined) {
    parts.push(`Locked in ${modeWords[refusal.mode]} mode until ${utcMinute(refusal.retainUntil)}`);
  }
  if (refusal.legalHold) parts.push('Legal hold is on');
  return `${parts.join('; ')}.`;
}

/**
 * After the server refused to delete a version (AccessDenied, which is all S3 and RGW say),
 * reads the version's retention and legal hold to say why and until when. Answers the
 * original error when the version is not locked, or its lock cannot be read.
 */
export async function explainLockRefusal(
  client: S3Client,
  target: VersionAddress,
  err: unknown,
  signal?: AbortSignal,
): Promise<unknown> {
  if (target.versionId === undefined || toAppError(err).code !== 'AccessDenied') return err;
  try {
    const [retention, legalHold] = await Promise.all([
      getRetention(client, target, signal),
      getLegalHold(client, target, signal),
    ]);
    const running = retention !== null && Date.parse(retention.retainUntil) > Date.now();
    if (!running && !legalHold) return err;
    const refusal: LockRefusal = {
      key: target.key,
      versionId: target.versionId,
      ...(running ? { mode: retention.mode, retainUntil: retention.retainUntil } : {}),
      legalHold,
    };
    return new AppError('ObjectLocked', lockRefusalMessage(refusal), refusal);
  } catch {
    // The refusal stands as the server said it; the lock could not be read to explain it.
    return err;
  }
}
