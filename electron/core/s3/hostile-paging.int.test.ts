import { afterEach, describe, expect, it } from 'vitest';
import { emptyBucket } from '../services/buckets-empty.js';
import { targetStates } from '../services/copy-plan.js';
import { listParts, listUploads } from '../services/multipart-list.js';
import { listObjectsPage } from '../services/objects.js';
import { deleteUnderPrefix } from '../services/objects-delete-prefix.js';
import { walkTree } from '../services/objects-tree-walk.js';
import { walkPrefix } from '../transfers/prefix-walk.js';
import { startHostileS3 } from './test-servers/hostile-s3.js';
import type { HostileS3, Hostility, ListingKind } from './test-servers/hostile-s3.js';
import { clientFor, outcomeOf } from './test-servers/hostile-client.js';
import { MAX_EMPTY_PAGES } from './page-guard.js';

/** What the paging guard must answer to each way of paging forever. */
const expectations: { hostility: Hostility; problem: string; maxRequests: number }[] = [
  { hostility: 'repeatedToken', problem: 'repeatedToken', maxRequests: 2 },
  { hostility: 'pagesDoNotAdvance', problem: 'noProgress', maxRequests: 2 },
  { hostility: 'moreKeysThanAsked', problem: 'tooManyEntries', maxRequests: 1 },
  { hostility: 'emptyPages', problem: 'emptyPages', maxRequests: MAX_EMPTY_PAGES + 1 },
];

/** Today's cost of a loop without an end was 27,000+ requests; each case must stop in this. */
const MAX_MS = 5_000;
/** The renderer's way: one `objects.list` call per page, as long as a token comes back. */
const RENDERER_PAGE_LIMIT = 100_000;

const walks: { name: string; kind: ListingKind; run: (s: HostileS3) => Promise<unknown> }[] = [
  {
    name: 'browsing (objects.list paged like the renderer)',
    kind: 'objects',
    run: async (s) => {
      const client = clientFor(s.endpoint);
      let token: string | undefined;
      for (let page = 0; page < RENDERER_PAGE_LIMIT; page++) {
        const out = await listObjectsPage(client, {
          bucket: 'b',
          prefix: '',
          continuationToken: token,
        });
        token = out.nextContinuationToken ?? undefined;
        if (token === undefined) return;
      }
    },
  },
  {
    name: 'deleting a folder',
    kind: 'objects',
    run: (s) => deleteUnderPrefix(clientFor(s.endpoint), 'b', 'folder/'),
  },
  {
    name: 'emptying a bucket (its objects)',
    kind: 'objects',
    run: (s) => emptyBucket(clientFor(s.endpoint), 'b'),
  },
  {
    name: 'emptying a bucket (its unfinished uploads)',
    kind: 'uploads',
    run: (s) => emptyBucket(clientFor(s.endpoint), 'b'),
  },
  {
    name: 'copying or moving a folder (listing it)',
    kind: 'objects',
    run: (s) =>
      targetStates(
        clientFor(s.endpoint),
        'b',
        [{ kind: 'folder', source: 'x/', target: 'a/' }],
        new AbortController().signal,
      ),
  },
  {
    name: 'a folder download walking the prefix',
    kind: 'objects',
    run: async (s) => {
      for await (const _ of walkPrefix(clientFor(s.endpoint), 'b', 'folder/')) {
        // Each object would be downloaded here.
      }
    },
  },
  {
    name: 'a whole-tree walk listing folders in parallel',
    kind: 'objects',
    run: async (s) => {
      for await (const _ of walkTree(clientFor(s.endpoint), 'b', 'folder/')) {
        // Each page of keys would be searched or counted here.
      }
    },
  },
  {
    name: 'incomplete uploads (multipart.listUploads paged like the renderer)',
    kind: 'uploads',
    run: async (s) => {
      const client = clientFor(s.endpoint);
      let keyMarker: string | undefined;
      let uploadIdMarker: string | undefined;
      for (let page = 0; page < RENDERER_PAGE_LIMIT; page++) {
        const out = await listUploads(client, { bucket: 'b', keyMarker, uploadIdMarker });
        if (out.nextKeyMarker === null) return;
        keyMarker = out.nextKeyMarker;
        uploadIdMarker = out.nextUploadIdMarker ?? undefined;
      }
    },
  },
  {
    name: "an upload's parts (multipart.listParts paged like the renderer)",
    kind: 'parts',
    run: async (s) => {
      const client = clientFor(s.endpoint);
      let partNumberMarker: string | undefined;
      for (let page = 0; page < RENDERER_PAGE_LIMIT; page++) {
        const out = await listParts(
          client,
          { bucket: 'b', key: 'k', uploadId: 'u' },
          { partNumberMarker },
        );
        if (out.nextPartNumberMarker === null) return;
        partNumberMarker = out.nextPartNumberMarker;
      }
    },
  },
];

describe('a server that would keep a paging loop going forever', () => {
  let server: HostileS3 | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  for (const walk of walks)
    for (const { hostility, problem, maxRequests } of expectations)
      it(`${walk.name} stops on ${hostility} with ServerMisbehaved naming the server`, async () => {
        server = await startHostileS3(hostility, { only: walk.kind });
        const { error, ms } = await outcomeOf(() => walk.run(server as HostileS3));
        const listings = server.requests.filter((r) =>
          walk.kind === 'objects'
            ? r.includes('list-type=2')
            : walk.kind === 'uploads'
              ? r.includes('uploads')
              : r.includes('uploadId='),
        );
        expect(error?.code).toBe('ServerMisbehaved');
        expect(error?.details).toMatchObject({ problem, server: server.endpoint.slice(7) });
        expect(error?.message).toContain(server.endpoint.slice(7));
        expect(listings.length).toBeLessThanOrEqual(maxRequests + 1);
        expect(ms).toBeLessThan(MAX_MS);
      });
});
