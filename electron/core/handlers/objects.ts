import type { objectChannels } from '../../../shared/contract/channels/objects.js';
import { deleteKeys } from '../services/delete-objects.js';
import { readObjectRange } from '../services/object-read.js';
import { getObjectTags, putObjectTags } from '../services/object-tags.js';
import { listObjectsPage } from '../services/objects.js';
import { deleteObject } from '../services/objects-delete.js';
import { headObject } from '../services/objects-head.js';
import { putObject } from '../services/objects-put.js';
import type { CoreDeps, DomainHandlers } from './deps.js';
import { localPaths } from './local-paths.js';

export function objectHandlers(deps: CoreDeps): DomainHandlers<typeof objectChannels> {
  const { clients } = deps;
  const local = localPaths(deps);
  return {
    'objects.list': async ({ profileId, ...request }, { signal }) =>
      listObjectsPage(await clients.get(profileId), request, signal),

    'objects.put': async ({ profileId, source, ...request }, ctx) => {
      const fileSource =
        source.kind === 'file'
          ? { kind: 'file' as const, path: await local.resolve(ctx, source.grant, ['readFile']) }
          : source;
      return putObject(
        await clients.get(profileId),
        { ...request, source: fileSource },
        ctx.signal,
      );
    },

    'objects.read': async ({ profileId, ...request }, { signal }) =>
      readObjectRange(await clients.get(profileId), request, signal),

    'objects.head': async ({ profileId, ...request }, { signal }) =>
      headObject(await clients.get(profileId), request, signal),

    'objects.delete': async ({ profileId, ...request }, { signal }) => {
      await deleteObject(await clients.get(profileId), request, signal);
      return {};
    },

    'objects.deleteMany': async ({ profileId, bucket, keys }, { signal }) => {
      const result = await deleteKeys(await clients.get(profileId), bucket, keys, { signal });
      return { deleted: result.deleted.length, errors: result.errors };
    },

    'objects.tags.get': async ({ profileId, ...address }, { signal }) =>
      getObjectTags(await clients.get(profileId), address, signal),
    'objects.tags.put': async ({ profileId, tags, ...address }, { signal }) => {
      await putObjectTags(await clients.get(profileId), address, tags, signal);
      return {};
    },
  };
}
