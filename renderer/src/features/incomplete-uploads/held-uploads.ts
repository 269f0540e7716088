import { useQuery } from '@tanstack/react-query';
import type { UploadRow } from '../../../../shared/domain/multipart-upload.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { multipartKeys } from './queries.js';

/**
 * Upload ids in this bucket that a paused or failed transfer of the queue still holds (it
 * resumes into them). Aborting one of those goes through the queue, which cancels the
 * transfer too, rather than leaving a transfer that would find its parts gone.
 */
export function useHeldUploads(profileId: string, bucket: string) {
  const client = useContract();
  return useQuery({
    queryKey: [...multipartKeys.bucket(profileId, bucket), 'held'],
    queryFn: async () => {
      const orphans = await client.invoke('transfers.orphans.list', {});
      return new Set(
        orphans
          .filter((o) => o.profileId === profileId && o.bucket === bucket)
          .map((o) => o.uploadId),
      );
    },
  });
}

/** Aborts one upload: through the queue when a transfer holds it, so that transfer ends too. */
export async function abortUpload(
  client: ContractClient,
  where: { profileId: string; bucket: string },
  upload: UploadRow,
  held: ReadonlySet<string>,
): Promise<void> {
  if (!held.has(upload.uploadId)) {
    await client.invoke('multipart.abort', {
      ...where,
      key: upload.key,
      uploadId: upload.uploadId,
    });
    return;
  }
  const result = await client.invoke('transfers.orphans.cleanup', { uploadIds: [upload.uploadId] });
  const [failure] = result.errors;
  if (failure !== undefined) throw new Error(failure.message);
}
