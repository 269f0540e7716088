import { conflictPolicySchema } from '../../../../shared/domain/transfer-job.js';
import type { ConflictPolicy } from '../../../../shared/domain/transfer-job.js';
import { FormField } from '../../ui/form-field.js';
import { messages } from './messages.js';

interface ConflictPolicyFieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  value: ConflictPolicy;
  onChange: (policy: ConflictPolicy) => void;
}

/** "Ask me / Overwrite / Skip / Keep both": what a transfer does with a name that exists. */
export function ConflictPolicyField({
  id,
  label,
  hint,
  value,
  onChange,
}: ConflictPolicyFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value as ConflictPolicy)}
        >
          {conflictPolicySchema.options.map((policy) => (
            <option key={policy} value={policy}>
              {messages.policies[policy]}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
