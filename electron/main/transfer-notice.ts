import type { TransferJob, TransferState } from '../../shared/domain/transfer-job.js';

export interface TransferNotice {
  title: string;
  body: string;
}

const MAX_ERROR_LENGTH = 200;

/** The file or folder name a person recognises: the last part of the key or prefix. */
function shownName(job: TransferJob): string {
  const parts = job.key.split('/').filter((part) => part !== '');
  return parts.at(-1) ?? job.bucket;
}

function shortened(text: string): string {
  return text.length <= MAX_ERROR_LENGTH ? text : `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}

/**
 * The one desktop notification a job's new state deserves: when it has just finished or failed
 * (a folder job is one job, so a folder gives one notice, not one per file). Null otherwise.
 */
export function noticeFor(
  previous: TransferState | undefined,
  job: TransferJob,
): TransferNotice | null {
  if (previous === job.state) return null;
  const upload = job.direction === 'upload';
  const folder = job.kind === 'folder';
  const what = `${folder ? 'Folder ' : ''}${upload ? 'upload' : 'download'}`;
  const title = what.charAt(0).toUpperCase() + what.slice(1);
  const name = `“${shownName(job)}”`;
  if (job.state === 'succeeded') {
    const files = folder ? ` (${job.filesDone} ${job.filesDone === 1 ? 'file' : 'files'})` : '';
    const where = upload ? `uploaded to ${job.bucket}` : `downloaded from ${job.bucket}`;
    return { title: `${title} finished`, body: `${name}${files} ${where}` };
  }
  if (job.state === 'failed') {
    const cause = job.error === null ? 'The transfer failed' : shortened(job.error.message);
    return { title: `${title} failed`, body: `${name}: ${cause}` };
  }
  return null;
}
