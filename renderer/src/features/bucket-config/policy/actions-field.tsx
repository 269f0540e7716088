import { useId } from 'react';
import type { FieldErrors } from '../config-kind.js';
import { ListField } from '../list-field.js';
import { policyMessages as m } from './messages.js';

/** The actions most bucket policies use, offered as checkboxes; others are typed. */
export const commonActions = [
  's3:GetObject',
  's3:PutObject',
  's3:DeleteObject',
  's3:ListBucket',
  's3:GetBucketLocation',
  's3:ListBucketMultipartUploads',
  's3:AbortMultipartUpload',
  's3:GetObjectAcl',
  's3:PutObjectAcl',
  's3:*',
] as const;

const isCommon = (action: string): boolean => (commonActions as readonly string[]).includes(action);

interface ActionsFieldProps {
  actions: readonly string[];
  onChange: (actions: string[]) => void;
  errors: FieldErrors;
  path: string;
}

export function ActionsField({ actions, onChange, errors, path }: ActionsFieldProps) {
  const id = useId();
  const others = actions.filter((action) => !isCommon(action));
  const own = errors[path];
  const otherError = actions
    .map((action, i) => (isCommon(action) ? undefined : errors[`${path}.${i}`]))
    .find((error) => error !== undefined);
  return (
    <fieldset
      className="config-fieldset"
      aria-describedby={own === undefined ? undefined : `${id}-error`}
    >
      <legend>{m.actions}</legend>
      <div className="action-grid">
        {commonActions.map((action) => (
          <label key={action} className="check-field">
            <input
              type="checkbox"
              checked={actions.includes(action)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...actions, action] : actions.filter((a) => a !== action),
                )
              }
            />
            <code>{action}</code>
          </label>
        ))}
      </div>
      <ListField
        id={`${id}-other`}
        label={m.otherActions}
        separator="comma"
        values={others}
        placeholder="s3:GetObjectVersion"
        error={otherError}
        onChange={(next) => onChange([...actions.filter(isCommon), ...next])}
      />
      {own !== undefined && (
        <p id={`${id}-error`} className="field-error">
          {own}
        </p>
      )}
    </fieldset>
  );
}
