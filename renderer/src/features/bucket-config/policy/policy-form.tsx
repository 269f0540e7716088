import { POLICY_MAX_BYTES } from '../../../../../shared/domain/config/policy.js';
import type { ConfigFormProps } from '../config-kind.js';
import { policyMessages as m } from './messages.js';
import { blankStatement, policyBytes } from './policy-model.js';
import type { PolicyModel } from './policy-model.js';
import { withTemplate } from './policy-templates.js';
import { StatementFieldset } from './statement-fieldset.js';
import { TemplatePicker } from './template-picker.js';

/** The statement builder, with templates and the policy's size against S3's limit. */
export function PolicyForm({ model, onChange, errors, context }: ConfigFormProps<PolicyModel>) {
  const statementsError = errors['Statement'];
  return (
    <div className="config-form">
      <TemplatePicker
        onAdd={(template, input) => onChange(withTemplate(model, template, context.bucket, input))}
      />
      {model.Statement.length === 0 && <p className="muted">{m.noStatements}</p>}
      {model.Statement.map((statement, index) => (
        <StatementFieldset
          // Statements have no identity of their own; their place is it.
          key={index}
          statement={statement}
          index={index}
          bucket={context.bucket}
          errors={errors}
          onChange={(next) =>
            onChange({
              ...model,
              Statement: model.Statement.map((s, i) => (i === index ? next : s)),
            })
          }
          onRemove={() =>
            onChange({ ...model, Statement: model.Statement.filter((_, i) => i !== index) })
          }
        />
      ))}
      {statementsError !== undefined && <p className="field-error">{statementsError}</p>}
      <div className="config-row-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => onChange({ ...model, Statement: [...model.Statement, blankStatement()] })}
        >
          {m.addStatement}
        </button>
        <span className="spacer" />
        <span className="field-hint" data-testid="policy-size">
          {m.size(policyBytes(model), POLICY_MAX_BYTES)}
        </span>
      </div>
    </div>
  );
}
