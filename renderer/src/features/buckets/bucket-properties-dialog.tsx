import { useQuery } from '@tanstack/react-query';
import { capabilityFeatures } from '../../../../shared/domain/capabilities.js';
import type { BucketCapabilities } from '../../../../shared/domain/capabilities.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { bucketsQuery, profilesQuery } from '../../contract/queries.js';
import { formatDate } from '../../lib/format-date.js';
import { BucketSettingsTabs } from '../bucket-config/config-tabs.js';
import { SettingsDialog } from '../bucket-config/settings-dialog.js';
import { bucketHeadQuery, capabilitiesQuery } from './bucket-queries.js';
import { bucketMessages as m } from './messages.js';
import './buckets.css';

interface BucketPropertiesDialogProps {
  profileId: string;
  bucket: string;
  onClose: () => void;
}

function CapabilityList({ capabilities }: { capabilities: BucketCapabilities }) {
  return (
    <ul className="capability-list" aria-label={m.capabilitiesTitle}>
      {capabilityFeatures.map((feature) => {
        const { status, reason } = capabilities[feature];
        return (
          <li key={feature} className="capability" data-status={status}>
            <span className="capability-name">{m.features[feature]}</span>
            <span className="capability-status">
              {m.status[status]}
              {reason === undefined ? null : <span className="capability-reason"> ({reason})</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A bucket's properties: the General tab holds read-only facts (what the listing knew,
 * HeadBucket's answer and the probe); the other tabs edit its configurations.
 */
export function BucketPropertiesDialog({
  profileId,
  bucket,
  onClose,
}: BucketPropertiesDialogProps) {
  const client = useContract();
  const profiles = useQuery(profilesQuery(client));
  const buckets = useQuery(bucketsQuery(client, profileId));
  const head = useQuery(bucketHeadQuery(client, profileId, bucket));
  const capabilities = useQuery(capabilitiesQuery(client, profileId, bucket));
  const connection = profiles.data?.find((p) => p.id === profileId);
  const row = buckets.data?.find((b) => b.name === bucket);

  let region: string = m.loading;
  if (head.isError) region = errorMessage(head.error);
  else if (head.data?.region !== undefined) region = head.data.region;
  // Ceph RGW and others leave the region out of HEAD answers; a bucket there lives where its
  // connection points, and the label says that is where the value came from.
  else if (head.data !== undefined) {
    region = connection === undefined ? m.regionUnknown : m.regionOfConnection(connection.region);
  }

  return (
    <SettingsDialog title={m.propertiesTitle(bucket)} onClose={onClose}>
      <BucketSettingsTabs
        target={{ profileId, bucket }}
        general={
          <>
            <dl className="properties">
              <dt>{m.propName}</dt>
              <dd>{bucket}</dd>
              <dt>{m.propConnection}</dt>
              <dd>{connection?.name ?? '—'}</dd>
              <dt>{m.propRegion}</dt>
              <dd data-testid="bucket-region">{region}</dd>
              <dt>{m.propCreated}</dt>
              <dd>{row?.createdAt == null ? m.createdUnknown : formatDate(row.createdAt)}</dd>
              <dt>{m.propAccess}</dt>
              <dd>{head.data === undefined ? m.loading : m.access[head.data.state]}</dd>
            </dl>
            <h3 className="properties-heading">{m.capabilitiesTitle}</h3>
            {capabilities.isPending && (
              <p className="muted" role="status">
                {m.capabilitiesLoading}
              </p>
            )}
            {capabilities.isError && (
              <p className="message message-error" role="alert">
                {errorMessage(capabilities.error)}
              </p>
            )}
            {capabilities.data !== undefined && (
              <>
                <CapabilityList capabilities={capabilities.data} />
                <p className="field-hint">
                  {m.capabilitiesChecked(formatDate(capabilities.data.checkedAt))}
                </p>
              </>
            )}
          </>
        }
      />
    </SettingsDialog>
  );
}
