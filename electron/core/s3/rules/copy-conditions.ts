import { AppError } from '../../../../shared/contract/envelope.js';
import type { CopyConditions } from '../../../../shared/domain/copy-request.js';

export interface SourceState {
  etag: string | undefined;
  lastModified: Date | undefined;
}

const bare = (etag: string): string => etag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');

function etagMatches(condition: string, etag: string | undefined): boolean {
  if (etag === undefined) return false;
  return condition.split(',').some((c) => c.trim() === '*' || bare(c) === bare(etag));
}

// HTTP dates have whole seconds; compare at that precision.
const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/**
 * The S3 rules for x-amz-copy-source-if-*, for copies made of several requests
 * where the server cannot check them once for the whole copy. If-Match that
 * holds overrides a failing If-Unmodified-Since; If-None-Match that holds
 * overrides a failing If-Modified-Since (as CopyObject documents).
 */
export function copyConditionsHold(conditions: CopyConditions, source: SourceState): boolean {
  const { ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince } = conditions;
  const modified = source.lastModified === undefined ? undefined : seconds(source.lastModified);

  if (ifMatch !== undefined) {
    if (!etagMatches(ifMatch, source.etag)) return false;
  } else if (ifUnmodifiedSince !== undefined && modified !== undefined) {
    if (modified > seconds(new Date(ifUnmodifiedSince))) return false;
  }

  if (ifNoneMatch !== undefined) {
    if (etagMatches(ifNoneMatch, source.etag)) return false;
  } else if (ifModifiedSince !== undefined && modified !== undefined) {
    if (modified <= seconds(new Date(ifModifiedSince))) return false;
  }
  return true;
}

export function assertCopyConditions(
  conditions: CopyConditions | undefined,
  source: SourceState,
): void {
  if (conditions !== undefined && !copyConditionsHold(conditions, source)) {
    throw new AppError(
      'PreconditionFailed',
      'The source object does not meet the copy conditions.',
    );
  }
}
