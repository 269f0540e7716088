import type { lifecycleChannels } from '../../../shared/contract/channels/lifecycle.js';
import {
  deleteBucketLifecycle,
  getBucketLifecycle,
  putBucketLifecycle,
} from '../services/config/lifecycle.js';
import { configTriadHandlers } from './config-triad.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function lifecycleHandlers({ clients }: CoreDeps): DomainHandlers<typeof lifecycleChannels> {
  return configTriadHandlers(clients, 'lifecycle', {
    get: getBucketLifecycle,
    put: putBucketLifecycle,
    delete: deleteBucketLifecycle,
  });
}
