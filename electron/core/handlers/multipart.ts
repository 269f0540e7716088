import type { multipartChannels } from '../../../shared/contract/channels/multipart.js';
import { copyObject } from '../services/copy-object.js';
import { moveObject } from '../services/copy-move.js';
import { copyPrefix, movePrefix } from '../services/copy-prefix.js';
import type { PrefixRunOptions } from '../services/copy-prefix.js';
import type { PrefixCopyResult } from '../../../shared/domain/copy-prefix.js';
import { listParts, listUploads } from '../services/multipart-list.js';
import { uploadPart } from '../services/multipart-part.js';
import { uploadPartCopy } from '../services/multipart-part-copy.js';
import { abortUpload, completeUpload, createUpload } from '../services/multipart-upload.js';
import { presignGet } from '../services/presign-get.js';
import { presignPost } from '../services/presign-post.js';
import type { CoreDeps, DomainHandlers } from './deps.js';
import { localPaths } from './local-paths.js';
import { RunningJobs } from './running-jobs.js';

export function multipartHandlers(deps: CoreDeps): DomainHandlers<typeof multipartChannels> {
  const { clients, emit } = deps;
  const local = localPaths(deps);
  const running = new RunningJobs();
  const prefixRun = (
    operationId: string,
    signal: AbortSignal,
    job: (run: PrefixRunOptions) => Promise<PrefixCopyResult>,
  ): Promise<PrefixCopyResult> =>
    running.run(operationId, (stop) =>
      job({
        signal,
        stop,
        onProgress: (update) => emit('objects.prefixProgress', { operationId, ...update }),
      }),
    );

  return {
    'objects.copy': async ({ profileId, ...request }, { signal }) =>
      copyObject(await clients.session(profileId), request, { signal }),

    'objects.move': async ({ profileId, ...request }, { signal }) =>
      moveObject(await clients.session(profileId), request, { signal }),

    'objects.copyPrefix': async ({ profileId, operationId, ...request }, { signal }) => {
      const session = await clients.session(profileId);
      return prefixRun(operationId, signal, (run) => copyPrefix(session, request, run));
    },

    'objects.movePrefix': async ({ profileId, operationId, ...request }, { signal }) => {
      const session = await clients.session(profileId);
      return prefixRun(operationId, signal, (run) => movePrefix(session, request, run));
    },

    'objects.stopPrefix': ({ operationId }) => Promise.resolve(running.stop(operationId)),

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

    'presign.get': async ({ profileId, bucket, key, expiresInSeconds, ...options }) =>
      presignGet(await clients.get(profileId), { bucket, key }, expiresInSeconds, options),

    'presign.post': async ({ profileId, bucket, ...options }) =>
      presignPost(await clients.get(profileId), bucket, options),
  };
}
