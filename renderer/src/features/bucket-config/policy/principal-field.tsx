import { useId } from 'react';
import type { FieldErrors } from '../config-kind.js';
import { policyMessages as m } from './messages.js';
import { principalTypes } from './policy-model.js';
import type { PolicyPrincipal, PrincipalType } from './policy-model.js';

interface PrincipalFieldProps {
  principal: PolicyPrincipal;
  onChange: (principal: PolicyPrincipal) => void;
  errors: FieldErrors;
  /** Model path of this principal, e.g. Statement.0.Principal */
  path: string;
}

/** Anyone, or a list of principals each with its type. */
export function PrincipalField({ principal, onChange, errors, path }: PrincipalFieldProps) {
  const id = useId();
  const ids = principal.kind === 'ids' ? principal.ids : [];
  const own = errors[path];
  const setIds = (next: typeof ids): void => onChange({ kind: 'ids', ids: next });
  return (
    <fieldset
      className="config-fieldset"
      aria-describedby={own === undefined ? undefined : `${id}-error`}
    >
      <legend>{m.principal}</legend>
      <label className="check-field">
        <input
          type="radio"
          name={`${id}-kind`}
          checked={principal.kind === 'anyone'}
          onChange={() => onChange({ kind: 'anyone' })}
        />
        {m.principalAnyone}
      </label>
      <label className="check-field">
        <input
          type="radio"
          name={`${id}-kind`}
          checked={principal.kind === 'ids'}
          onChange={() => setIds(ids)}
        />
        {m.principalSpecific}
      </label>
      {principal.kind === 'absent' && <p className="field-hint">{m.principalNone}</p>}
      {principal.kind === 'ids' && (
        <>
          {ids.map((entry, i) => {
            const error = errors[`${path}.ids.${i}.value`];
            const errorId = `${id}-${i}-error`;
            return (
              <div key={i} className="principal-row">
                <select
                  aria-label={m.principalType(i + 1)}
                  value={entry.type}
                  onChange={(event) =>
                    setIds(
                      ids.map((p, j) =>
                        j === i ? { ...p, type: event.target.value as PrincipalType } : p,
                      ),
                    )
                  }
                >
                  {principalTypes.map((type) => (
                    <option key={type} value={type}>
                      {m.principalTypes[type]}
                    </option>
                  ))}
                </select>
                <input
                  aria-label={m.principalValue(i + 1)}
                  aria-invalid={error !== undefined}
                  aria-describedby={error === undefined ? undefined : errorId}
                  value={entry.value}
                  spellCheck={false}
                  placeholder={entry.type === 'AWS' ? 'arn:aws:iam:::user/name' : ''}
                  onChange={(event) =>
                    setIds(ids.map((p, j) => (j === i ? { ...p, value: event.target.value } : p)))
                  }
                />
                <button
                  type="button"
                  className="button button-small"
                  aria-label={m.removePrincipal(i + 1)}
                  onClick={() => setIds(ids.filter((_, j) => j !== i))}
                >
                  ×
                </button>
                {error !== undefined && (
                  <p id={errorId} className="field-error principal-error">
                    {error}
                  </p>
                )}
              </div>
            );
          })}
          <div className="config-row-actions">
            <button
              type="button"
              className="button button-small"
              onClick={() => setIds([...ids, { type: 'AWS', value: '' }])}
            >
              {m.addPrincipal}
            </button>
          </div>
        </>
      )}
      {own !== undefined && (
        <p id={`${id}-error`} className="field-error">
          {own}
        </p>
      )}
    </fieldset>
  );
}
