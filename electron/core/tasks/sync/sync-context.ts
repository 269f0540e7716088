import { stat } from 'node:fs/promises';
import { AppError } from '../../../../shared/contract/envelope.js';
import type { TaskContext } from '../task-runner.js';
import type { CompareHooks } from './compare-folder.js';

/** The folder a compare or sync works on, checked to still be a folder before any work. */
export async function folderOf(context: TaskContext): Promise<string> {
  const root = context.local;
  if (root === undefined)
    throw new AppError('Internal', 'This task was started without its local folder.');
  const info = await stat(root).catch(() => undefined);
  if (info?.isDirectory() !== true)
    throw new AppError('LocalFileError', `The folder ${root} is no longer there.`);
  return root;
}

/**
 * Local entries left out become problems; progress counts entries seen, going on from an
 * earlier run's count only once this run passes it (each run compares from the start).
 */
export function compareHooks(context: TaskContext, countSeen: boolean): CompareHooks {
  let shown = context.before.itemsDone;
  return {
    signal: context.signal,
    onSkip: ({ relativeKey, reason }) =>
      context.problem({ item: relativeKey, code: 'Skipped', message: reason }),
    onSeen: (seen) => {
      if (!countSeen || seen <= shown) return;
      context.advance({ items: seen - shown });
      shown = seen;
    },
  };
}
