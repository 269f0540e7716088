import { homedir } from 'node:os';
import { createDispatcher } from '../../shared/contract/dispatch.js';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import type { EmitEvent } from '../../shared/contract/handlers.js';
import type { HostInfo } from '../../shared/domain/host.js';
import type { TransferJob } from '../../shared/domain/transfer-job.js';
import { MfaPrompts } from './credentials/mfa-prompts.js';
import { GrantRegistry } from './grants/grant-registry.js';
import { Acknowledgements } from './host/acknowledgements.js';
import { createHandlers } from './handlers.js';
import { openMediaStream } from './services/media-stream.js';
import type { MediaResponse, MediaStreamRequest } from './services/media-stream.js';
import { ProfileStore } from './profiles/profile-store.js';
import { ClientPool } from './s3/client-pool.js';
import type { SystemProxyResolver } from './s3/system-proxy.js';
import { toAppError } from './s3/errors.js';
import type { SecretCipher } from './secrets/secret-cipher.js';
import { taskRunners } from './tasks/runners/task-runners.js';
import { TaskScheduler } from './tasks/task-scheduler.js';
import { FolderSizeStore } from './tasks/folder-size-store.js';
import { syncJournal } from './tasks/sync/sync-copy.js';
import { SyncPairStore } from './tasks/sync-pair-store.js';
import type { LiveFolders } from './transfers/folder-source.js';
import type { OpenWithApp } from './transfers/open-downloaded.js';
import { TransferTasks } from './transfers/transfer-tasks.js';

export interface CoreOptions {
  appDataDir: string;
  cipher: SecretCipher;
  host: Pick<HostInfo, 'kind' | 'version'>;
  emit: EmitEvent;
  /**
   * Home folder whose .aws files "Import from AWS CLI" and AWS-profile connections read; the
   * user's own by default.
   */
  homeDir?: string;
  /** The host's grants; by default one that guards appDataDir and allows nothing inside it. */
  grants?: GrantRegistry;
  /** Lets the page pick download folders below homeDir (hosts without a native dialog). */
  folderPicker?: boolean;
  /** Opens a downloaded file with the system's app; only Electron can. */
  openWithApp?: OpenWithApp;
  /** Folders the host is still filling (the browser host's drops): uploads walk them as they land. */
  liveFolders?: LiveFolders;
  /**
   * Where the transfer journal lives; appDataDir by default. The command line keeps its own, so
   * it never resumes or rewrites the app's transfers while the app runs.
   */
  journalDir?: string;
  /** Where IAM Identity Center's APIs answer; AWS's own unless a test points at a stand-in. */
  ssoEndpoint?: string;
  /**
   * Asks the operating system which proxy a URL takes (Electron's session.resolveProxy). Hosts
   * without such an API give none: a connection set to the system's proxy reads the environment.
   */
  systemProxy?: SystemProxyResolver;
  /**
   * Each state of each file or folder job of the transfer engine, for the host's own
   * bookkeeping (the browser host frees a dropped item's spooled copy once it is uploaded).
   */
  onTransferJob?: (job: TransferJob) => void;
  /** Whether folder transfers count their totals for progress (on unless a host shows none). */
  countFolders?: boolean;
}

export interface Core {
  dispatch: Dispatch;
  /** Where the host records the local paths it hands out (dialogs, drops) as grant ids. */
  grants: GrantRegistry;
  /** Uploads and downloads, for those the host starts itself (Electron's drag out). */
  transfers: TransferTasks;
  /** Streams an object for <img>, <audio>, <video> and the PDF viewer (the hosts' media routes). */
  openObjectStream(request: MediaStreamRequest, signal?: AbortSignal): Promise<MediaResponse>;
  close(): void;
}

/** Wires store, clients and handlers behind the one dispatcher both hosts call. */
export function createCore({
  appDataDir,
  cipher,
  host,
  emit,
  homeDir = homedir(),
  grants = new GrantRegistry({ protectedDir: appDataDir }),
  folderPicker = false,
  openWithApp,
  liveFolders,
  journalDir = appDataDir,
  ssoEndpoint,
  systemProxy,
  onTransferJob,
  countFolders,
}: CoreOptions): Core {
  const store = new ProfileStore(appDataDir, cipher);
  const mfaPrompts = new MfaPrompts(emit);
  const clients = new ClientPool(
    store,
    {
      homeDir,
      askMfaCode: (request) => mfaPrompts.ask(request),
      showDeviceCode: (request) => mfaPrompts.showDeviceCode(request),
      // A stand-in for IAM Identity Center's OIDC and portal APIs, for the end-to-end tests.
      ...(ssoEndpoint === undefined ? {} : { ssoEndpoint }),
    },
    systemProxy,
  );
  const hostInfo = { ...host, secretStorage: cipher.storage };
  // One transfer engine per core; its journal sits in the app data folder so a restart resumes.
  // Uploads and downloads report as tasks, through the scheduler's event.
  const transfers = new TransferTasks({
    journalDir,
    clientFor: (profileId) => clients.transferClient(profileId),
    onSnapshot: (record) => emit('tasks.snapshot', record),
    ...(onTransferJob === undefined ? {} : { onState: onTransferJob }),
    ...(liveFolders === undefined ? {} : { liveFolders }),
    ...(countFolders === undefined ? {} : { countFolders }),
  });
  // A journal that cannot be read must not stop the app; transfers then report it per call.
  transfers.restore().catch((err: unknown) => {
    process.stderr.write(`Holdall could not restore transfers: ${String(err)}\n`);
  });
  // Long work owned by the core, journaled beside the transfers so a restart resumes it.
  const folderSizes = new FolderSizeStore(appDataDir);
  const tasks = new TaskScheduler({
    journalDir,
    runners: taskRunners(
      (profileId) => clients.get(profileId),
      folderSizes,
      {
        transferClientFor: (profileId) => clients.transferClient(profileId),
        journal: syncJournal(journalDir),
        toError: toAppError,
      },
      (profileId) => clients.session(profileId),
    ),
    onSnapshot: (record) => emit('tasks.snapshot', record),
    toError: toAppError,
  });
  tasks.restore().catch((err: unknown) => {
    process.stderr.write(`Holdall could not restore tasks: ${String(err)}\n`);
  });
  const acknowledgements = new Acknowledgements(appDataDir);
  const deps = {
    store,
    clients,
    hostInfo,
    acknowledgements,
    emit,
    transfers: transfers.queue,
    transferTasks: transfers,
    tasks,
    folderSizes,
    syncPairs: new SyncPairStore(appDataDir),
    homeDir,
    grants,
    folderPicker,
    mfaPrompts,
    ...(openWithApp === undefined ? {} : { openWithApp }),
  };
  const handlers = createHandlers(deps);
  return {
    dispatch: createDispatcher(handlers, toAppError),
    grants,
    transfers,
    openObjectStream: (request, signal) => openMediaStream(clients, request, signal),
    close: () => {
      // Like the app dying: unfinished transfers stay journaled and resume at the next start.
      const destroy = (): void => clients.destroyTransferClients();
      void transfers.close().then(destroy, destroy);
      // Tasks stop without an end in the journal, so the next start resumes them.
      void tasks.close();
      mfaPrompts.close();
      clients.destroyAll();
    },
  };
}
