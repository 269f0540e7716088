import { useId } from 'react';
import { corsMethods } from '../../../../../../shared/domain/config/cors.js';
import type { CorsConfig, CorsRule } from '../../../../../../shared/domain/config/cors.js';
import type { ConfigFormProps } from '../../config-kind.js';
import { errorUnder } from '../../field-errors.js';
import { ListField } from '../../list-field.js';
import { CheckboxGroup, ItemFieldset, ItemList, NumberField, TextField } from '../fields.js';
import '../kinds.css';
import { corsMessages as m } from './messages.js';
import { PreflightTester } from './preflight-tester.js';

export function newCorsRule(): CorsRule {
  return { allowedOrigins: [], allowedMethods: ['GET'], allowedHeaders: [], exposeHeaders: [] };
}

interface RuleFieldsProps {
  rule: CorsRule;
  index: number;
  errors: ConfigFormProps<CorsConfig>['errors'];
  onChange: (rule: CorsRule) => void;
  onRemove: () => void;
}

function CorsRuleFields({ rule, index, errors, onChange, onRemove }: RuleFieldsProps) {
  const id = useId();
  const path = `rules.${index}`;
  const set = (change: Partial<CorsRule>): void => onChange({ ...rule, ...change });
  return (
    <ItemFieldset legend={m.rule(index + 1)} removeLabel={m.removeRule} onRemove={onRemove}>
      <TextField
        id={`${id}-id`}
        label={m.id}
        hint={m.idHint}
        value={rule.id}
        error={errors[`${path}.id`]}
        onChange={(value) => {
          const { id: _old, ...rest } = rule;
          onChange(value === undefined ? rest : { ...rest, id: value });
        }}
      />
      <ListField
        id={`${id}-origins`}
        label={m.origins}
        hint={m.originsHint}
        separator="line"
        values={rule.allowedOrigins}
        placeholder="https://app.example"
        error={errorUnder(errors, `${path}.allowedOrigins`)}
        onChange={(allowedOrigins) => set({ allowedOrigins })}
      />
      <CheckboxGroup
        id={`${id}-methods`}
        legend={m.methods}
        options={corsMethods}
        values={rule.allowedMethods}
        error={errorUnder(errors, `${path}.allowedMethods`)}
        onChange={(methods) =>
          set({ allowedMethods: corsMethods.filter((method) => methods.includes(method)) })
        }
      />
      <ListField
        id={`${id}-allowed-headers`}
        label={m.allowedHeaders}
        hint={m.allowedHeadersHint}
        separator="comma"
        values={rule.allowedHeaders}
        placeholder="*"
        error={errorUnder(errors, `${path}.allowedHeaders`)}
        onChange={(allowedHeaders) => set({ allowedHeaders })}
      />
      <ListField
        id={`${id}-expose-headers`}
        label={m.exposeHeaders}
        hint={m.exposeHeadersHint}
        separator="comma"
        values={rule.exposeHeaders}
        placeholder="ETag"
        error={errorUnder(errors, `${path}.exposeHeaders`)}
        onChange={(exposeHeaders) => set({ exposeHeaders })}
      />
      <NumberField
        id={`${id}-max-age`}
        label={m.maxAge}
        hint={m.maxAgeHint}
        min={0}
        value={rule.maxAgeSeconds}
        error={errors[`${path}.maxAgeSeconds`]}
        onChange={(value) => {
          const { maxAgeSeconds: _old, ...rest } = rule;
          onChange(value === undefined ? rest : { ...rest, maxAgeSeconds: value });
        }}
      />
    </ItemFieldset>
  );
}

/** CORS rules as a list of cards, and a preflight tester for what the server holds. */
export function CorsForm({ model, onChange, errors }: ConfigFormProps<CorsConfig>) {
  const setRules = (rules: CorsRule[]): void => onChange({ rules });
  return (
    <div className="config-form">
      <p className="muted kind-note">{m.intro}</p>
      <ItemList
        items={model.rules}
        onChange={setRules}
        newItem={newCorsRule}
        addLabel={m.addRule}
        error={errors['rules']}
      >
        {(rule, index, edit) => (
          <CorsRuleFields rule={rule} index={index} errors={errors} {...edit} />
        )}
      </ItemList>
      <PreflightTester />
    </div>
  );
}
