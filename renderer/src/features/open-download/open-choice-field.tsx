import { FormField } from '../../ui/form-field.js';
import { openMessages as m } from './messages.js';
import { openChoices } from './open-setting.js';
import type { OpenChoice } from './open-setting.js';

interface OpenChoiceFieldProps {
  id: string;
  value: OpenChoice;
  onChange: (choice: OpenChoice) => void;
}

/** "Double-click a file: Preview / Download", for a settings form. */
export function OpenChoiceField({ id, value, onChange }: OpenChoiceFieldProps) {
  return (
    <FormField id={id} label={m.openSetting} hint={m.openSettingHint}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value as OpenChoice)}
        >
          {openChoices.map((choice) => (
            <option key={choice} value={choice}>
              {m.openChoices[choice]}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
