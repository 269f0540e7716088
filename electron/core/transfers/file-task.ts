import { randomUUID } from 'node:crypto';
import type { JournaledJob, JournalEntry } from './journal-entries.js';
import type { TransferJournal } from './journal.js';

/** One file's transfer: all a job needs to start, pause, resume or clean it up. */
export interface FileTask {
  /** Its own id in the journal (a folder job has one per file). */
  journalId: string;
  key: string;
  /** Download of one version of the object; the latest without it. */
  versionId?: string | undefined;
  localPath: string;
  /** Download by key: -1 until HeadObject says. */
  size: number;
  /** Upload: `mtime:<ms>` of the source. Download: the object's ETag ('' until known). */
  fingerprint: string;
  /** Its 'job' line is in the journal. */
  journaled: boolean;
  /** The conflict policy was applied (or the journal says it was, before a restart). */
  decided: boolean;
  uploadId: string | undefined;
  parts: Map<number, string>;
  ranges: { start: number; end: number }[];
  /** Download: the temporary file this task created (journaled), until it is renamed or removed. */
  tempPath: string | undefined;
  /**
   * The destination may be replaced (overwrite was chosen, or nothing was looked up); otherwise
   * it must stay absent: a download links its file in, an upload writes with If-None-Match.
   */
  replace: boolean;
  /** Bytes this task has added to its job's total, taken back when it starts over. */
  counted: number;
  createdAt: string;
}

export function newTask(fields: {
  key: string;
  versionId?: string | undefined;
  localPath: string;
  size: number;
  fingerprint: string;
}): FileTask {
  return {
    journalId: randomUUID(),
    ...fields,
    journaled: false,
    decided: false,
    uploadId: undefined,
    parts: new Map(),
    ranges: [],
    tempPath: undefined,
    replace: false,
    counted: 0,
    createdAt: new Date().toISOString(),
  };
}

export function taskFromJournal(entry: JournaledJob): FileTask {
  return {
    journalId: entry.job.id,
    key: entry.job.key,
    versionId: entry.job.versionId,
    localPath: entry.job.localPath,
    size: entry.job.size,
    fingerprint: entry.job.fingerprint,
    journaled: true,
    decided: true,
    uploadId: entry.uploadId,
    parts: new Map(entry.parts),
    ranges: [...entry.ranges],
    tempPath: entry.tempPath,
    // Decided before the restart; an existing file then was one the user agreed to replace.
    replace: true,
    counted: 0,
    createdAt: entry.job.createdAt,
  };
}

/**
 * The engines write their progress to the journal; this view of it also keeps
 * the task's copy current, so pause and resume in one session need no re-read.
 * Only `record` is used by the engines; the view must not be used for more.
 */
export function journalFor(journal: TransferJournal, task: FileTask): TransferJournal {
  const view = Object.create(journal) as TransferJournal;
  view.record = (entry: JournalEntry): Promise<void> => {
    if (entry.t === 'multipart') {
      task.uploadId = entry.uploadId;
      task.parts.clear();
    } else if (entry.t === 'part') task.parts.set(entry.partNumber, entry.etag);
    else if (entry.t === 'range') task.ranges.push({ start: entry.start, end: entry.end });
    else if (entry.t === 'temp') {
      task.tempPath = entry.path;
      task.ranges = [];
    }
    return journal.record(entry);
  };
  return view;
}
