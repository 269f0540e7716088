import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract/channels.js';
import type { BucketRow } from '../../../../shared/domain/listing.js';
import type { TaskRecord } from '../../../../shared/domain/task.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { ContractError } from '../../contract/contract-error.js';
import { runTask } from '../../contract/run-task.js';
import type { RunTaskOptions } from '../../contract/run-task.js';
import { bucketsQuery } from '../../contract/queries.js';
import { bucketKeys, objectKeys } from '../../contract/query-keys.js';
import { bucketDetailKeys } from './bucket-queries.js';
import { bucketMessages } from './messages.js';

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

export interface DeleteBucketInput {
  profileId: string;
  bucket: string;
  /** Empty it first, as a task of the core (objects, then unfinished uploads), then delete it. */
  emptyFirst: boolean;
  /** Each snapshot of the emptying task. */
  onSnapshot?: ((record: TaskRecord) => void) | undefined;
  /** Stops the emptying: what it removed stays removed, the bucket and the rest stay. */
  stop?: RunTaskOptions['stop'];
}

/** A plain delete, or a task that empties the bucket and then deletes it. */
async function deleteBucket(
  client: ContractClient,
  { profileId, bucket, emptyFirst, onSnapshot, stop }: DeleteBucketInput,
): Promise<void> {
  if (!emptyFirst) {
    await client.invoke('buckets.delete', { profileId, bucket });
    return;
  }
  const task = await runTask(
    client,
    { kind: 'emptyBucket', profileId, bucket, deleteBucket: true },
    { onSnapshot, stop },
  );
  if (task.state === 'succeeded') return;
  throw new ContractError(
    task.error ?? { code: 'Canceled', message: bucketMessages.emptyCanceled },
  );
}

export function useDeleteBucket() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeleteBucketInput) => deleteBucket(client, input),
    onSuccess: (_value, { profileId, bucket }) => {
      queryClient.setQueryData(bucketsQuery(client, profileId).queryKey, (rows?: BucketRow[]) =>
        rows?.filter((r) => r.name !== bucket),
      );
      queryClient.removeQueries({ queryKey: bucketDetailKeys.bucket(profileId, bucket) });
      queryClient.removeQueries({ queryKey: objectKeys.bucket(profileId, bucket) });
    },
  });
}
