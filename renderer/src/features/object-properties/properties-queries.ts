import { queryOptions } from '@tanstack/react-query';
import type { ContractClient } from '../../contract/contract-client.js';
import { objectKeys } from '../../contract/query-keys.js';

/** Under the bucket's keys, so whatever forgets a bucket's objects forgets these too. */
export function objectHeadQuery(
  client: ContractClient,
  profileId: string,
  bucket: string,
  key: string,
) {
  return queryOptions({
    queryKey: [...objectKeys.bucket(profileId, bucket), 'head', key] as const,
    queryFn: () => client.invoke('objects.head', { profileId, bucket, key }),
    // The dialog shows what the server holds now, never a remembered answer.
    staleTime: 0,
    gcTime: 0,
  });
}

/** The object's tags, read fresh each time the dialog opens, like its head. */
export function objectTagsQuery(
  client: ContractClient,
  profileId: string,
  bucket: string,
  key: string,
) {
  return queryOptions({
    queryKey: [...objectKeys.bucket(profileId, bucket), 'tags', key] as const,
    queryFn: () => client.invoke('objects.tags.get', { profileId, bucket, key }),
    staleTime: 0,
    gcTime: 0,
  });
}
