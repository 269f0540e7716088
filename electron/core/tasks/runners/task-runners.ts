import type { S3Client } from '@aws-sdk/client-s3';
import type { TaskRunners } from '../task-runner.js';
import { deleteRunner } from './delete-runner.js';
import { emptyBucketRunner } from './empty-bucket-runner.js';
import { sizeRunner } from './size-runner.js';
import type { FolderSizeStore } from '../folder-size-store.js';
import { searchRunner } from './search-runner.js';
import { dialects } from '../../s3/dialects.js';
import type { CopySession } from '../../services/copy-types.js';
import { transferRunner } from './transfer-runner.js';
import { compareRunner } from './compare-runner.js';
import { syncRunner } from './sync-runner.js';
import type { SyncRunnerDeps } from './sync-runner.js';

/** Every kind's runner, over the connections' S3 clients. */
export function taskRunners(
  clientFor: (profileId: string) => Promise<S3Client>,
  folderSizes: FolderSizeStore,
  sync: Omit<SyncRunnerDeps, 'clientFor'>,
  // Copies also need the provider's rules; without a session, a generic S3 server's.
  sessionFor: (profileId: string) => Promise<CopySession> = async (profileId) => ({
    client: await clientFor(profileId),
    dialect: dialects.generic,
  }),
): TaskRunners {
  const transfer = transferRunner(sessionFor);
  return {
    delete: deleteRunner(clientFor),
    emptyBucket: emptyBucketRunner(clientFor),
    size: sizeRunner(clientFor, folderSizes),
    search: searchRunner(clientFor),
    copy: transfer,
    move: transfer,
    compare: compareRunner(clientFor),
    sync: syncRunner({ clientFor, ...sync }),
  };
}
