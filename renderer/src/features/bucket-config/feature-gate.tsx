import { useQuery } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { CapabilityFeature } from '../../../../shared/domain/capabilities.js';
import { useContract } from '../../contract/contract-context.js';
import { capabilitiesQuery } from '../buckets/bucket-queries.js';
import type { ConfigTarget } from './config-kind.js';
import { configMessages as m } from './messages.js';

/** What a tab shows when the probe found its feature missing, with the server's reason. */
export function UnsupportedState({
  feature,
  reason,
}: {
  feature: CapabilityFeature;
  reason: string | undefined;
}) {
  return (
    <div className="config-state" data-state="unsupported">
      <p className="config-state-title">{m.unsupported(m.kindNames[feature])}</p>
      {reason !== undefined && <p className="muted">{m.unsupportedReason(reason)}</p>}
    </div>
  );
}

/**
 * A tab of its own (not the generic editor) behind the same capability check: the unsupported
 * state when the probe says so, the tab otherwise.
 */
export function featureTab(
  feature: CapabilityFeature,
  Tab: ComponentType,
): ComponentType<{ target: ConfigTarget }> {
  return function GatedTab({ target }) {
    const client = useContract();
    const capabilities = useQuery(capabilitiesQuery(client, target.profileId, target.bucket));
    const capability = capabilities.data?.[feature];
    if (capability?.status === 'unsupported') {
      return <UnsupportedState feature={feature} reason={capability.reason} />;
    }
    return <Tab />;
  };
}
