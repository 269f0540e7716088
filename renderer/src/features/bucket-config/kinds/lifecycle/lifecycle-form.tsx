import { configLimits } from '../../../../../../shared/domain/config/provider-limits.js';
import type { LifecycleConfig } from '../../../../../../shared/domain/config/lifecycle.js';
import type { ConfigFormProps } from '../../config-kind.js';
import { ItemList } from '../fields.js';
import '../kinds.css';
import { LifecycleRuleFields, newLifecycleRule } from './lifecycle-rule-fields.js';
import { lifecycleMessages as m } from './messages.js';

/** The bucket's lifecycle rules, one card each, with what each does in plain words. */
export function LifecycleForm({
  model,
  onChange,
  errors,
  context,
}: ConfigFormProps<LifecycleConfig>) {
  const limits = configLimits[context.provider].lifecycle;
  return (
    <div className="config-form">
      <p className="muted kind-note">{m.intro}</p>
      <ItemList
        items={model.rules}
        onChange={(rules) => onChange({ rules })}
        newItem={() => newLifecycleRule(model.rules.length + 1)}
        addLabel={m.addRule}
        error={errors['rules']}
      >
        {(rule, index, edit) => (
          <LifecycleRuleFields
            rule={rule}
            index={index}
            errors={errors}
            offeredClasses={limits.transitionClasses}
            unsupported={limits.unsupportedFields}
            {...edit}
          />
        )}
      </ItemList>
    </div>
  );
}
