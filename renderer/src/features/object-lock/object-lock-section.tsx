import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { objectLockSupport } from '../../../../shared/domain/object-lock.js';
import type { ObjectRetention } from '../../../../shared/domain/object-lock.js';
import { providerInfo } from '../../../../shared/domain/providers.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { profilesQuery } from '../../contract/queries.js';
import { formatDate } from '../../lib/format-date.js';
import { bucketLockQuery, versionLockQuery } from './lock-queries.js';
import type { VersionTarget } from './lock-queries.js';
import { objectLockSectionMessages as m } from './messages.js';
import { RetentionEditor } from './retention-editor.js';
import './object-lock.css';

function retentionText(retention: ObjectRetention | null): string {
  if (retention === null) return m.retentionNone;
  const mode = m.modes[retention.mode];
  const until = formatDate(retention.retainUntil);
  return Date.parse(retention.retainUntil) > Date.now()
    ? m.retentionUntil(mode, until)
    : m.retentionEnded(mode, until);
}

/**
 * A version's retention and legal hold in object properties: shown and changed on their own,
 * never by the properties' Apply (which would write a new version). Nothing is shown for a
 * bucket created without object lock.
 */
export function ObjectLockSection({ target }: { target: VersionTarget }) {
  const client = useContract();
  const bucketLock = useQuery(bucketLockQuery(client, target.profileId, target.bucket));
  const profiles = useQuery(profilesQuery(client));
  const provider = profiles.data?.find((p) => p.id === target.profileId)?.provider ?? 'generic';
  const enabled = bucketLock.data?.state === 'set';
  const lock = useQuery({ ...versionLockQuery(client, target), enabled });
  const [saved, setSaved] = useState(false);
  const headingId = useId();
  const hold = useMutation({
    mutationFn: async (on: boolean) => {
      await client.invoke('objects.legalHold.put', { ...target, on });
      await lock.refetch();
    },
    onSuccess: () => setSaved(true),
  });

  if (!enabled) return null;
  return (
    <section className="lock-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="op-heading">
        {m.heading}
      </h3>
      <p className="field-hint">
        {target.versionId === undefined ? m.latestNote : m.versionNote(target.versionId)}
      </p>
      {lock.isPending ? (
        <p className="muted" role="status">
          {m.loading}
        </p>
      ) : lock.isError ? (
        <p className="message message-error" role="alert">
          {errorMessage(lock.error)}
        </p>
      ) : (
        <>
          <dl className="op-facts">
            <dt>{m.retention}</dt>
            <dd data-testid="lock-retention">{retentionText(lock.data.retention)}</dd>
            <dt>{m.legalHold}</dt>
            <dd data-testid="lock-legal-hold">
              {lock.data.legalHold ? m.legalHoldOn : m.legalHoldOff}
            </dd>
          </dl>
          <div className="lock-actions">
            <button
              type="button"
              className="button"
              disabled={hold.isPending}
              onClick={() => {
                setSaved(false);
                hold.mutate(!lock.data.legalHold);
              }}
            >
              {lock.data.legalHold ? m.holdTurnOff : m.holdTurnOn}
            </button>
          </div>
          {hold.isError && (
            <p className="message message-error" role="alert">
              {errorMessage(hold.error)}
            </p>
          )}
          <RetentionEditor
            // What the server holds now starts the editor over.
            key={JSON.stringify(lock.data.retention)}
            target={target}
            current={lock.data.retention}
            onSaved={async () => {
              await lock.refetch();
              setSaved(true);
            }}
            onEdit={() => setSaved(false)}
            canRemove={objectLockSupport[provider].removeRetention}
            providerLabel={providerInfo(provider).label}
          />
          {saved && (
            <p className="message message-success" role="status">
              {m.saved}
            </p>
          )}
        </>
      )}
    </section>
  );
}
