import type { CopyOptions, ObjectLocation } from '../../../shared/domain/copy-request.js';
import type { S3Session } from '../s3/client-pool.js';

/** Copies need the client and the provider's rules, not the profile. */
export type CopySession = Pick<S3Session, 'client' | 'dialect'>;

export interface CopyRequest {
  source: ObjectLocation;
  /** Copy this version of the source rather than its latest (restoring an old version). */
  sourceVersionId?: string | undefined;
  target: ObjectLocation;
  options?: CopyOptions | undefined;
}

export interface CopyRunOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((copiedBytes: number, totalBytes: number) => void) | undefined;
  /** Larger objects are copied part by part. Default and ceiling: 5 GiB, CopyObject's limit. */
  multipartThreshold?: number | undefined;
  /** Part size for the multipart path; by default sized for at most 10,000 parts. */
  partSize?: number | undefined;
  partConcurrency?: number | undefined;
  /** The size a listing reported: small objects then need no HeadObject first. */
  knownSourceSize?: number | undefined;
}

/** x-amz-tagging takes tags as a URL query string. */
export function tagging(tags: Readonly<Record<string, string>> | undefined): string | undefined {
  return tags === undefined ? undefined : new URLSearchParams(tags).toString();
}
