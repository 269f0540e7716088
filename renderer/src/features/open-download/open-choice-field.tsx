import { ChoiceField } from '../../ui/choice-field.js';
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
    <ChoiceField
      id={id}
      label={m.openSetting}
      hint={m.openSettingHint}
      value={value}
      choices={openChoices}
      labels={m.openChoices}
      onChange={onChange}
    />
  );
}
