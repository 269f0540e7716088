import type { AppError } from '../../../../shared/contract/envelope.js';
import type { AclChange } from '../../../../shared/domain/config/acl.js';
import { unsupportedByProvider } from '../dialects.js';
import type { Dialect } from '../dialects.js';

/** Why this provider cannot take this ACL change, or undefined when it can. */
export function aclChangeProblem(dialect: Dialect, change: AclChange): AppError | undefined {
  if (change.kind === 'grants' && !dialect.acl.explicitGrants) {
    return unsupportedByProvider(dialect, 'explicit ACL grants');
  }
  return undefined;
}
