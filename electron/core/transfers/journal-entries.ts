import { z } from 'zod';
import {
  downloadTaskSpecSchema,
  uploadTaskSpecSchema,
} from '../../../shared/domain/transfer-task.js';

const id = z.string().min(1).max(64);

/** One line of the journal. Small, append-only facts; the job's state is their fold. */
export const journalEntrySchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('job'),
    id,
    direction: z.enum(['upload', 'download']),
    profileId: z.string(),
    bucket: z.string(),
    key: z.string(),
    /** Download of one version of the object (the versions browser). */
    versionId: z.string().optional(),
    /** Upload: the file read. Download: the final file written. */
    localPath: z.string(),
    size: z.number().int().nonnegative(),
    /** Upload: the source's mtime, so a changed file is not resumed. Download: the object's ETag. */
    fingerprint: z.string(),
    partSize: z.number().int().positive().optional(),
    createdAt: z.string(),
    /** The upload or download task of the job; lines written before tasks have none. */
    taskId: id.optional(),
  }),
  z.object({ t: z.literal('multipart'), id, uploadId: z.string() }),
  z.object({
    t: z.literal('part'),
    id,
    partNumber: z.number().int().min(1).max(10_000),
    etag: z.string(),
  }),
  z.object({
    t: z.literal('range'),
    id,
    start: z.number().int().nonnegative(),
    end: z.number().int(),
  }),
  /** A download's temporary file, created only after this line is written (resume and cleanup find it). */
  z.object({ t: z.literal('temp'), id, path: z.string().min(1) }),
  z.object({
    t: z.literal('end'),
    id,
    state: z.enum(['succeeded', 'failed', 'canceled']),
    reason: z.string().optional(),
  }),
  /**
   * An upload or download task: one request, whose jobs name it. Kept while any of its jobs is
   * unfinished, so a restart regroups them under the same id.
   */
  z.object({
    t: z.literal('task'),
    id,
    spec: z.union([uploadTaskSpecSchema, downloadTaskSpecSchema]),
    createdAt: z.string(),
    name: z.string().nullable(),
    localPath: z.string().nullable(),
    itemCount: z.number().int().nonnegative(),
    /** Keys refused as destinations when the task started (they would leave the folder). */
    refused: z.array(z.object({ key: z.string(), reason: z.string() })).max(1_000),
  }),
]);

export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type JobEntry = Extract<JournalEntry, { t: 'job' }>;
export type TaskEntry = Extract<JournalEntry, { t: 'task' }>;

export interface JournaledJob {
  job: JobEntry;
  uploadId: string | undefined;
  /** partNumber → ETag of every part the server confirmed. */
  parts: Map<number, string>;
  /** Byte ranges [start, end) already written to the temporary file. */
  ranges: { start: number; end: number }[];
  /** The download's own temporary file, if one was created. */
  tempPath: string | undefined;
  end: Extract<JournalEntry, { t: 'end' }> | undefined;
}

/** Folds entries into jobs; entries for unknown jobs are ignored. */
export function foldJournal(entries: Iterable<JournalEntry>): Map<string, JournaledJob> {
  const jobs = new Map<string, JournaledJob>();
  for (const entry of entries) {
    if (entry.t === 'task') continue;
    if (entry.t === 'job') {
      jobs.set(entry.id, {
        job: entry,
        uploadId: undefined,
        parts: new Map(),
        ranges: [],
        tempPath: undefined,
        end: undefined,
      });
      continue;
    }
    const job = jobs.get(entry.id);
    if (job === undefined) continue;
    if (entry.t === 'multipart') {
      // A new multipart upload makes the old one's parts meaningless.
      job.uploadId = entry.uploadId;
      job.parts.clear();
    } else if (entry.t === 'part') job.parts.set(entry.partNumber, entry.etag);
    else if (entry.t === 'range') job.ranges.push({ start: entry.start, end: entry.end });
    else if (entry.t === 'temp') {
      // A new temporary file holds none of the old one's ranges.
      job.tempPath = entry.path;
      job.ranges = [];
    } else job.end = entry;
  }
  return jobs;
}

/** The entries that recreate a job's state, for compaction. */
export function entriesOf(job: JournaledJob): JournalEntry[] {
  const out: JournalEntry[] = [job.job];
  if (job.uploadId !== undefined)
    out.push({ t: 'multipart', id: job.job.id, uploadId: job.uploadId });
  if (job.tempPath !== undefined) out.push({ t: 'temp', id: job.job.id, path: job.tempPath });
  for (const [partNumber, etag] of job.parts)
    out.push({ t: 'part', id: job.job.id, partNumber, etag });
  for (const r of job.ranges) out.push({ t: 'range', id: job.job.id, ...r });
  if (job.end !== undefined) out.push(job.end);
  return out;
}

/** The task lines that some unfinished job names, in the order they were written. */
export function tasksOf(entries: Iterable<JournalEntry>, unfinished: JournaledJob[]): TaskEntry[] {
  const named = new Set(unfinished.map((job) => job.job.taskId));
  const tasks: TaskEntry[] = [];
  for (const entry of entries) if (entry.t === 'task' && named.has(entry.id)) tasks.push(entry);
  return tasks;
}
