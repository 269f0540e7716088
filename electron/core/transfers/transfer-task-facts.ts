import { basename } from 'node:path';
import type { RefusedItem, TransferJob } from '../../../shared/domain/transfer-job.js';
import type { DownloadTaskSpec, UploadTaskSpec } from '../../../shared/domain/transfer-task.js';
import { parentPrefix } from './folder-source.js';
import type { TaskEntry } from './journal-entries.js';
import type { TransferTaskFacts } from './transfer-task-record.js';

/** A key's or prefix's last segment ("a/b/" → "b"); the bucket's name for the whole bucket. */
function lastSegment(key: string, bucket: string): string {
  const trimmed = key.endsWith('/') ? key.slice(0, -1) : key;
  return trimmed === '' ? bucket : trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export function uploadFacts(
  id: string,
  spec: UploadTaskSpec,
  paths: readonly string[],
): TransferTaskFacts {
  const [only] = paths;
  const one = paths.length === 1 && only !== undefined;
  return {
    id,
    spec,
    createdAt: new Date().toISOString(),
    name: one ? basename(only) : null,
    localPath: one ? only : null,
    itemCount: paths.length,
    refused: [],
  };
}

/** `shownPath`: the file a "Download as…" names, or the folder the items land in. */
export function downloadFacts(
  id: string,
  spec: DownloadTaskSpec,
  shownPath: string,
  refused: readonly RefusedItem[],
): TransferTaskFacts {
  const keys = spec.keys ?? [];
  const items = spec.prefix === undefined ? keys : [...keys, spec.prefix];
  const [only] = items;
  return {
    id,
    spec,
    createdAt: new Date().toISOString(),
    name: items.length === 1 && only !== undefined ? lastSegment(only, spec.bucket) : null,
    localPath: shownPath,
    itemCount: items.length,
    refused: [...refused],
  };
}

export function factsFromJournal(line: TaskEntry): TransferTaskFacts {
  const { id, spec, createdAt, name, localPath, itemCount, refused } = line;
  return { id, spec, createdAt, name, localPath, itemCount, refused };
}

/**
 * Journals written before transfers were tasks name no grant; the spec of a job restored from
 * one says so with this placeholder (never a grant the host issued, so it resolves to nothing).
 */
export const NO_GRANT = '0'.repeat(32);

/** A job from a journal written before tasks: it becomes a task of its own, under its id. */
export function factsOfLegacyJob(job: TransferJob): TransferTaskFacts {
  const { profileId, bucket, key, conflictPolicy: conflict } = job;
  const folder = job.kind === 'folder';
  const spec: UploadTaskSpec | DownloadTaskSpec =
    job.direction === 'upload'
      ? {
          kind: 'upload',
          profileId,
          bucket,
          keyPrefix: parentPrefix(key),
          grants: [NO_GRANT],
          conflict,
        }
      : {
          kind: 'download',
          profileId,
          bucket,
          ...(folder ? { prefix: key } : { keys: [key] }),
          destination: NO_GRANT,
          conflict,
        };
  return {
    id: job.id,
    spec,
    createdAt: job.createdAt,
    name: lastSegment(key, bucket),
    localPath: job.localPath,
    itemCount: 1,
    refused: [],
  };
}

/** The journal line that lets a restart regroup the task's jobs. */
export function taskLine(facts: TransferTaskFacts): TaskEntry {
  const { id, spec, createdAt, name, localPath, itemCount } = facts;
  // The journal line's cap; the rest are counted in the live record only.
  return {
    t: 'task',
    id,
    spec,
    createdAt,
    name,
    localPath,
    itemCount,
    refused: facts.refused.slice(0, 1_000),
  };
}
