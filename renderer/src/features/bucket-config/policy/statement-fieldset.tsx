import { useId } from 'react';
import { FormField } from '../../../ui/form-field.js';
import type { FieldErrors } from '../config-kind.js';
import { errorUnder } from '../field-errors.js';
import { ListField } from '../list-field.js';
import { ActionsField } from './actions-field.js';
import { ConditionsTable } from './conditions-table.js';
import { policyMessages as m } from './messages.js';
import type { PolicyEffect, PolicyStatement } from './policy-model.js';
import { PrincipalField } from './principal-field.js';

interface StatementFieldsetProps {
  statement: PolicyStatement;
  index: number;
  bucket: string;
  errors: FieldErrors;
  onChange: (statement: PolicyStatement) => void;
  onRemove: () => void;
}

/** One statement of the builder: effect, principal, actions, resources, conditions. */
export function StatementFieldset({
  statement,
  index,
  bucket,
  errors,
  onChange,
  onRemove,
}: StatementFieldsetProps) {
  const id = useId();
  const path = `Statement.${index}`;
  const set = (change: Partial<PolicyStatement>): void => onChange({ ...statement, ...change });
  return (
    <fieldset className="config-fieldset policy-statement">
      <legend>{m.statement(index + 1)}</legend>
      <div className="field-row">
        <FormField id={`${id}-sid`} label={m.sid} hint={m.sidHint} error={errors[`${path}.Sid`]}>
          {(control) => (
            <input
              {...control}
              value={statement.Sid}
              spellCheck={false}
              onChange={(event) => set({ Sid: event.target.value })}
            />
          )}
        </FormField>
        <FormField id={`${id}-effect`} label={m.effect}>
          {(control) => (
            <select
              {...control}
              value={statement.Effect}
              onChange={(event) => set({ Effect: event.target.value as PolicyEffect })}
            >
              <option value="Allow">{m.effects.Allow}</option>
              <option value="Deny">{m.effects.Deny}</option>
            </select>
          )}
        </FormField>
      </div>
      <PrincipalField
        principal={statement.Principal}
        errors={errors}
        path={`${path}.Principal`}
        onChange={(Principal) => set({ Principal })}
      />
      <ActionsField
        actions={statement.Action}
        errors={errors}
        path={`${path}.Action`}
        onChange={(Action) => set({ Action })}
      />
      <ListField
        id={`${id}-resources`}
        label={m.resources}
        hint={m.resourcesHint(bucket)}
        separator="line"
        values={statement.Resource}
        placeholder={`arn:aws:s3:::${bucket}/*`}
        error={errorUnder(errors, `${path}.Resource`)}
        onChange={(Resource) => set({ Resource })}
      />
      <ConditionsTable
        idBase={id}
        conditions={statement.Condition}
        errors={errors}
        path={`${path}.Condition`}
        onChange={(Condition) => set({ Condition })}
      />
      <div className="config-row-actions">
        <button type="button" className="button button-small" onClick={onRemove}>
          {m.removeStatement}
        </button>
      </div>
    </fieldset>
  );
}
