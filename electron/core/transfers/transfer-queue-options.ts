import type { S3Client } from '@aws-sdk/client-s3';
import type {
  RefusedItem,
  TransferJob,
  TransferProgress,
} from '../../../shared/domain/transfer-job.js';
import type { EnqueueDownload, EnqueueUpload } from '../../../shared/domain/transfer-request.js';
import type { TransferSettings } from '../../../shared/domain/transfer-settings.js';
import type { LiveFolders } from './folder-source.js';
import type { PartPlanOptions } from './part-plan.js';
import type { RetryPolicy } from './retry.js';

export interface TransferQueueOptions {
  /** Where the journal lives (the app data folder). */
  journalDir: string;
  /** A client without SDK retries (maxAttempts 1): the engine retries, rewinding file streams. */
  clientFor(profileId: string): Promise<S3Client>;
  onState?(job: TransferJob): void;
  onProgress?(progress: TransferProgress): void;
  settings?: Partial<TransferSettings>;
  retry?: RetryPolicy;
  plan?: PartPlanOptions;
  rangeThreshold?: number;
  /** 250 ms: at most four progress events per second per job. */
  progressIntervalMs?: number;
  /** Folders the host is still filling, walked as their files land. */
  liveFolders?: LiveFolders;
  /**
   * Counts a folder's files and bytes beside its transfer (on by default): the totals progress
   * shows. A host that shows none (the command line off a terminal) turns it off, sparing a
   * second walk of the tree or a second listing of the prefix.
   */
  countFolders?: boolean;
}

/** An upload task's request with its read grants resolved to the paths they stand for. */
export type UploadRequest = Omit<EnqueueUpload, 'grants'> & {
  paths: string[];
  /** The task the jobs belong to, journaled with them. */
  taskId?: string;
};
/** A download task's request with its write grant resolved to the folder it stands for. */
export type DownloadRequest = Omit<EnqueueDownload, 'destination'> & {
  destinationDir: string;
  /** The task the jobs belong to, journaled with them. */
  taskId?: string;
  /** A write-file grant's one file: the single key lands there, under the name the user gave. */
  destinationFile?: string;
};

export interface DownloadEnqueued {
  jobs: TransferJob[];
  refused: RefusedItem[];
}
