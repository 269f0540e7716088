import { ACL_MAX_GRANTS } from '../../../../../shared/domain/config/acl.js';
import { configLimits } from '../../../../../shared/domain/config/provider-limits.js';
import { providerInfo } from '../../../../../shared/domain/providers.js';
import type { FieldErrors, ValidationContext } from '../config-kind.js';
import { ErrorCollector } from '../field-errors.js';
import { duplicateGrants, matchingCanned } from './acl-model.js';
import type { AclModel } from './acl-model.js';
import { aclMessages as m } from './messages.js';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Field errors keyed by model path: grants.2.grantee.id, grants.3 (a repeat), canned (provider). */
export function validateAcl(model: AclModel, context: ValidationContext): FieldErrors {
  const out = new ErrorCollector();
  if (model.grants.length > ACL_MAX_GRANTS) out.add('grants', m.problems.tooMany);
  model.grants.forEach(({ grantee }, i) => {
    if (grantee.type === 'user' && grantee.id.trim() === '') {
      out.add(`grants.${i}.grantee.id`, m.problems.id);
    }
    if (grantee.type === 'email' && !emailPattern.test(grantee.email)) {
      out.add(`grants.${i}.grantee.email`, m.problems.email);
    }
  });
  for (const i of duplicateGrants(model.grants)) out.add(`grants.${i}`, m.problems.duplicate);
  if (!configLimits[context.provider].acl.explicitGrants && matchingCanned(model) === undefined) {
    out.add('canned', m.problems.cannedOnly(providerInfo(context.provider).label));
  }
  return out.errors;
}

/** A model path as the AWS CLI's JSON names it, which the XML view follows too. */
export function aclCliPath(path: string): string {
  return path
    .replace(/^grants/, 'Grants')
    .replace(/\.grantee\.id$/, '.Grantee.ID')
    .replace(/\.grantee\.email$/, '.Grantee.EmailAddress')
    .replace(/\.grantee$/, '.Grantee');
}
