import { useId } from 'react';
import type { ReplicationConfig } from '../../../../../../shared/domain/config/replication.js';
import type { ConfigFormProps } from '../../config-kind.js';
import { ItemList, TextField } from '../fields.js';
import '../kinds.css';
import { replicationMessages as m } from './messages.js';
import { newReplicationRule, ReplicationRuleFields } from './replication-rule-fields.js';
import { VersioningControl } from '../versioning/versioning-control.js';

/** Replication rules, with what the provider needs first (versioning, its limits). */
export function ReplicationForm({
  model,
  onChange,
  errors,
  context,
}: ConfigFormProps<ReplicationConfig>) {
  const id = useId();
  const setRules = (rules: ReplicationConfig['rules']): void => onChange({ ...model, rules });
  return (
    <div className="config-form">
      <div className="message kind-note" role="note">
        <p>{m.versioning(context.bucket)}</p>
        <VersioningControl compact />
        {context.provider === 'ceph' && <p>{m.rgwSyncPolicy}</p>}
        {context.provider === 'jdcloud' && <p>{m.jdcloudLimits}</p>}
      </div>
      {(context.provider === 'aws' || model.role !== undefined) && (
        <TextField
          id={`${id}-role`}
          label={m.role}
          hint={m.roleHint}
          value={model.role}
          placeholder="arn:aws:iam::123456789012:role/replication"
          error={errors['role']}
          onChange={(role) => {
            const { role: _old, ...rest } = model;
            onChange(role === undefined ? rest : { ...rest, role });
          }}
        />
      )}
      <ItemList
        items={model.rules}
        onChange={setRules}
        newItem={() => newReplicationRule(model.rules.length + 1)}
        addLabel={m.addRule}
        error={errors['rules']}
      >
        {(rule, index, edit) => (
          <ReplicationRuleFields rule={rule} index={index} errors={errors} {...edit} />
        )}
      </ItemList>
    </div>
  );
}
