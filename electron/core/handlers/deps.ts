import type { Handlers, EmitEvent } from '../../../shared/contract/handlers.js';
import type { ChannelName } from '../../../shared/contract/channels.js';
import type { HostInfo } from '../../../shared/domain/host.js';
import type { MfaPrompts } from '../credentials/mfa-prompts.js';
import type { GrantRegistry } from '../grants/grant-registry.js';
import type { Acknowledgements } from '../host/acknowledgements.js';
import type { ProfileStore } from '../profiles/profile-store.js';
import type { ClientPool } from '../s3/client-pool.js';
import type { OpenWithApp } from '../transfers/open-downloaded.js';
import type { TaskScheduler } from '../tasks/task-scheduler.js';
import type { FolderSizeStore } from '../tasks/folder-size-store.js';
import type { SyncPairStore } from '../tasks/sync-pair-store.js';
import type { TransferQueue } from '../transfers/transfer-queue.js';
import type { TransferTasks } from '../transfers/transfer-tasks.js';

export interface CoreDeps {
  store: ProfileStore;
  clients: ClientPool;
  /** What the host is; whether its warning was acknowledged is read from `acknowledgements`. */
  hostInfo: Omit<HostInfo, 'storageWarningAcknowledged'>;
  /** Optional like `transfers`: without it, warnings are never remembered as read. */
  acknowledgements?: Acknowledgements;
  emit: EmitEvent;
  /**
   * Where ~/.aws is looked for; tests point it at a temporary folder. Optional like
   * `transfers`, so other domains' handler tests need not set it; profiles then use the user's.
   */
  homeDir?: string;
  /** Optional so handler tests of other domains need not build one; every host has it. */
  transfers?: TransferQueue;
  /** Uploads and downloads as tasks, over `transfers` (its queue); optional like `transfers`. */
  transferTasks?: TransferTasks;
  /** Long work owned by the core (folder delete, emptying a bucket); optional like `transfers`. */
  tasks?: TaskScheduler;
  /** The last size of each folder, remembered by the size task; optional like `tasks`. */
  folderSizes?: FolderSizeStore;
  /** Sync pairs saved to run again; optional like `folderSizes`. */
  syncPairs?: SyncPairStore;
  /** Turns the grant ids the contract takes into local paths; optional like `transfers`. */
  grants?: GrantRegistry;
  /**
   * Hosts without a native folder dialog (the browser host) let the page pick download
   * folders below the home folder; Electron leaves it off and uses its own dialog.
   */
  folderPicker?: boolean;
  /** Opens a file with the system's app (Electron's shell); the browser host has none. */
  openWithApp?: OpenWithApp;
  /** MFA codes asked of the renderer for roles that need one; optional like `transfers`. */
  mfaPrompts?: MfaPrompts;
}

/** The handlers of one domain file: exactly the channels that file declares. */
export type DomainHandlers<Map> = Pick<Handlers, keyof Map & ChannelName>;
