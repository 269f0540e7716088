import { relative, sep } from 'node:path';
import { z } from 'zod';
import { conflictPolicySchema } from '../../../shared/domain/transfer-job.js';
import type { ConflictPolicy } from '../../../shared/domain/transfer-job.js';
import { taskFromJournal } from './file-task.js';
import type { FolderSpec } from './folder-source.js';
import type { JobEntry, JournaledJob } from './journal-entries.js';
import type { JobRecord, JobSpec } from './transfer-job-record.js';

// The journal's 'job' line has no field for folder options: they ride in the fingerprint.
const FOLDER_MARK = 'folder:';
const folderOptionsSchema = z.object({
  conflict: conflictPolicySchema,
  strip: z.string().optional(),
});

export function folderFingerprint(spec: FolderSpec, conflict: ConflictPolicy): string {
  return (
    FOLDER_MARK +
    JSON.stringify(spec.direction === 'download' ? { conflict, strip: spec.strip } : { conflict })
  );
}

/** A folder job's journal line (its options in the fingerprint); undefined for a file job. */
export function folderJobLine(job: JobRecord): JobEntry | undefined {
  if (job.spec.kind !== 'folder') return undefined;
  return {
    t: 'job',
    id: job.id,
    direction: job.snap.direction,
    profileId: job.snap.profileId,
    bucket: job.snap.bucket,
    key: job.snap.key,
    localPath: job.snap.localPath,
    size: 0,
    fingerprint: folderFingerprint(job.spec, job.snap.conflictPolicy),
    createdAt: job.snap.createdAt,
    ...(job.snap.taskId === undefined ? {} : { taskId: job.snap.taskId }),
  };
}

function folderOf(entry: JournaledJob): { spec: FolderSpec; conflict: ConflictPolicy } | undefined {
  const { fingerprint, direction, localPath, key } = entry.job;
  if (!fingerprint.startsWith(FOLDER_MARK)) return undefined;
  let parsed: z.infer<typeof folderOptionsSchema>;
  try {
    parsed = folderOptionsSchema.parse(JSON.parse(fingerprint.slice(FOLDER_MARK.length)));
  } catch {
    return undefined;
  }
  const spec: FolderSpec =
    direction === 'upload'
      ? { direction, root: localPath, prefix: key }
      : { direction, root: localPath, prefix: key, strip: parsed.strip ?? '' };
  return { spec, conflict: parsed.conflict };
}

function inside(root: string, path: string): boolean {
  return path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** The order key of a journaled file inside a folder job (relative path or key). */
function orderKeyIn(spec: FolderSpec, entry: JournaledJob): string | undefined {
  const { job } = entry;
  if (job.direction !== spec.direction || !job.key.startsWith(spec.prefix)) return undefined;
  if (!inside(spec.root, job.localPath)) return undefined;
  return spec.direction === 'upload'
    ? relative(spec.root, job.localPath).split(sep).join('/')
    : job.key;
}

type MakeJob = (fields: ConstructorParameters<typeof JobRecord>[0], spec: JobSpec) => JobRecord;

/**
 * Jobs from the journal's unfinished lines. A file that belonged to a folder
 * job goes back into it (its walk meets it again and resumes it); the folder
 * skips files that already match, since which ones finished is not journaled.
 */
export function restoredJobs(unfinished: JournaledJob[], make: MakeJob): JobRecord[] {
  const folders: { job: JobRecord; spec: FolderSpec; entry: JournaledJob }[] = [];
  const files: JournaledJob[] = [];
  for (const entry of unfinished) {
    const folder = folderOf(entry);
    if (folder === undefined) {
      if (!entry.job.fingerprint.startsWith(FOLDER_MARK)) files.push(entry);
      continue;
    }
    const job = make(
      {
        id: entry.job.id,
        direction: entry.job.direction,
        profileId: entry.job.profileId,
        bucket: entry.job.bucket,
        key: entry.job.key,
        localPath: entry.job.localPath,
        conflictPolicy: folder.conflict,
        bytesTotal: 0,
        createdAt: entry.job.createdAt,
        taskId: entry.job.taskId,
      },
      { kind: 'folder', ...folder.spec },
    );
    job.verifyExisting = true;
    folders.push({ job, spec: folder.spec, entry });
  }
  const jobs = folders.map((f) => f.job);
  for (const entry of files) {
    const owner = folders.find(
      (f) =>
        f.entry.job.profileId === entry.job.profileId &&
        f.entry.job.bucket === entry.job.bucket &&
        orderKeyIn(f.spec, entry) !== undefined,
    );
    const task = taskFromJournal(entry);
    if (owner !== undefined) {
      owner.job.live.set(orderKeyIn(owner.spec, entry) ?? entry.job.key, task);
      continue;
    }
    const job = make(
      {
        id: entry.job.id,
        direction: entry.job.direction,
        profileId: entry.job.profileId,
        bucket: entry.job.bucket,
        key: entry.job.key,
        localPath: entry.job.localPath,
        // Decided before the restart: the journaled destination is the one to finish.
        conflictPolicy: 'overwrite',
        bytesTotal: entry.job.size,
        createdAt: entry.job.createdAt,
        taskId: entry.job.taskId,
      },
      { kind: 'file', task },
    );
    jobs.push(job);
  }
  // The jobs of one task answer an "apply to all" together again.
  const byTask = new Map<string, JobRecord[]>();
  for (const job of jobs) {
    if (job.snap.taskId === undefined) continue;
    const mates = byTask.get(job.snap.taskId) ?? [];
    mates.push(job);
    byTask.set(job.snap.taskId, mates);
    job.batch = mates;
  }
  return jobs;
}
