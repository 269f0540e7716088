import type { S3Client } from '@aws-sdk/client-s3';
import type { SizeSpec } from '../../../../shared/domain/folder-size.js';
import { measureSize } from '../../services/folder-size.js';
import type { FolderSizeStore } from '../folder-size-store.js';
import type { TaskRunner } from '../task-runner.js';

/**
 * "Calculate size": measures and keeps the result with the task; a folder's or bucket's size is
 * also remembered for its properties. A resume measures again from the start, so the counts
 * shown go on only once the new run passes what the earlier one had counted.
 */
export function sizeRunner(
  clientFor: (profileId: string) => Promise<S3Client>,
  folderSizes: FolderSizeStore,
): TaskRunner<SizeSpec> {
  return {
    pausable: false,
    async run(spec, context) {
      const client = await clientFor(spec.profileId);
      const shown = { ...context.before };
      const size = await measureSize(client, spec, {
        signal: context.signal,
        onProgress: ({ items, bytes }) => {
          const step = {
            items: Math.max(0, items - shown.itemsDone),
            bytes: Math.max(0, bytes - shown.bytesDone),
          };
          if (step.items === 0 && step.bytes === 0) return;
          shown.itemsDone += step.items;
          shown.bytesDone += step.bytes;
          context.advance(step);
        },
      });
      if (spec.selection === undefined) {
        const { profileId, bucket, prefix, versions } = spec;
        await folderSizes.remember({ profileId, bucket, prefix, versions }, size);
      }
      context.setResult(size);
    },
  };
}
