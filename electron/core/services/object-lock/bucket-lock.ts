import {
  GetObjectLockConfigurationCommand,
  PutObjectLockConfigurationCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { DefaultRetention as S3DefaultRetention, S3Client } from '@aws-sdk/client-s3';
import { noConfig, setConfig } from '../../../../shared/domain/config/state.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import type { DefaultRetention, ObjectLockConfig } from '../../../../shared/domain/object-lock.js';
import { withCompatibleChecksum } from '../config/checksum.js';

/** How AWS and RGW say "this bucket was created without object lock" (404). */
export const noLockCodes: readonly string[] = [
  'ObjectLockConfigurationNotFoundError',
  'NoSuchObjectLockConfiguration',
];

export const isNoLock = (err: unknown): boolean =>
  err instanceof S3ServiceException && noLockCodes.includes(err.name);

function retentionFromS3(retention: S3DefaultRetention | undefined): DefaultRetention | null {
  if (retention?.Mode === undefined) return null;
  const years = retention.Years;
  if (years !== undefined && years > 0)
    return { mode: retention.Mode, unit: 'years', amount: years };
  return { mode: retention.Mode, unit: 'days', amount: retention.Days ?? 0 };
}

/** The bucket's default retention; `none` when the bucket was created without object lock. */
export async function getObjectLockConfig(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<ConfigState<ObjectLockConfig>> {
  try {
    const out = await client.send(new GetObjectLockConfigurationCommand({ Bucket: bucket }), {
      abortSignal: signal,
    });
    const config = out.ObjectLockConfiguration;
    if (config?.ObjectLockEnabled !== 'Enabled') return noConfig;
    return setConfig({ defaultRetention: retentionFromS3(config.Rule?.DefaultRetention) });
  } catch (err) {
    if (isNoLock(err)) return noConfig;
    throw err;
  }
}

/** Sets the default retention of new objects, or (null) removes it; the lock itself stays. */
export async function putObjectLockConfig(
  client: S3Client,
  bucket: string,
  config: ObjectLockConfig,
  signal?: AbortSignal,
): Promise<void> {
  const retention = config.defaultRetention;
  const command = new PutObjectLockConfigurationCommand({
    Bucket: bucket,
    ObjectLockConfiguration: {
      ObjectLockEnabled: 'Enabled',
      Rule:
        retention === null
          ? undefined
          : {
              DefaultRetention:
                retention.unit === 'days'
                  ? { Mode: retention.mode, Days: retention.amount }
                  : { Mode: retention.mode, Years: retention.amount },
            },
    },
  });
  await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
}
