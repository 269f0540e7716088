import { useId } from 'react';
import {
  bucketArn,
  bucketOfArn,
  knownStorageClasses,
} from '../../../../../../shared/domain/config/replication.js';
import type {
  ReplicationRule,
  RuleStatus,
} from '../../../../../../shared/domain/config/replication.js';
import type { FieldErrors } from '../../config-kind.js';
import { withoutUndefined } from '../s3-document/s3-values.js';
import { ItemFieldset, NumberField, SelectField, TextField } from '../fields.js';
import { replicationMessages as m } from './messages.js';

export function newReplicationRule(n: number): ReplicationRule {
  return {
    id: `rule-${n}`,
    status: 'Enabled',
    prefix: '',
    tags: [],
    destination: { bucket: '' },
  };
}

/** Built on each render, so the labels follow the current language. */
const statusOptions = (): readonly { value: RuleStatus; label: string }[] => [
  { value: 'Enabled', label: m.statuses.Enabled },
  { value: 'Disabled', label: m.statuses.Disabled },
];

/** People type a bucket name; the model (and S3) hold its ARN. */
const toArn = (text: string): string =>
  text === '' || text.startsWith('arn:') ? text : bucketArn(text);

interface RuleFieldsProps {
  rule: ReplicationRule;
  index: number;
  errors: FieldErrors;
  onChange: (rule: ReplicationRule) => void;
  onRemove: () => void;
}

export function ReplicationRuleFields({
  rule,
  index,
  errors,
  onChange,
  onRemove,
}: RuleFieldsProps) {
  const id = useId();
  const path = `rules.${index}`;
  const d = rule.destination;
  const setDestination = (change: Partial<ReplicationRule['destination']>): void =>
    onChange({ ...rule, destination: withoutUndefined({ ...d, ...change }) });
  const storageOptions = [
    ...new Set([...knownStorageClasses, ...(d.storageClass === undefined ? [] : [d.storageClass])]),
  ];
  return (
    <ItemFieldset legend={m.rule(index + 1)} removeLabel={m.removeRule} onRemove={onRemove}>
      <div className="field-row">
        <TextField
          id={`${id}-id`}
          label={m.id}
          value={rule.id}
          error={errors[`${path}.id`]}
          onChange={(value) => onChange({ ...rule, id: value ?? '' })}
        />
        <SelectField
          id={`${id}-status`}
          label={m.status}
          value={rule.status}
          options={statusOptions()}
          error={errors[`${path}.status`]}
          onChange={(status) => onChange({ ...rule, status: status ?? 'Enabled' })}
        />
        <NumberField
          id={`${id}-priority`}
          label={m.priority}
          hint={m.priorityHint}
          min={0}
          value={rule.priority}
          error={errors[`${path}.priority`]}
          onChange={(priority) => onChange(withoutUndefined({ ...rule, priority }))}
        />
      </div>
      <TextField
        id={`${id}-prefix`}
        label={m.prefix}
        hint={m.prefixHint}
        value={rule.prefix === '' ? undefined : rule.prefix}
        placeholder="logs/"
        error={errors[`${path}.prefix`]}
        onChange={(prefix) => onChange({ ...rule, prefix: prefix ?? '' })}
      />
      <div className="field-row">
        <TextField
          id={`${id}-destination`}
          label={m.destination}
          hint={m.destinationHint}
          value={d.bucket === '' ? undefined : (bucketOfArn(d.bucket) ?? d.bucket)}
          error={errors[`${path}.destination.bucket`] ?? errors[`${path}.destination`]}
          onChange={(bucket) => setDestination({ bucket: toArn(bucket ?? '') })}
        />
        <SelectField
          id={`${id}-storage-class`}
          label={m.storageClass}
          value={d.storageClass}
          options={storageOptions.map((value) => ({ value, label: value }))}
          unsetLabel={m.sameStorageClass}
          error={errors[`${path}.destination.storageClass`]}
          onChange={(storageClass) => setDestination({ storageClass })}
        />
      </div>
      <div className="field-row">
        <TextField
          id={`${id}-account`}
          label={m.account}
          hint={m.accountHint}
          value={d.account}
          error={errors[`${path}.destination.account`]}
          onChange={(account) => setDestination({ account })}
        />
        <SelectField
          id={`${id}-delete-markers`}
          label={m.deleteMarkers}
          value={rule.deleteMarkerReplication}
          options={statusOptions()}
          unsetLabel={m.unset}
          error={errors[`${path}.deleteMarkerReplication`]}
          onChange={(deleteMarkerReplication) =>
            onChange(withoutUndefined({ ...rule, deleteMarkerReplication }))
          }
        />
      </div>
      {rule.tags.length > 0 && <p className="muted kind-note">{m.tagsKept(rule.tags.length)}</p>}
      {['accessControlTranslation', 'sourceSelectionCriteria'].map((field) => {
        const error = errors[`${path}.destination.${field}`] ?? errors[`${path}.${field}`];
        return error === undefined ? null : (
          <p key={field} className="field-error">
            {error}
          </p>
        );
      })}
    </ItemFieldset>
  );
}
