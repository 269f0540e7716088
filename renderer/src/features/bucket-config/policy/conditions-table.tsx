import type { FieldErrors } from '../config-kind.js';
import { errorUnder } from '../field-errors.js';
import { policyMessages as m } from './messages.js';
import type { PolicyCondition } from './policy-model.js';
import { conditionOperators } from './policy-validate.js';
import { ConditionValues } from './condition-values.js';

interface ConditionsTableProps {
  conditions: readonly PolicyCondition[];
  onChange: (conditions: PolicyCondition[]) => void;
  errors: FieldErrors;
  path: string;
  /** Unique per statement, so datalist and error ids do not collide. */
  idBase: string;
}

const commonKeys = [
  'aws:SourceIp',
  'aws:SecureTransport',
  'aws:Referer',
  'aws:UserAgent',
  'aws:CurrentTime',
  's3:prefix',
  's3:x-amz-acl',
  's3:ExistingObjectTag/<key>',
];

/** Condition rows: operator, key and values. */
export function ConditionsTable({
  conditions,
  onChange,
  errors,
  path,
  idBase,
}: ConditionsTableProps) {
  const set = (i: number, change: Partial<PolicyCondition>): void =>
    onChange(conditions.map((c, j) => (j === i ? { ...c, ...change } : c)));
  return (
    <fieldset className="config-fieldset">
      <legend>{m.conditions}</legend>
      <datalist id={`${idBase}-keys`}>
        {commonKeys.map((key) => (
          <option key={key} value={key} />
        ))}
      </datalist>
      {conditions.length > 0 && (
        <table className="config-table">
          <thead>
            <tr>
              <th scope="col">{m.columns.operator}</th>
              <th scope="col">{m.columns.key}</th>
              <th scope="col">{m.columns.values}</th>
              <th scope="col">
                <span className="visually-hidden">{m.columns.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {conditions.map((condition, i) => {
              const at = `${path}.${i}`;
              const operatorError = errors[`${at}.operator`];
              const keyError = errors[`${at}.key`];
              const operators = conditionOperators.includes(condition.operator)
                ? conditionOperators
                : [condition.operator, ...conditionOperators];
              return (
                <tr key={i}>
                  <td>
                    <select
                      aria-label={m.conditionOperator(i + 1)}
                      aria-invalid={operatorError !== undefined}
                      value={condition.operator}
                      onChange={(event) => set(i, { operator: event.target.value })}
                    >
                      {operators.map((operator) => (
                        <option key={operator} value={operator}>
                          {operator}
                        </option>
                      ))}
                    </select>
                    {operatorError !== undefined && <p className="field-error">{operatorError}</p>}
                  </td>
                  <td>
                    <input
                      aria-label={m.conditionKey(i + 1)}
                      aria-invalid={keyError !== undefined}
                      list={`${idBase}-keys`}
                      value={condition.key}
                      spellCheck={false}
                      onChange={(event) => set(i, { key: event.target.value })}
                    />
                    {keyError !== undefined && <p className="field-error">{keyError}</p>}
                  </td>
                  <td>
                    <ConditionValues
                      label={m.conditionValues(i + 1)}
                      values={condition.values}
                      error={errorUnder(errors, `${at}.values`)}
                      onChange={(values) => set(i, { values })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={m.removeCondition(i + 1)}
                      onClick={() => onChange(conditions.filter((_, j) => j !== i))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="config-row-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            onChange([...conditions, { operator: 'StringEquals', key: '', values: [] }])
          }
        >
          {m.addCondition}
        </button>
      </div>
    </fieldset>
  );
}
