import type { S3Client } from '@aws-sdk/client-s3';
import { searchMatcher } from '../../../../shared/domain/search-match.js';
import type { SearchMatch } from '../../../../shared/domain/search.js';
import type { TaskSpec } from '../../../../shared/domain/task.js';
import type { ListedKey } from '../../services/objects-key-pages.js';
import { walkTree } from '../../services/objects-tree-walk.js';
import type { TreeWalkOptions } from '../../services/objects-tree-walk.js';
import type { TaskRunner } from '../task-runner.js';

type SearchSpec = Extract<TaskSpec, { kind: 'search' }>;

function matchOf({ key, size, etag, lastModified, storageClass }: ListedKey): SearchMatch {
  const modified = lastModified === 0 ? null : new Date(lastModified).toISOString();
  return { key, size, etag, lastModified: modified, storageClass };
}

/**
 * Search: walks the scope with the parallel tree walk and keeps the keys that meet the criteria.
 * Items count keys scanned. Cancel aborts the listings in flight at once. Nothing is journaled
 * but the counts: a resume (restart, Retry) walks again from the start, and the count goes on
 * only once the new walk has passed the old one.
 */
export function searchRunner(
  clientFor: (profileId: string) => Promise<S3Client>,
  walk: TreeWalkOptions = {},
): TaskRunner<SearchSpec> {
  return {
    pausable: false,
    findsResults: true,
    async run({ profileId, bucket, prefix, criteria }, context) {
      const client = await clientFor(profileId);
      const matches = searchMatcher(criteria, prefix);
      let scanned = 0;
      let reported = context.before.itemsDone;
      for await (const page of walkTree(client, bucket, prefix, {
        ...walk,
        signal: context.signal,
      })) {
        scanned += page.length;
        if (scanned > reported) {
          context.advance({ items: scanned - reported });
          reported = scanned;
        }
        const found = page.filter(matches).map(matchOf);
        // At the cap the walk stops (its listings are aborted by leaving the loop).
        if (found.length > 0 && !context.found(found)) return;
      }
    },
  };
}
