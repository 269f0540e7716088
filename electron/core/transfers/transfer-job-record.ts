import type {
  ConflictChoice,
  ConflictPolicy,
  DownloadCheck,
  RefusedItem,
  TransferJob,
  TransferState,
} from '../../../shared/domain/transfer-job.js';
import type { DestinationKeys } from './existence-lookup.js';
import type { FileTask } from './file-task.js';
import type { FolderSpec } from './folder-source.js';
import { ProgressThrottle } from './progress-throttle.js';
import { RateTracker } from './progress-rate.js';
import { WalkCursor } from './walk-cursor.js';
import { orderOf } from './folder-source.js';

const MAX_REFUSED_LISTED = 1_000;

export type JobSpec = { kind: 'file'; task: FileTask } | ({ kind: 'folder' } & FolderSpec);

/** Why a run was stopped from outside; none means it failed (or finished) on its own. */
export type StopReason = 'pause' | 'cancel' | 'close';

/** The queue's private record of one job; `snap` is what the contract sees. */
export class JobRecord {
  readonly snap: TransferJob;
  readonly spec: JobSpec;
  controller: AbortController | undefined;
  running: Promise<void> | undefined;
  stopReason: StopReason | undefined;
  /** Started, unfinished file tasks by walk order: what pause keeps and cancel cleans up. */
  readonly live = new Map<string, FileTask>();
  readonly cursor: WalkCursor | undefined;
  /** After a restart a folder's files that already match are skipped, not sent again. */
  verifyExisting = false;
  countStarted = false;
  readonly counting = new AbortController();
  /** A folder job's end line went to the journal: no other line of it may follow. */
  ended = false;
  /** One conflict question at a time per job. */
  askChain: Promise<unknown> = Promise.resolve();
  answer: ((choice: ConflictChoice) => void) | undefined;
  /** The jobs queued with this one (itself included): "apply to all" answers for all of them. */
  batch: JobRecord[] = [this];
  /** Uploads: which keys exist where the files go (see conflict-questions.ts). */
  destination: DestinationKeys | undefined;
  /** Uploads: another file of the same upload goes under this key ("keep both" avoids it). */
  plannedElsewhere: ((key: string) => Promise<boolean>) | undefined;
  readonly #refusedSeen = new Set<string>();
  readonly rate = new RateTracker();
  readonly throttle: ProgressThrottle;

  constructor(
    fields: {
      id: string;
      direction: 'upload' | 'download';
      profileId: string;
      bucket: string;
      key: string;
      localPath: string;
      conflictPolicy: ConflictPolicy;
      bytesTotal: number;
      createdAt?: string;
      /** The upload or download task the job is part of. */
      taskId?: string | undefined;
    },
    spec: JobSpec,
    progressIntervalMs: number,
    sendProgress: (job: JobRecord) => void,
  ) {
    this.spec = spec;
    const folder = spec.kind === 'folder';
    this.snap = {
      id: fields.id,
      direction: fields.direction,
      kind: spec.kind,
      profileId: fields.profileId,
      bucket: fields.bucket,
      key: fields.key,
      localPath: fields.localPath,
      state: 'queued',
      bytesDone: 0,
      bytesTotal: fields.bytesTotal,
      filesDone: 0,
      filesTotal: folder ? 0 : 1,
      totalsKnown: !folder,
      conflictPolicy: fields.conflictPolicy,
      conflict: null,
      refused: [],
      refusedCount: 0,
      skippedCount: 0,
      checks: {},
      error: null,
      createdAt: fields.createdAt ?? new Date().toISOString(),
      ...(fields.taskId === undefined ? {} : { taskId: fields.taskId }),
    };
    this.cursor = spec.kind === 'folder' ? new WalkCursor(orderOf(spec)) : undefined;
    this.throttle = new ProgressThrottle(progressIntervalMs, () => sendProgress(this));
  }

  get id(): string {
    return this.snap.id;
  }

  get state(): TransferState {
    return this.snap.state;
  }

  snapshot(): TransferJob {
    return {
      ...this.snap,
      conflict: this.snap.conflict === null ? null : { ...this.snap.conflict },
      refused: [...this.snap.refused],
      checks: { ...this.snap.checks },
      error: this.snap.error === null ? null : { ...this.snap.error },
    };
  }

  refuse(item: RefusedItem): void {
    // A retry walks the tree again and meets the same keys.
    if (this.#refusedSeen.has(item.key)) return;
    this.#refusedSeen.add(item.key);
    this.snap.refusedCount++;
    if (this.snap.refused.length < MAX_REFUSED_LISTED) this.snap.refused.push(item);
  }

  checked(check: DownloadCheck): void {
    this.snap.checks[check] = (this.snap.checks[check] ?? 0) + 1;
  }

  addBytes(delta: number): void {
    // Cancelling aborts the requests in flight and they take their bytes back; a cancelled job
    // ends where its progress stood when it was cancelled, so no bar ever runs backwards.
    if (this.stopReason === 'cancel') return;
    this.snap.bytesDone += delta;
    this.throttle.poke();
  }
}
