import { queryOptions } from '@tanstack/react-query';
import type { ContractClient } from '../../contract/contract-client.js';
import { objectKeys } from '../../contract/query-keys.js';

export interface VersionTarget {
  profileId: string;
  bucket: string;
  key: string;
  /** Absent: the latest version. */
  versionId?: string | undefined;
}

/** Whether the bucket was created with object lock (and its default retention). */
export function bucketLockQuery(client: ContractClient, profileId: string, bucket: string) {
  return queryOptions({
    queryKey: [...objectKeys.bucket(profileId, bucket), 'objectLock'] as const,
    queryFn: () => client.invoke('config.objectLock.get', { profileId, bucket }),
    staleTime: 0,
  });
}

/** A version's retention and legal hold, read fresh each time, like the object's head. */
export function versionLockQuery(client: ContractClient, target: VersionTarget) {
  const { profileId, bucket, key, versionId } = target;
  const input = { profileId, bucket, key, ...(versionId === undefined ? {} : { versionId }) };
  return queryOptions({
    queryKey: [...objectKeys.bucket(profileId, bucket), 'lock', key, versionId ?? ''] as const,
    queryFn: async () => {
      const [retention, hold] = await Promise.all([
        client.invoke('objects.retention.get', input),
        client.invoke('objects.legalHold.get', input),
      ]);
      return { retention: retention.retention, legalHold: hold.on };
    },
    staleTime: 0,
    gcTime: 0,
  });
}
