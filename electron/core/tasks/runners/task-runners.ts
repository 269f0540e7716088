import type { S3Client } from '@aws-sdk/client-s3';
import type { TaskRunners } from '../task-runner.js';
import { deletePrefixRunner } from './delete-prefix-runner.js';
import { emptyBucketRunner } from './empty-bucket-runner.js';
import { sizeRunner } from './size-runner.js';
import type { FolderSizeStore } from '../folder-size-store.js';
import { searchRunner } from './search-runner.js';
import { compareRunner } from './compare-runner.js';
import { syncRunner } from './sync-runner.js';
import type { SyncRunnerDeps } from './sync-runner.js';

/** Every kind's runner, over the connections' S3 clients. */
export function taskRunners(
  clientFor: (profileId: string) => Promise<S3Client>,
  folderSizes: FolderSizeStore,
  sync: Omit<SyncRunnerDeps, 'clientFor'>,
): TaskRunners {
  return {
    deletePrefix: deletePrefixRunner(clientFor),
    emptyBucket: emptyBucketRunner(clientFor),
    size: sizeRunner(clientFor, folderSizes),
    search: searchRunner(clientFor),
    compare: compareRunner(clientFor),
    sync: syncRunner({ clientFor, ...sync }),
  };
}
