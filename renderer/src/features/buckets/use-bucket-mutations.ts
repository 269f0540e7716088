import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract/channels.js';
import type { BucketDeleteProgress } from '../../../../shared/domain/bucket-ops.js';
import type { BucketRow } from '../../../../shared/domain/listing.js';
import { useContract } from '../../contract/contract-context.js';
import { bucketsQuery } from '../../contract/queries.js';
import { bucketKeys, objectKeys } from '../../contract/query-keys.js';
import { bucketDetailKeys } from './bucket-queries.js';

export function useCreateBucket() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'buckets.create'>) => client.invoke('buckets.create', input),
    onSuccess: async (_value, { profileId, bucket }) => {
      // Show it at once; the refetch then brings the server's creation date.
      queryClient.setQueryData(bucketsQuery(client, profileId).queryKey, (rows) =>
        rows === undefined || rows.some((r) => r.name === bucket)
          ? rows
          : [...rows, { name: bucket, createdAt: null }].sort((a, b) =>
              a.name.localeCompare(b.name),
            ),
      );
      await queryClient.invalidateQueries({ queryKey: bucketKeys.list(profileId) });
    },
  });
}

/** A caller-chosen id so progress events can be matched to this delete. */
export function newOperationId(): string {
  return crypto.randomUUID();
}

export function useDeleteBucket() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'buckets.delete'>) => client.invoke('buckets.delete', input),
    onSuccess: (_value, { profileId, bucket }) => {
      queryClient.setQueryData(bucketsQuery(client, profileId).queryKey, (rows?: BucketRow[]) =>
        rows?.filter((r) => r.name !== bucket),
      );
      queryClient.removeQueries({ queryKey: bucketDetailKeys.bucket(profileId, bucket) });
      queryClient.removeQueries({ queryKey: objectKeys.bucket(profileId, bucket) });
    },
  });
}

/**
 * Progress of one bucket delete, from the host's `buckets.deleteProgress` events. Only the
 * delete dialog cares about them, so it listens itself rather than through the app-wide
 * provider. `track` subscribes before the call is sent, so no early event is missed.
 */
export function useDeleteProgress() {
  const client = useContract();
  const [progress, setProgress] = useState<BucketDeleteProgress | null>(null);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);
  const track = useCallback(
    (operationId: string) => {
      stop.current?.();
      setProgress(null);
      stop.current = client.on('buckets.deleteProgress', (event) => {
        if (event.operationId === operationId) setProgress(event);
      });
    },
    [client],
  );
  return { progress, track };
}
