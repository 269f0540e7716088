import { join } from 'node:path';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import type { EmitEvent } from '../../shared/contract/handlers.js';
import type { TransferJob } from '../../shared/domain/transfer-job.js';
import { createCore } from '../core/create-core.js';
import type { Core } from '../core/create-core.js';
import { GrantRegistry } from '../core/grants/grant-registry.js';
import type { SecretCipher } from '../core/secrets/secret-cipher.js';
import { Spool } from './spool.js';

export interface WebCore {
  spool: Spool;
  /** One session, one scope: the spool's grants and the contract's are the same registry's. */
  grants: GrantRegistry;
  // Properties, not methods: hosts pass createDispatch along detached.
  createDispatch: (emit: EmitEvent) => Dispatch;
  openObjectStream: Core['openObjectStream'];
  close: () => void;
}

const SPOOL_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

/** Core as the browser host runs it: with a spool whose files go once their upload ends. */
export function createWebCore(
  appDataDir: string,
  cipher: SecretCipher,
  version: string,
  /** The folder picker's root and where ~/.aws is read; the user's home by default. */
  homeDir?: string,
): WebCore {
  const spool = new Spool(join(appDataDir, 'spool'));
  // The spool sits in the data folder; its files are the host's own copies of drops.
  const grants = new GrantRegistry({ protectedDir: appDataDir, readableInside: spool.root });
  spool.discardUnfinished();
  void spool.sweep(SPOOL_MAX_AGE_MS);
  let close = (): void => undefined;
  let core: Core | undefined;
  return {
    spool,
    grants,
    close: () => close(),
    openObjectStream: (request, signal) => {
      if (core === undefined) throw new Error('The media route was used before the core started');
      return core.openObjectStream(request, signal);
    },
    createDispatch: (emit) => {
      core = createCore({
        appDataDir,
        cipher,
        host: { kind: 'web', version },
        grants,
        folderPicker: true,
        liveFolders: (root) => spool.live(root),
        ...(homeDir === undefined ? {} : { homeDir }),
        emit,
        // A dropped item's spooled copy goes once its upload job has ended for good.
        onTransferJob: (job: TransferJob) => {
          const ended = job.state === 'succeeded' || job.state === 'canceled';
          if (job.direction === 'upload' && ended) void spool.release(job.localPath);
        },
      });
      const started = core;
      close = () => started.close();
      return started.dispatch;
    },
  };
}
