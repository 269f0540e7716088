import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useContract } from '../../../../contract/contract-context.js';
import { ServerError } from '../../server-error.js';
import { useConfigTarget } from '../target-context.js';
import { replicationMessages as m } from './messages.js';

const versioningKey = (profileId: string, bucket: string) =>
  ['versioning', profileId, bucket] as const;

/** Whether the source bucket is versioned, and a way to switch it on when it is not. */
export function VersioningStatus() {
  const client = useContract();
  const queryClient = useQueryClient();
  const { profileId, bucket } = useConfigTarget();
  const key = versioningKey(profileId, bucket);
  const versioning = useQuery({
    queryKey: key,
    queryFn: () => client.invoke('versioning.get', { profileId, bucket }),
  });
  const enable = useMutation({
    mutationFn: () => client.invoke('versioning.put', { profileId, bucket, status: 'Enabled' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  if (versioning.isPending) return <p className="muted">{m.versioningLoading}</p>;
  if (versioning.isError) return <ServerError error={versioning.error} />;
  const { status } = versioning.data;
  return (
    <div data-testid="versioning-status">
      <p>
        <strong>{m.versioningStatus[status]}</strong>
      </p>
      {status !== 'Enabled' && (
        <>
          <p className="muted">{m.versioningNote}</p>
          <button
            type="button"
            className="button button-small"
            disabled={enable.isPending}
            onClick={() => enable.mutate()}
          >
            {enable.isPending ? m.enablingVersioning : m.enableVersioning}
          </button>
        </>
      )}
      {enable.isError && <ServerError error={enable.error} />}
    </div>
  );
}
