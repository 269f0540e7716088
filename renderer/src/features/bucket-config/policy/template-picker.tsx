import { useId, useState } from 'react';
import { FormField } from '../../../ui/form-field.js';
import { policyMessages as m } from './messages.js';
import { policyTemplateIds, templateParameter } from './policy-templates.js';
import type { PolicyTemplateId } from './policy-templates.js';

interface TemplatePickerProps {
  onAdd: (id: PolicyTemplateId, input: string) => void;
}

const parameterLabel = {
  prefix: () => m.templates.prefixLabel,
  ranges: () => m.templates.rangesLabel,
  referers: () => m.templates.referersLabel,
};
const placeholders = {
  prefix: 'public/',
  ranges: '203.0.113.0/24, 198.51.100.7/32',
  referers: 'https://www.example.com/*, https://example.com/*',
};

/** Fills the builder with a common policy's statements, for this bucket. */
export function TemplatePicker({ onAdd }: TemplatePickerProps) {
  const id = useId();
  const [template, setTemplate] = useState<PolicyTemplateId | ''>('');
  const [input, setInput] = useState('');
  const parameter = template === '' ? null : templateParameter[template];
  return (
    <fieldset className="config-fieldset">
      <legend>{m.templates.legend}</legend>
      <div className="field-row">
        <FormField id={`${id}-template`} label={m.templates.pick}>
          {(control) => (
            <select
              {...control}
              value={template}
              onChange={(event) => setTemplate(event.target.value as PolicyTemplateId | '')}
            >
              <option value="">{m.templates.none}</option>
              {policyTemplateIds.map((option) => (
                <option key={option} value={option}>
                  {m.templates[option]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {parameter === null ? (
          template !== '' && <p className="field-hint">{m.templates.noParameter}</p>
        ) : (
          <FormField id={`${id}-input`} label={parameterLabel[parameter]()}>
            {(control) => (
              <input
                {...control}
                value={input}
                placeholder={placeholders[parameter]}
                spellCheck={false}
                onChange={(event) => setInput(event.target.value)}
              />
            )}
          </FormField>
        )}
      </div>
      <div className="config-row-actions">
        <button
          type="button"
          className="button button-small"
          disabled={template === ''}
          onClick={() => {
            if (template === '') return;
            onAdd(template, input);
            setTemplate('');
            setInput('');
          }}
        >
          {m.templates.add}
        </button>
      </div>
    </fieldset>
  );
}
