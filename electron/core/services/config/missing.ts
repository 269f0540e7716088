import { S3ServiceException } from '@aws-sdk/client-s3';
import { noConfig } from '../../../../shared/domain/config/state.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';

/** The 404 codes with which AWS (and most compatibles) say "nothing configured". */
export const missingConfigCodes = [
  'NoSuchBucketPolicy',
  'NoSuchCORSConfiguration',
  'NoSuchWebsiteConfiguration',
  'ReplicationConfigurationNotFoundError',
  'NoSuchTagSet',
  'NoSuchPublicAccessBlockConfiguration',
  'NoSuchLifecycleConfiguration',
] as const;

export function isMissingConfig(err: unknown): boolean {
  return (
    err instanceof S3ServiceException &&
    (missingConfigCodes as readonly string[]).includes(err.name)
  );
}

/** Runs a read; a "not configured" answer becomes the none state, anything else still fails. */
export async function noneWhenMissing<T>(
  read: () => Promise<ConfigState<T>>,
): Promise<ConfigState<T>> {
  try {
    return await read();
  } catch (err) {
    if (isMissingConfig(err)) return noConfig;
    throw err;
  }
}
