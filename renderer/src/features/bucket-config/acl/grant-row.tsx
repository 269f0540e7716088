import { aclGroupUris, aclPermissions } from '../../../../../shared/domain/config/acl.js';
import type {
  AclGrant,
  AclGrantee,
  AclGroup,
  AclPermission,
} from '../../../../../shared/domain/config/acl.js';
import type { FieldErrors } from '../config-kind.js';
import { aclMessages as m } from './messages.js';

interface GrantRowProps {
  grant: AclGrant;
  index: number;
  errors: FieldErrors;
  onChange: (grant: AclGrant) => void;
  onRemove: () => void;
}

const groups = Object.keys(aclGroupUris) as AclGroup[];

function granteeOfType(type: AclGrantee['type']): AclGrantee {
  if (type === 'user') return { type, id: '' };
  if (type === 'email') return { type, email: '' };
  return { type, group: 'AllUsers' };
}

/** One grant: who (by type) and which permission. */
export function GrantRow({ grant, index, errors, onChange, onRemove }: GrantRowProps) {
  const n = index + 1;
  const { grantee } = grant;
  const path = `grants.${index}`;
  const error = errors[`${path}.grantee.id`] ?? errors[`${path}.grantee.email`] ?? errors[path];
  const errorId = `${path}-error`;
  const setGrantee = (next: AclGrantee): void => onChange({ ...grant, grantee: next });
  return (
    <tr>
      <td>
        <select
          aria-label={m.granteeType(n)}
          value={grantee.type}
          onChange={(event) => setGrantee(granteeOfType(event.target.value as AclGrantee['type']))}
        >
          {(['user', 'email', 'group'] as const).map((type) => (
            <option key={type} value={type}>
              {m.granteeTypes[type]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {grantee.type === 'group' ? (
          <select
            aria-label={m.grantee(n)}
            value={grantee.group}
            onChange={(event) =>
              setGrantee({ type: 'group', group: event.target.value as AclGroup })
            }
          >
            {groups.map((group) => (
              <option key={group} value={group}>
                {m.groups[group]}
              </option>
            ))}
          </select>
        ) : (
          <input
            aria-label={m.grantee(n)}
            aria-invalid={error !== undefined}
            aria-describedby={error === undefined ? undefined : errorId}
            type={grantee.type === 'email' ? 'email' : 'text'}
            spellCheck={false}
            value={grantee.type === 'user' ? grantee.id : grantee.email}
            onChange={(event) =>
              setGrantee(
                grantee.type === 'user'
                  ? { type: 'user', id: event.target.value }
                  : { type: 'email', email: event.target.value },
              )
            }
          />
        )}
        {grantee.type === 'user' && grantee.displayName !== undefined && (
          <p className="field-hint">{m.displayName(grantee.displayName)}</p>
        )}
        {error !== undefined && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </td>
      <td>
        <select
          aria-label={m.permission(n)}
          value={grant.permission}
          onChange={(event) =>
            onChange({ ...grant, permission: event.target.value as AclPermission })
          }
        >
          {aclPermissions.map((permission) => (
            <option key={permission} value={permission}>
              {m.permissions[permission]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button
          type="button"
          className="button button-small"
          aria-label={m.removeGrant(n)}
          onClick={onRemove}
        >
          ×
        </button>
      </td>
    </tr>
  );
}
