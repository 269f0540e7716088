import type { multipartChannels } from '../../../shared/contract/channels/multipart.js';
import { listParts, listUploads } from '../services/multipart-list.js';
import { uploadPart } from '../services/multipart-part.js';
import { uploadPartCopy } from '../services/multipart-part-copy.js';
import { abortUpload, completeUpload, createUpload } from '../services/multipart-upload.js';
import type { CoreDeps, DomainHandlers } from './deps.js';
import { localPaths } from './local-paths.js';

export function multipartHandlers(deps: CoreDeps): DomainHandlers<typeof multipartChannels> {
  const { clients } = deps;
  const local = localPaths(deps);

  return {
    'multipart.create': async ({ profileId, ...request }, { signal }) =>
      createUpload(await clients.get(profileId), request, signal),

    'multipart.uploadPart': async ({ profileId, partNumber, source, ...upload }, ctx) => {
      const { grant, ...range } = source;
      const path = await local.resolve(ctx, grant, ['readFile']);
      return uploadPart(
        await clients.get(profileId),
        upload,
        partNumber,
        { ...range, path },
        {
          signal: ctx.signal,
        },
      );
    },

    'multipart.uploadPartCopy': async (
      { profileId, partNumber, source, range, conditions, ...upload },
      { signal },
    ) =>
      uploadPartCopy(
        await clients.session(profileId),
        { upload, partNumber, source, range, conditions },
        signal,
      ),

    'multipart.complete': async ({ profileId, parts, ...upload }, { signal }) =>
      completeUpload(await clients.get(profileId), upload, parts, signal),

    'multipart.abort': async ({ profileId, ...upload }, { signal }) => {
      await abortUpload(await clients.get(profileId), upload, signal);
      return {};
    },

    'multipart.listParts': async (
      { profileId, partNumberMarker, maxParts, ...upload },
      { signal },
    ) => listParts(await clients.get(profileId), upload, { partNumberMarker, maxParts }, signal),

    'multipart.listUploads': async ({ profileId, ...request }, { signal }) =>
      listUploads(await clients.get(profileId), request, signal),
  };
}
