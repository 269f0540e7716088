import { rm } from 'node:fs/promises';
import { countOf } from '../../../../shared/domain/count-of.js';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../../shared/contract/envelope.js';
import type { AppErrorShape } from '../../../../shared/contract/envelope.js';
import { newerOnWrittenSide, writesRemote } from '../../../../shared/domain/sync.js';
import type { SyncDifference, SyncSpec } from '../../../../shared/domain/sync.js';
import { deleteKeys } from '../../services/delete-objects.js';
import type { TransferJournal } from '../../transfers/journal.js';
import { mapLimit } from '../../transfers/map-limit.js';
import { RequestLimiter } from '../../transfers/request-limiter.js';
import { compareFolder } from '../sync/compare-folder.js';
import type { Compared } from '../sync/compare-folder.js';
import { downloadOne, localTarget, uploadOne } from '../sync/sync-copy.js';
import type { CopyEnv } from '../sync/sync-copy.js';
import { compareHooks, folderOf } from '../sync/sync-context.js';
import type { TaskContext, TaskRunner } from '../task-runner.js';

export interface SyncRunnerDeps {
  /** Listing and deletes. */
  clientFor(profileId: string): Promise<S3Client>;
  /** Copies: the transfer clients, with the transfer engine's timeouts and bandwidth limit. */
  transferClientFor(profileId: string): Promise<S3Client>;
  /** The transfer journal copies record their parts and temporary files in. */
  journal(): Promise<TransferJournal>;
  /** Converts what a copy threw into the value a problem carries. */
  toError(err: unknown): AppErrorShape;
}

/** Files copied at once, each with a few parts or ranges of its own. */
const FILES_AT_ONCE = 4;
const REQUESTS_AT_ONCE = 16;

/**
 * What a direction copies: everything that differs, except what only the written side has and,
 * unless the spec says to replace them, what is newer on the written side (an older copy must
 * not silently replace it); those are kept.
 */
function copies(
  spec: SyncSpec,
  compared: Compared,
): { toCopy: SyncDifference[]; keptNewer: number } {
  const writtenOnly = writesRemote(spec.direction) ? 'onlyThere' : 'onlyHere';
  const writtenNewer = newerOnWrittenSide(spec.direction);
  const toCopy = compared.differences.filter(
    (d) => d.difference !== writtenOnly && (spec.replaceNewer || d.difference !== writtenNewer),
  );
  const keptNewer = spec.replaceNewer
    ? 0
    : compared.differences.filter((d) => d.difference === writtenNewer).length;
  return { toCopy, keptNewer };
}

/**
 * The confirmed deletions that still hold: listed by the user AND, now, only on the side the
 * mirror writes. Anything else the compare finds there is left alone.
 */
function deletions(spec: SyncSpec, compared: Compared): SyncDifference[] {
  if (!spec.direction.startsWith('mirror')) return [];
  const confirmed = new Set(spec.deletions);
  const writtenOnly = writesRemote(spec.direction) ? 'onlyThere' : 'onlyHere';
  return compared.differences.filter((d) => d.difference === writtenOnly && confirmed.has(d.path));
}

async function copyOne(env: CopyEnv, up: boolean, d: SyncDifference, compared: Compared) {
  if (up) return uploadOne(env, d, compared.local.get(d.path)!);
  const object = compared.remote.get(d.path)!;
  const target = localTarget(env, object.key);
  if ('refused' in target) throw new AppError('InvalidInput', `Not downloaded: ${target.refused}.`);
  return downloadOne(env, d, object, target.path);
}

/** Deletes the listed paths on the written side; what is refused becomes a problem. */
async function deleteListed(
  env: CopyEnv,
  up: boolean,
  listed: SyncDifference[],
  compared: Compared,
  context: TaskContext,
): Promise<number> {
  if (listed.length === 0) return 0;
  if (up) {
    const keys = listed.map((d) => env.prefix + d.path);
    const result = await deleteKeys(env.client, env.bucket, keys, { signal: env.signal });
    for (const { key, code, message } of result.errors)
      context.problem({ item: key.slice(env.prefix.length), code, message });
    context.advance({ items: result.deleted.length });
    return result.deleted.length;
  }
  let deleted = 0;
  for (const d of listed) {
    env.signal.throwIfAborted();
    // The path comes from walking the folder, never from the spec: nothing outside it is named.
    const file = compared.local.get(d.path)!;
    await rm(file.path, { force: true });
    context.advance({ items: 1 });
    deleted++;
  }
  return deleted;
}

/**
 * Sync: compares, then copies what differs one way with the transfer engine and, for a mirror,
 * deletes only the confirmed paths that are still only on the written side. A resume (restart,
 * Resume, Retry) compares again: what was copied is now the same and is not sent again.
 */
export function syncRunner(deps: SyncRunnerDeps): TaskRunner<SyncSpec> {
  return {
    pausable: true,
    findsResults: true,
    async run(spec, context) {
      const root = await folderOf(context);
      const client = await deps.clientFor(spec.profileId);
      const compared = await compareFolder(client, root, spec, compareHooks(context, false));
      context.found(compared.differences);
      const up = writesRemote(spec.direction);
      const { toCopy, keptNewer } = copies(spec, compared);
      const toDelete = deletions(spec, compared);
      const result = {
        kind: 'sync' as const,
        counts: compared.counts,
        copied: 0,
        deleted: 0,
        keptDeletions: new Set(spec.deletions).size - toDelete.length,
        keptNewer,
        dryRun: spec.dryRun,
      };
      if (spec.dryRun) return context.setResult(result);
      const bytes = toCopy.reduce((sum, d) => sum + ((up ? d.local : d.remote)?.size ?? 0), 0);
      context.setTotals({
        items: context.before.itemsDone + toCopy.length + toDelete.length,
        bytes: context.before.bytesDone + bytes,
      });
      const env: CopyEnv = {
        client: await deps.transferClientFor(spec.profileId),
        journal: await deps.journal(),
        limiter: new RequestLimiter(REQUESTS_AT_ONCE),
        signal: context.signal,
        bucket: spec.bucket,
        prefix: spec.prefix,
        root,
        onBytes: (delta) => context.advance({ bytes: delta }),
      };
      let failed = 0;
      // mapLimit hears a stop only from here on: one that came during the compare ends the run now.
      context.signal.throwIfAborted();
      await mapLimit(
        toCopy,
        FILES_AT_ONCE,
        async (d, signal) => {
          try {
            await copyOne({ ...env, signal }, up, d, compared);
            context.advance({ items: 1 });
            result.copied++;
          } catch (err) {
            // Stopping (pause, cancel, close) ends the run; anything else is this file's problem.
            if (signal.aborted) throw err;
            const { code, message } = err instanceof AppError ? err : deps.toError(err);
            context.problem({ item: d.path, code, message });
            failed++;
          }
        },
        context.signal,
      );
      result.deleted = await deleteListed({ ...env, client }, up, toDelete, compared, context);
      const notSynced = failed + toDelete.length - result.deleted;
      if (notSynced > 0)
        throw new AppError(
          'S3Error',
          `${countOf(notSynced, 'item')} could not be synced; see the problems. Retry compares again and does the rest.`,
        );
      context.setResult(result);
    },
  };
}
