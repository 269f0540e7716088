import type { S3Client } from '@aws-sdk/client-s3';
import type { OrphanCleanupResult, OrphanUpload } from '../../../shared/domain/transfer-request.js';
import { isActive, isFinal } from './job-state.js';
import type { TransferJournal } from './journal.js';
import type { JobRecord } from './transfer-job-record.js';
import { causeOf } from './transfer-cause.js';
import { abortUpload } from './upload-file.js';

/** Multipart uploads the journal knows that no running or queued job is using. */
export function orphansOf(jobs: Iterable<JobRecord>): OrphanUpload[] {
  const out: OrphanUpload[] = [];
  for (const job of jobs) {
    if (job.snap.direction !== 'upload' || isActive(job.state)) continue;
    for (const task of job.live.values()) {
      if (task.uploadId === undefined) continue;
      out.push({
        profileId: job.snap.profileId,
        bucket: job.snap.bucket,
        key: task.key,
        uploadId: task.uploadId,
        initiated: task.createdAt,
      });
    }
  }
  return out;
}

export interface OrphanCleanupEnv {
  journal: TransferJournal;
  client(profileId: string): Promise<S3Client>;
  /** A file job whose only upload is gone ends canceled. */
  cancelJob(job: JobRecord): Promise<void>;
}

/** Aborts the selected orphans on the server; each failure is reported with its upload id. */
export async function cleanupOrphans(
  jobs: readonly JobRecord[],
  selection: { all: true } | { uploadIds: string[] },
  env: OrphanCleanupEnv,
): Promise<OrphanCleanupResult> {
  const wanted = 'all' in selection ? undefined : new Set(selection.uploadIds);
  const result: OrphanCleanupResult = { aborted: 0, errors: [] };
  for (const job of jobs) {
    if (job.snap.direction !== 'upload' || isActive(job.state)) continue;
    for (const [order, task] of [...job.live]) {
      const uploadId = task.uploadId;
      if (uploadId === undefined || (wanted !== undefined && !wanted.has(uploadId))) continue;
      try {
        const client = await env.client(job.snap.profileId);
        await abortUpload(client, { bucket: job.snap.bucket, key: task.key }, uploadId);
        await env.journal.record({ t: 'end', id: task.journalId, state: 'canceled' });
        job.live.delete(order);
        result.aborted++;
      } catch (err) {
        const cause = causeOf(err);
        result.errors.push({ uploadId, code: cause.code, message: cause.message });
      }
    }
    if (job.spec.kind === 'file' && job.live.size === 0 && !isFinal(job.state))
      await env.cancelJob(job);
  }
  return result;
}
