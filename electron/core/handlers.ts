import type { Handlers } from '../../shared/contract/handlers.js';
import { bucketHandlers } from './handlers/buckets.js';
import { capabilitiesHandlers } from './handlers/capabilities.js';
import { certificateHandlers } from './handlers/certificates.js';
import { configHandlers } from './handlers/config.js';
import { connectionFileHandlers } from './handlers/connection-files.js';
import { copyHandlers } from './handlers/copy.js';
import { corsHandlers } from './handlers/cors.js';
import { credentialsHandlers } from './handlers/credentials.js';
import type { CoreDeps } from './handlers/deps.js';
import { folderHandlers } from './handlers/folders.js';
import { lifecycleHandlers } from './handlers/lifecycle.js';
import { multipartHandlers } from './handlers/multipart.js';
import { objectLockHandlers } from './handlers/object-lock.js';
import { objectHandlers } from './handlers/objects.js';
import { presignHandlers } from './handlers/presign.js';
import { profileHandlers } from './handlers/profiles.js';
import { protectionHandlers } from './handlers/protection.js';
import { tagSelectionHandlers } from './handlers/tag-selection.js';
import { tasksHandlers } from './handlers/tasks.js';
import { folderSizeHandlers } from './handlers/folder-size.js';
import { syncPairsHandlers } from './handlers/sync-pairs.js';
import { transfersHandlers } from './handlers/transfers.js';
import { refuseVersionsWithoutSupport } from './handlers/version-guard.js';
import { versioningHandlers } from './handlers/versioning.js';
import { versionsHandlers } from './handlers/versions.js';

export type { CoreDeps } from './handlers/deps.js';

/** The contract's handlers, shared by both hosts; hosts only differ in transport. */
export function createHandlers(deps: CoreDeps): Handlers {
  return refuseVersionsWithoutSupport(createDomainHandlers(deps), deps.clients);
}

function createDomainHandlers(deps: CoreDeps): Handlers {
  return {
    ...profileHandlers(deps),
    ...connectionFileHandlers(deps),
    ...bucketHandlers(deps),
    ...objectHandlers(deps),
    ...copyHandlers(deps),
    ...multipartHandlers(deps),
    ...presignHandlers(deps),
    ...configHandlers(deps),
    ...corsHandlers(deps),
    ...capabilitiesHandlers(deps),
    ...transfersHandlers(deps),
    ...folderHandlers(deps),
    ...versioningHandlers(deps),
    ...protectionHandlers(deps),
    ...tagSelectionHandlers(deps),
    ...objectLockHandlers(deps),
    ...lifecycleHandlers(deps),
    ...versionsHandlers(deps),
    ...tasksHandlers(deps),
    ...folderSizeHandlers(deps),
    ...syncPairsHandlers(deps),
    ...credentialsHandlers(deps),
    ...certificateHandlers(deps),
  };
}
