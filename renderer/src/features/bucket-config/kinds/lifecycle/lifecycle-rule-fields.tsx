import { useId } from 'react';
import type { LifecycleRule } from '../../../../../../shared/domain/config/lifecycle.js';
import type { LifecycleField } from '../../../../../../shared/domain/config/lifecycle-limits.js';
import type { RuleStatus } from '../../../../../../shared/domain/config/replication.js';
import { TagRows } from '../../../tags/tag-rows.js';
import type { FieldErrors } from '../../config-kind.js';
import { ItemFieldset, NumberField, SelectField, TextField } from '../fields.js';
import { withoutUndefined } from '../s3-document/s3-values.js';
import { LifecycleActions } from './lifecycle-actions.js';
import { describeLifecycleRule } from './lifecycle-summary.js';
import { lifecycleMessages as m } from './messages.js';

/** A rule that applies to the whole bucket and does nothing yet: the person picks the action. */
export function newLifecycleRule(n: number): LifecycleRule {
  return {
    id: `rule-${n}`,
    status: 'Enabled',
    prefix: '',
    tags: [],
    transitions: [],
    noncurrentTransitions: [],
  };
}

interface RuleFieldsProps {
  rule: LifecycleRule;
  index: number;
  errors: FieldErrors;
  offeredClasses: readonly string[];
  /** Fields the provider does not take, shown only when a rule already holds them. */
  unsupported: readonly LifecycleField[];
  onChange: (rule: LifecycleRule) => void;
  onRemove: () => void;
}

export function LifecycleRuleFields({
  rule,
  index,
  errors,
  offeredClasses,
  unsupported,
  onChange,
  onRemove,
}: RuleFieldsProps) {
  const takes = (field: LifecycleField): boolean => !unsupported.includes(field);
  const showSizes =
    takes('ObjectSizeGreaterThan') ||
    rule.objectSizeGreaterThan !== undefined ||
    rule.objectSizeLessThan !== undefined;
  const id = useId();
  const path = `rules.${index}`;
  const set = (change: Partial<LifecycleRule>): void =>
    onChange(withoutUndefined({ ...rule, ...change }));
  const statuses: { value: RuleStatus; label: string }[] = [
    { value: 'Enabled', label: m.statuses.Enabled },
    { value: 'Disabled', label: m.statuses.Disabled },
  ];
  const summary = describeLifecycleRule(rule);
  const ruleError = errors[path];
  return (
    <ItemFieldset legend={m.rule(index + 1)} removeLabel={m.removeRule} onRemove={onRemove}>
      <div className="field-row">
        <TextField
          id={`${id}-id`}
          label={m.id}
          value={rule.id}
          error={errors[`${path}.id`]}
          onChange={(value) => set({ id: value ?? '' })}
        />
        <SelectField
          id={`${id}-status`}
          label={m.status}
          value={rule.status}
          options={statuses}
          onChange={(status) => set({ status: status ?? 'Enabled' })}
        />
      </div>
      <fieldset className="config-fieldset">
        <legend>{m.appliesTo}</legend>
        <TextField
          id={`${id}-prefix`}
          label={m.prefix}
          hint={m.prefixHint}
          value={rule.prefix === '' ? undefined : rule.prefix}
          placeholder="logs/"
          error={errors[`${path}.prefix`]}
          onChange={(prefix) => set({ prefix: prefix ?? '' })}
        />
        <TagRows
          legend={m.tags}
          tags={rule.tags}
          onChange={(tags) => set({ tags })}
          max={10}
          errors={errors}
          base={`${path}.tags`}
        />
        {showSizes && (
          <div className="field-row">
            <NumberField
              id={`${id}-larger`}
              label={m.larger}
              min={0}
              value={rule.objectSizeGreaterThan}
              error={errors[`${path}.objectSizeGreaterThan`]}
              onChange={(objectSizeGreaterThan) => set({ objectSizeGreaterThan })}
            />
            <NumberField
              id={`${id}-smaller`}
              label={m.smaller}
              min={1}
              value={rule.objectSizeLessThan}
              error={errors[`${path}.objectSizeLessThan`]}
              onChange={(objectSizeLessThan) => set({ objectSizeLessThan })}
            />
          </div>
        )}
      </fieldset>
      <LifecycleActions
        rule={rule}
        path={path}
        errors={errors}
        offeredClasses={offeredClasses}
        keepsNewerVersions={takes('NewerNoncurrentVersions')}
        onChange={onChange}
      />
      {ruleError !== undefined && <p className="field-error">{ruleError}</p>}
      <section aria-label={m.summary(index + 1)} className="kind-note">
        {summary.length === 0 ? (
          <p className="muted">{m.summaryNone}</p>
        ) : (
          <ul>
            {summary.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        )}
      </section>
    </ItemFieldset>
  );
}
