import type { KeyError } from '../../../../shared/domain/copy-prefix.js';
import type { TransferSpec } from '../../../../shared/domain/copy-task.js';
import { runLimited } from '../../services/copy-concurrency.js';
import { copyObject } from '../../services/copy-object.js';
import { planCopy, targetStates } from '../../services/copy-plan.js';
import type { CopyEntry, TargetState } from '../../services/copy-plan.js';
import { keyError } from '../../services/copy-prefix.js';
import type { CopySession } from '../../services/copy-types.js';
import { DELETE_BATCH, deleteKeys } from '../../services/delete-objects.js';
import type { TaskContext, TaskRunner } from '../task-runner.js';
import { itemsFailed } from './delete-runner.js';

const COPIES_AT_ONCE = 8;

/**
 * Counts objects and bytes done. A copy lists every source again on a resume, so it passes on
 * only what goes past what earlier runs had counted. A move's sources go as it works, so a
 * resume lists only what is left: its counts simply go on.
 */
function counter(context: TaskContext, move: boolean): (size: number) => void {
  if (move) return (size) => context.advance({ items: 1, bytes: size });
  const run = { items: 0, bytes: 0 };
  const shown = { ...context.before };
  return (size) => {
    run.items++;
    run.bytes += size;
    const items = Math.max(0, run.items - shown.itemsDone);
    const bytes = Math.max(0, run.bytes - shown.bytesDone);
    if (items === 0 && bytes === 0) return;
    shown.itemsDone += items;
    shown.bytesDone += bytes;
    context.advance({ items, bytes });
  };
}

/** A target that already holds this very object: a copy an earlier run made. */
function alreadyCopied(entry: CopyEntry, state: TargetState | undefined): boolean {
  return state !== undefined && state.size === entry.size && state.etag === entry.etag;
}

/**
 * Copy and move of objects and folders. Lists every folder first (so the totals are known), then
 * copies a few objects at a time. A Cancel starts no further copy. A move deletes a source only
 * once its copy is stored, in batches, and lets the copies in flight finish on a Cancel and
 * deletes their sources, so no object ends up in both places or in neither.
 * A resume (restart, Resume, Retry) plans again: a target already holding its source (same size
 * and ETag) counts as copied, and a move deletes that source.
 */
export function transferRunner(
  sessionFor: (profileId: string) => Promise<CopySession>,
): TaskRunner<TransferSpec> {
  return {
    pausable: true,
    async run(spec, context) {
      const session = await sessionFor(spec.profileId);
      const { client } = session;
      const { signal } = context;
      const move = spec.kind === 'move';
      const buckets = { source: spec.bucket, target: spec.targetBucket };
      const plan = await planCopy(client, buckets, spec.items, signal);
      const problems: KeyError[] = [];
      const problem = (failure: KeyError) => {
        problems.push(failure);
        context.problem({ item: failure.key, code: failure.code, message: failure.message });
      };
      plan.problems.forEach(problem);
      const earlier = move ? context.before : { itemsDone: 0, bytesDone: 0 };
      context.setTotals({
        items: earlier.itemsDone + plan.entries.length,
        bytes: earlier.bytesDone + plan.entries.reduce((sum, e) => sum + e.size, 0),
      });
      const look = spec.ifExists === 'skip' || context.resumed;
      const states = look
        ? await targetStates(client, spec.targetBucket, spec.items, signal)
        : new Map<string, TargetState>();

      const count = counter(context, move);
      const done = { copied: 0, skipped: 0, deleted: 0 };
      const sources: string[] = [];
      // Without the task's signal: these copies are stored, so their sources go even on a Cancel.
      const deleteSources = async (all: boolean) => {
        while (sources.length >= (all ? 1 : DELETE_BATCH)) {
          const batch = sources.splice(0, DELETE_BATCH);
          const result = await deleteKeys(client, spec.bucket, batch).catch((err) => ({
            deleted: [],
            errors: batch.map((key) => keyError(key, err)),
          }));
          done.deleted += result.deleted.length;
          result.errors.forEach(problem);
        }
      };

      const toCopy: CopyEntry[] = [];
      for (const entry of plan.entries) {
        const state = states.get(entry.target);
        if (context.resumed && alreadyCopied(entry, state)) {
          done.copied++;
          if (move) sources.push(entry.source);
          count(entry.size);
        } else if (state !== undefined && spec.ifExists === 'skip') {
          done.skipped++;
          count(entry.size);
        } else toCopy.push(entry);
      }
      try {
        await runLimited(toCopy, COPIES_AT_ONCE, async (entry) => {
          if (signal.aborted) return;
          try {
            await copyObject(
              session,
              {
                source: { bucket: spec.bucket, key: entry.source },
                target: { bucket: spec.targetBucket, key: entry.target },
              },
              // A move lets the copies in flight finish on a Cancel, so each source is then
              // deleted or kept knowing its copy's fate: never an object in both places.
              { signal: move ? undefined : signal, knownSourceSize: entry.size },
            );
          } catch (err) {
            // Canceled: not a problem of this object; the task ends canceled below.
            if (signal.aborted) return;
            problem(keyError(entry.source, err));
            return;
          }
          done.copied++;
          count(entry.size);
          if (move) {
            sources.push(entry.source);
            await deleteSources(false);
          }
        });
      } finally {
        if (move) await deleteSources(true);
      }
      signal.throwIfAborted();
      const failure = itemsFailed(problems, move ? 'moved' : 'copied');
      if (failure !== undefined) throw failure;
      context.setResult({ kind: 'transfer', ...done });
    },
  };
}
