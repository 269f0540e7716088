import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useContract } from '../../../../contract/contract-context.js';
import { ConfirmStep } from '../../confirm-step.js';
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
  // Versioning cannot be switched off again, so the button only asks; the answer enables it.
  const [asking, setAsking] = useState(false);
  const versioning = useQuery({
    queryKey: key,
    queryFn: () => client.invoke('versioning.get', { profileId, bucket }),
  });
  const enable = useMutation({
    mutationFn: () => client.invoke('versioning.put', { profileId, bucket, status: 'Enabled' }),
    onSuccess: () => setAsking(false),
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
          {asking ? (
            <div className="config-confirm" role="alertdialog" aria-label={m.enableVersioning}>
              <ConfirmStep
                error={enable.error}
                pending={enable.isPending}
                cancelLabel={m.cancel}
                confirmLabel={m.enableVersioning}
                pendingLabel={m.enablingVersioning}
                onCancel={() => {
                  enable.reset();
                  setAsking(false);
                }}
                onConfirm={() => enable.mutate()}
              >
                <p>{m.enableVersioningConfirm(bucket)}</p>
              </ConfirmStep>
            </div>
          ) : (
            <button type="button" className="button button-small" onClick={() => setAsking(true)}>
              {m.enableVersioningAsk}
            </button>
          )}
        </>
      )}
    </div>
  );
}
