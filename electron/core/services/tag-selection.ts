import type { S3Client } from '@aws-sdk/client-s3';
import type { ErrorCode } from '../../../shared/contract/envelope.js';
import type { KeyError } from '../../../shared/domain/object-delete.js';
import {
  mergedTagProblem,
  mergeTags,
  sameTagSet,
  surveyTagSets,
} from '../../../shared/domain/tag-selection.js';
import type { TagChanges, TagEditResult, TagSurvey } from '../../../shared/domain/tag-selection.js';
import type { Tag } from '../../../shared/domain/tags.js';
import { toAppError } from '../s3/errors.js';
import { runLimited } from './copy-concurrency.js';
import { getObjectTags, putObjectTags } from './object-tags.js';
import { throwIfCanceled } from './objects-cancel.js';

/** Tag requests in flight at once: each is tiny, so a few hide the round trips. */
const CONCURRENCY = 4;

/** Answers that would be the same for every other key: the walk stops at the first. */
const stopsTheWalk: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'NoSuchBucket',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'RequestTimeTooSkewed',
  'EndpointUnreachable',
  'TlsError',
]);

/**
 * Runs `work` on each key, a few at a time. A key's failure is reported with it and the rest go
 * on; a failure that would repeat for every key stops the walk, and the keys not tried are
 * reported as such, never dropped. Cancellation throws.
 */
async function eachKey(
  keys: readonly string[],
  signal: AbortSignal | undefined,
  work: (key: string) => Promise<void>,
): Promise<KeyError[]> {
  const failures: KeyError[] = [];
  const tried = new Set<string>();
  let stopped: KeyError | undefined;
  const unique = [...new Set(keys)];
  await runLimited(unique, CONCURRENCY, async (key) => {
    if (stopped !== undefined) return;
    throwIfCanceled(signal);
    tried.add(key);
    try {
      await work(key);
    } catch (err) {
      throwIfCanceled(signal);
      const { code, message } = toAppError(err);
      if (code === 'Canceled') throw err;
      failures.push({ key, code, message });
      if (stopsTheWalk.has(code)) stopped ??= { key, code, message };
    }
  });
  if (stopped !== undefined) {
    const reason = stopped;
    for (const key of unique.filter((k) => !tried.has(k))) {
      failures.push({
        key,
        code: 'NotAttempted',
        message: `Not tried after ${reason.code}: ${reason.message}`,
      });
    }
  }
  return failures;
}

/** Reads the tags of every selected object and summarises them by tag key. */
export async function surveyTags(
  client: S3Client,
  bucket: string,
  keys: readonly string[],
  signal?: AbortSignal,
): Promise<TagSurvey> {
  const sets: Tag[][] = [];
  const failures = await eachKey(keys, signal, async (key) => {
    sets.push((await getObjectTags(client, { bucket, key }, signal)).tags);
  });
  return { objects: sets.length, tags: surveyTagSets(sets), failures };
}

/**
 * Applies one change to each object's own tags: read, merge, check S3's limits, write. An
 * object whose tags would already be as asked is left alone; one whose merged set S3 would
 * refuse is reported and not sent.
 */
export async function editTagsMany(
  client: S3Client,
  bucket: string,
  keys: readonly string[],
  changes: TagChanges,
  signal?: AbortSignal,
): Promise<TagEditResult> {
  let changed = 0;
  let unchanged = 0;
  const refused: KeyError[] = [];
  const failures = await eachKey(keys, signal, async (key) => {
    const { tags } = await getObjectTags(client, { bucket, key }, signal);
    const merged = mergeTags(tags, changes);
    if (sameTagSet(tags, merged)) {
      unchanged += 1;
      return;
    }
    const problem = mergedTagProblem(merged);
    if (problem !== undefined) {
      refused.push({ key, code: 'InvalidTagSet', message: problem });
      return;
    }
    await putObjectTags(client, { bucket, key }, merged, signal);
    changed += 1;
  });
  return { changed, unchanged, failures: [...refused, ...failures] };
}
