import type { presignChannels } from '../../../shared/contract/channels/presign.js';
import { presignGet } from '../services/presign-get.js';
import { presignPost } from '../services/presign-post.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function presignHandlers({ clients }: CoreDeps): DomainHandlers<typeof presignChannels> {
  return {
    'presign.get': async ({ profileId, bucket, key, expiresInSeconds, ...options }) =>
      presignGet(await clients.get(profileId), { bucket, key }, expiresInSeconds, options),

    'presign.post': async ({ profileId, bucket, ...options }) =>
      presignPost(await clients.get(profileId), bucket, options),
  };
}
