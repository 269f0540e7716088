import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { profilesQuery } from '../../contract/queries.js';
import { capabilitiesQuery } from '../buckets/bucket-queries.js';
import type { ConfigKindDefinition, ConfigTarget, ValidationContext } from './config-kind.js';
import type { ConfigOutcome } from './config-outcome.js';
import { UnsupportedState } from './feature-gate.js';
import { configQuery } from './config-queries.js';
import { DraftEditor } from './draft-editor.js';
import { configMessages as m } from './messages.js';
import { ServerError } from './server-error.js';

interface ConfigEditorProps<Model> {
  definition: ConfigKindDefinition<Model>;
  target: ConfigTarget;
}

/**
 * One configuration of one bucket: what the server holds, or why it cannot be shown (not
 * supported, not readable), then the draft editor. See ConfigKindDefinition for adding kinds.
 */
export function ConfigEditor<Model>({ definition, target }: ConfigEditorProps<Model>) {
  const client = useContract();
  const capabilities = useQuery(capabilitiesQuery(client, target.profileId, target.bucket));
  const profiles = useQuery(profilesQuery(client));
  const loaded = useQuery(configQuery(client, definition, target));
  const [outcome, setOutcome] = useState<ConfigOutcome | undefined>();
  // Bumped when this editor reads the server again itself (after Apply or Delete), to start a
  // fresh draft; a background refetch updates what the diff compares with, keeping the draft.
  const [generation, setGeneration] = useState(0);
  const kindName = m.kindNames[definition.feature];
  const provider = profiles.data?.find((p) => p.id === target.profileId)?.provider ?? 'generic';
  const context = useMemo<ValidationContext>(
    () => ({ provider, bucket: target.bucket, key: target.key }),
    [provider, target.bucket, target.key],
  );

  const capability = capabilities.data?.[definition.feature];
  if (capability?.status === 'unsupported') {
    return <UnsupportedState feature={definition.feature} reason={capability.reason} />;
  }
  if (loaded.isPending) {
    return (
      <p className="config-state muted" role="status">
        {m.loading}
      </p>
    );
  }
  if (loaded.isError) {
    return (
      <div className="config-state" data-state="error">
        <p className="config-state-title">{m.loadError}</p>
        <ServerError error={loaded.error} />
        <button type="button" className="button" onClick={() => void loaded.refetch()}>
          {m.retry}
        </button>
      </div>
    );
  }
  return (
    <DraftEditor
      key={generation}
      definition={definition}
      target={target}
      context={context}
      server={loaded.data}
      kindName={kindName}
      outcome={outcome}
      onOutcome={setOutcome}
      onReread={() => setGeneration((n) => n + 1)}
    />
  );
}
