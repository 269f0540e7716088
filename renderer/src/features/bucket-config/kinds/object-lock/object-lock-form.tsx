import { useId } from 'react';
import { retentionUnitSchema } from '../../../../../../shared/domain/object-lock.js';
import type {
  ObjectLockConfig,
  RetentionMode,
} from '../../../../../../shared/domain/object-lock.js';
import { CheckField } from '../../../../ui/check-field.js';
import { ChoiceField } from '../../../../ui/choice-field.js';
import type { ConfigFormProps } from '../../config-kind.js';
import { NumberField } from '../fields.js';
import '../kinds.css';
import { objectLockMessages as m } from './messages.js';

type Choice = 'none' | RetentionMode;
const choices: readonly Choice[] = ['none', 'GOVERNANCE', 'COMPLIANCE'];

/** The default retention: none, governance or compliance, for so many days or years. */
export function ObjectLockForm({ model, onChange, errors }: ConfigFormProps<ObjectLockConfig>) {
  const id = useId();
  const retention = model.defaultRetention;
  const chosen: Choice = retention === null ? 'none' : retention.mode;
  const choose = (choice: Choice): void => {
    if (choice === 'none') onChange({ defaultRetention: null });
    else onChange({ defaultRetention: { unit: 'days', amount: 1, ...retention, mode: choice } });
  };
  return (
    <div className="config-form">
      <p className="muted kind-note">{m.intro}</p>
      <fieldset className="config-fieldset">
        <legend>{m.defaultLabel}</legend>
        {choices.map((choice) => (
          <CheckField
            key={choice}
            id={`${id}-${choice}`}
            type="radio"
            name={`${id}-mode`}
            label={m.choices[choice]}
            hint={m.modeHints[choice]}
            checked={chosen === choice}
            onChange={() => choose(choice)}
          />
        ))}
      </fieldset>
      {retention !== null && (
        <div className="field-row">
          <NumberField
            id={`${id}-amount`}
            label={m.periodLabel}
            value={retention.amount}
            min={1}
            error={errors['defaultRetention.amount']}
            onChange={(amount) =>
              onChange({ defaultRetention: { ...retention, amount: amount ?? Number.NaN } })
            }
          />
          <ChoiceField
            id={`${id}-unit`}
            label={m.unitLabel}
            value={retention.unit}
            choices={retentionUnitSchema.options}
            labels={m.units}
            onChange={(unit) => onChange({ defaultRetention: { ...retention, unit } })}
          />
        </div>
      )}
      {errors['defaultRetention.mode'] !== undefined && (
        <p className="field-error">{errors['defaultRetention.mode']}</p>
      )}
    </div>
  );
}
