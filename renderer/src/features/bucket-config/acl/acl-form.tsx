import { useId } from 'react';
import { bucketCannedAcls } from '../../../../../shared/domain/config/acl.js';
import { FormField } from '../../../ui/form-field.js';
import type { ConfigFormProps } from '../config-kind.js';
import { matchingCanned, withCanned } from './acl-model.js';
import type { AclModel, BucketCannedAcl } from './acl-model.js';
import { GrantRow } from './grant-row.js';
import { aclMessages as m } from './messages.js';

/** Owner, canned ACL picker and the grants table. */
export function AclForm({ model, onChange, errors }: ConfigFormProps<AclModel>) {
  const id = useId();
  const canned = matchingCanned(model);
  const setGrants = (grants: AclModel['grants']): void =>
    onChange({ ...model, canned: undefined, grants });
  return (
    <div className="config-form">
      <dl className="properties">
        <dt>{m.owner}</dt>
        <dd data-testid="acl-owner">{m.ownerValue(model.owner.id, model.owner.displayName)}</dd>
      </dl>
      <FormField id={`${id}-canned`} label={m.access} hint={m.accessHint} error={errors['canned']}>
        {(control) => (
          <select
            {...control}
            value={canned ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              onChange(
                value === ''
                  ? { ...model, canned: undefined }
                  : withCanned(model, value as BucketCannedAcl),
              );
            }}
          >
            <option value="">{m.canned.custom}</option>
            {bucketCannedAcls.map((option) => (
              <option key={option} value={option}>
                {m.canned[option]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset className="config-fieldset">
        <legend>{m.grants}</legend>
        {model.grants.length === 0 ? (
          <p className="muted">{m.noGrants}</p>
        ) : (
          <table className="config-table">
            <thead>
              <tr>
                <th scope="col">{m.columns.type}</th>
                <th scope="col">{m.columns.grantee}</th>
                <th scope="col">{m.columns.permission}</th>
                <th scope="col">
                  <span className="visually-hidden">{m.columns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {model.grants.map((grant, index) => (
                <GrantRow
                  // Grants have no identity but their place.
                  key={index}
                  grant={grant}
                  index={index}
                  errors={errors}
                  onChange={(next) =>
                    setGrants(model.grants.map((g, i) => (i === index ? next : g)))
                  }
                  onRemove={() => setGrants(model.grants.filter((_, i) => i !== index))}
                />
              ))}
            </tbody>
          </table>
        )}
        {errors['grants'] !== undefined && <p className="field-error">{errors['grants']}</p>}
        <div className="config-row-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() =>
              setGrants([
                ...model.grants,
                { grantee: { type: 'user', id: '' }, permission: 'READ' },
              ])
            }
          >
            {m.addGrant}
          </button>
        </div>
        <p className="field-hint">{m.ownerKeeps}</p>
      </fieldset>
    </div>
  );
}
