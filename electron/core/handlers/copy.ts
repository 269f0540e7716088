import type { copyChannels } from '../../../shared/contract/channels/copy.js';
import type { PrefixCopyResult } from '../../../shared/domain/copy-prefix.js';
import { moveObject } from '../services/copy-move.js';
import { copyObject } from '../services/copy-object.js';
import { copyPrefix, movePrefix } from '../services/copy-prefix.js';
import type { PrefixRunOptions } from '../services/copy-prefix.js';
import type { CoreDeps, DomainHandlers } from './deps.js';
import { RunningJobs } from './running-jobs.js';

export function copyHandlers({ clients, emit }: CoreDeps): DomainHandlers<typeof copyChannels> {
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
  };
}
