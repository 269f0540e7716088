import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isPublic } from '../../../../../../shared/domain/config/public-access.js';
import type { Payer } from '../../../../../../shared/domain/config/request-payment.js';
import { useContract } from '../../../../contract/contract-context.js';
import { bucketDetailKeys } from '../../../buckets/bucket-queries.js';
import { ConfirmStep } from '../../confirm-step.js';
import { ServerError } from '../../server-error.js';
import '../kinds.css';
import '../protection.css';
import { exposureQuery } from '../public-access/exposure-query.js';
import { useConfigTarget } from '../target-context.js';
import { requestPaymentMessages as m } from './messages.js';

// Read when rendering: messages answer in the language current at that moment.
const words = (payer: Payer) =>
  payer === 'Requester'
    ? { ask: m.turnOnAsk, confirm: m.turnOn, pending: m.turningOn }
    : { ask: m.turnOffAsk, confirm: m.turnOff, pending: m.turningOff };

/** Who pays for requests: a switch that asks first, warning when the bucket is public. */
export function RequestPaymentTab() {
  const client = useContract();
  const queryClient = useQueryClient();
  const target = useConfigTarget();
  const { profileId, bucket } = target;
  const queryKey = [...bucketDetailKeys.bucket(profileId, bucket), 'request-payment'] as const;
  const payment = useQuery({
    queryKey,
    queryFn: () => client.invoke('config.requestPayment.get', { profileId, bucket }),
    staleTime: 0,
    retry: false,
  });
  const exposure = useQuery(exposureQuery(client, target));
  const [asking, setAsking] = useState(false);
  const change = useMutation({
    mutationFn: (payer: Payer) =>
      client.invoke('config.requestPayment.put', { profileId, bucket, payer }),
    onSuccess: () => setAsking(false),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
  if (payment.isPending) return <p className="config-state muted">{m.loading}</p>;
  if (payment.isError) return <ServerError error={payment.error} />;
  const { payer } = payment.data;
  const next: Payer = payer === 'Requester' ? 'BucketOwner' : 'Requester';
  const turn = words(next);
  const publicNow = exposure.data !== undefined && isPublic(exposure.data.exposure);

  return (
    <div className="config-form" data-testid="request-payment">
      <p>
        <strong>{m.payer[payer]}</strong>
      </p>
      <p className="muted kind-note">{m.explain}</p>
      {publicNow && payer === 'BucketOwner' && (
        <p className="protection-warning" role="note">
          {m.publicWarning}
        </p>
      )}
      {asking ? (
        <div className="config-confirm" role="alertdialog" aria-label={turn.confirm}>
          <ConfirmStep
            error={change.error}
            pending={change.isPending}
            cancelLabel={m.cancel}
            confirmLabel={turn.confirm}
            pendingLabel={turn.pending}
            onCancel={() => {
              change.reset();
              setAsking(false);
            }}
            onConfirm={() => change.mutate(next)}
          >
            <p>{next === 'Requester' ? m.turnOnConfirm(bucket) : m.turnOffConfirm(bucket)}</p>
          </ConfirmStep>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {turn.ask}
        </button>
      )}
    </div>
  );
}
