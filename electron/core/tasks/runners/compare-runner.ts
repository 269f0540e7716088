import type { S3Client } from '@aws-sdk/client-s3';
import type { CompareSpec } from '../../../../shared/domain/sync.js';
import { compareFolder } from '../sync/compare-folder.js';
import { compareHooks, folderOf } from '../sync/sync-context.js';
import type { TaskRunner } from '../task-runner.js';

/**
 * "Compare with local folder…": lists both sides, keeps the differences for tasks.results and
 * their counts as the result. Nothing is written anywhere; a resume compares again.
 */
export function compareRunner(
  clientFor: (profileId: string) => Promise<S3Client>,
): TaskRunner<CompareSpec> {
  return {
    pausable: false,
    findsResults: true,
    async run(spec, context) {
      const root = await folderOf(context);
      const client = await clientFor(spec.profileId);
      const compared = await compareFolder(client, root, spec, compareHooks(context, true));
      context.found(compared.differences);
      context.setResult({
        kind: 'compare',
        counts: compared.counts,
        comparedAt: new Date().toISOString(),
      });
    },
  };
}
