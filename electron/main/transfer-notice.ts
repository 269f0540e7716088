import type { TaskRecord, TaskState } from '../../shared/domain/task.js';

export interface TransferNotice {
  title: string;
  body: string;
}

const MAX_ERROR_LENGTH = 200;

function shortened(text: string): string {
  return text.length <= MAX_ERROR_LENGTH ? text : `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}

/**
 * The one desktop notification an upload or download task's new state deserves: when it has
 * just finished or failed (one request is one task, so a drop of a folder gives one notice, not
 * one per file). Null otherwise, and for other kinds.
 */
export function noticeFor(
  previous: TaskState | undefined,
  task: TaskRecord,
): TransferNotice | null {
  const { spec, transfer } = task;
  if (previous === task.state || transfer === null) return null;
  if (spec.kind !== 'upload' && spec.kind !== 'download') return null;
  const upload = spec.kind === 'upload';
  // One item that is more (or other) than one file is a folder: the record names no kinds.
  const folder = transfer.itemCount === 1 && task.itemsTotal !== 1;
  const what = upload ? 'upload' : 'download';
  const title = folder ? `Folder ${what}` : what.charAt(0).toUpperCase() + what.slice(1);
  const name = transfer.name === null ? `${transfer.itemCount} items` : `“${transfer.name}”`;
  if (task.state === 'succeeded') {
    const files = task.itemsDone;
    const count =
      files === 1 && transfer.itemCount === 1
        ? ''
        : ` (${files} ${files === 1 ? 'file' : 'files'})`;
    const where = upload ? `uploaded to ${spec.bucket}` : `downloaded from ${spec.bucket}`;
    return { title: `${title} finished`, body: `${name}${count} ${where}` };
  }
  if (task.state === 'failed') {
    const cause = task.error === null ? 'The transfer failed' : shortened(task.error.message);
    return { title: `${title} failed`, body: `${name}: ${cause}` };
  }
  return null;
}
