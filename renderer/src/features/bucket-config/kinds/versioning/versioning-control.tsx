import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { VersioningChange } from '../../../../../../shared/domain/config/versioning.js';
import { useContract } from '../../../../contract/contract-context.js';
import { ConfirmStep } from '../../confirm-step.js';
import { ServerError } from '../../server-error.js';
import '../kinds.css';
import { useConfigTarget } from '../target-context.js';
import { versioningMessages as m } from './messages.js';
import { versioningQuery } from './versioning-query.js';

interface VersioningControlProps {
  /** In the Replication tab: the state, and a way to enable it; the rest is the tab's. */
  compact?: boolean;
}

// Read when rendering: messages answer in the language current at that moment.
const asks = (change: VersioningChange) =>
  change === 'Enabled'
    ? { ask: m.enableAsk, confirm: m.enable, pending: m.enabling }
    : { ask: m.suspendAsk, confirm: m.suspend, pending: m.suspending };

/**
 * A bucket's versioning state, what it means, and the one change it allows. Every change asks
 * first: enabling can never be taken back, only suspended.
 */
export function VersioningControl({ compact = false }: VersioningControlProps) {
  const client = useContract();
  const queryClient = useQueryClient();
  const target = useConfigTarget();
  const { profileId, bucket } = target;
  const query = versioningQuery(client, target);
  const versioning = useQuery(query);
  const [asking, setAsking] = useState<VersioningChange | null>(null);
  const change = useMutation({
    mutationFn: (status: VersioningChange) =>
      client.invoke('versioning.put', { profileId, bucket, status }),
    onSuccess: () => setAsking(null),
    onSettled: () => queryClient.invalidateQueries({ queryKey: query.queryKey }),
  });
  if (versioning.isPending) return <p className="muted">{m.loading}</p>;
  if (versioning.isError) return <ServerError error={versioning.error} />;
  const { status, mfaDelete } = versioning.data;
  const next: VersioningChange | undefined =
    status === 'Enabled' ? (compact ? undefined : 'Suspended') : 'Enabled';
  const question =
    next === 'Suspended'
      ? m.suspendConfirm(bucket)
      : status === 'Suspended'
        ? m.resumeConfirm(bucket)
        : m.enableConfirm(bucket);
  const words = next === undefined ? undefined : asks(next);

  return (
    <div data-testid="versioning-status" className={compact ? undefined : 'config-form'}>
      <p>
        <strong>{m.status[status]}</strong>
      </p>
      {compact ? (
        status !== 'Enabled' && <p className="muted">{m.oneWay}</p>
      ) : (
        <p className="muted kind-note">{m.meaning[status]}</p>
      )}
      {!compact && mfaDelete !== undefined && (
        <dl className="properties">
          <dt>{m.mfaDelete}</dt>
          <dd>{m.mfa[mfaDelete]}</dd>
        </dl>
      )}
      {!compact && mfaDelete !== undefined && <p className="field-hint">{m.mfaHint}</p>}
      {next !== undefined &&
        words !== undefined &&
        (asking === next ? (
          <div className="config-confirm" role="alertdialog" aria-label={words.confirm}>
            <ConfirmStep
              error={change.error}
              pending={change.isPending}
              cancelLabel={m.cancel}
              confirmLabel={words.confirm}
              pendingLabel={words.pending}
              danger={next === 'Suspended'}
              onCancel={() => {
                change.reset();
                setAsking(null);
              }}
              onConfirm={() => change.mutate(next)}
            >
              <p>{question}</p>
            </ConfirmStep>
          </div>
        ) : (
          <button type="button" className="button button-small" onClick={() => setAsking(next)}>
            {words.ask}
          </button>
        ))}
      {compact && <p className="muted">{m.seeTab}</p>}
    </div>
  );
}
