import { POLICY_MAX_BYTES, policyVersions } from '../../../../../shared/domain/config/policy.js';
import type { FieldErrors, ValidationContext } from '../config-kind.js';
import { ErrorCollector } from '../field-errors.js';
import { policyMessages as m } from './messages.js';
import { policyBytes } from './policy-model.js';
import type { PolicyModel, PolicyStatement } from './policy-model.js';

const baseOperators = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnNotEquals',
  'ArnLike',
  'ArnNotLike',
  'Null',
] as const;

/** The operators offered in the builder, most used first. */
export const conditionOperators: readonly string[] = baseOperators;

/** Any base operator, with IAM's IfExists suffix and ForAnyValue:/ForAllValues: set prefixes. */
export function isConditionOperator(operator: string): boolean {
  const bare = operator.replace(/^For(Any|All)Values:/, '').replace(/IfExists$/, '');
  return (baseOperators as readonly string[]).includes(bare);
}

const ipv4 = /^(\d{1,3})(\.\d{1,3}){3}(\/(\d|[12]\d|3[0-2]))?$/;
const ipv6 = /^[0-9a-f:]+:[0-9a-f:]*(\/(\d{1,2}|1[01]\d|12[0-8]))?$/i;
const isIpRange = (value: string): boolean =>
  (ipv4.test(value) &&
    value
      .split('/')[0]
      ?.split('.')
      .every((n) => Number(n) <= 255) === true) ||
  ipv6.test(value);

const isAction = (action: string): boolean => action === '*' || /^s3:[A-Za-z*?]+$/.test(action);
const awsPrincipal = /^(\*|\d{12}|arn:aws:iam::[^:]*:(root|user\/.+|role\/.+|.+))$/;

function isOwnResource(resource: string, bucket: string): boolean {
  const arn = /^arn:aws:s3:::(.+)$/.exec(resource)?.[1];
  if (arn === undefined) return false;
  return arn === bucket || arn.startsWith(`${bucket}/`) || arn === '*' || arn.startsWith('*');
}

function validateStatement(
  statement: PolicyStatement,
  path: string,
  context: ValidationContext,
  out: ErrorCollector,
): void {
  const { rest } = statement;
  if (statement.Sid !== '' && !/^[A-Za-z0-9]+$/.test(statement.Sid)) {
    out.add(`${path}.Sid`, m.problems.sid);
  }
  const principal = statement.Principal;
  if (principal.kind === 'ids') {
    if (principal.ids.length === 0) out.add(`${path}.Principal`, m.problems.noPrincipal);
    principal.ids.forEach(({ type, value }, i) => {
      const at = `${path}.Principal.ids.${i}.value`;
      if (value.trim() === '') out.add(at, m.problems.emptyPrincipal);
      else if (type === 'AWS' && !awsPrincipal.test(value)) out.add(at, m.problems.awsPrincipal);
    });
  } else if (principal.kind === 'absent' && !('NotPrincipal' in rest)) {
    out.add(`${path}.Principal`, m.problems.noPrincipal);
  }
  if (statement.Action.length === 0 && !('NotAction' in rest)) {
    out.add(`${path}.Action`, m.problems.noActions);
  }
  statement.Action.forEach((action, i) => {
    if (!isAction(action)) out.add(`${path}.Action.${i}`, m.problems.action(action));
  });
  if (statement.Resource.length === 0 && !('NotResource' in rest)) {
    out.add(`${path}.Resource`, m.problems.noResources);
  }
  statement.Resource.forEach((resource, i) => {
    if (!isOwnResource(resource, context.bucket)) {
      out.add(`${path}.Resource.${i}`, m.problems.resource(resource, context.bucket));
    }
  });
  const seen = new Set<string>();
  statement.Condition.forEach(({ operator, key, values }, i) => {
    const at = `${path}.Condition.${i}`;
    if (!isConditionOperator(operator)) out.add(`${at}.operator`, m.problems.operator(operator));
    if (key.trim() === '') out.add(`${at}.key`, m.problems.noKey);
    if (values.length === 0) out.add(`${at}.values`, m.problems.noValues);
    const bare = operator.replace(/IfExists$/, '');
    values.forEach((value, j) => {
      if ((bare === 'IpAddress' || bare === 'NotIpAddress') && !isIpRange(value)) {
        out.add(`${at}.values.${j}`, m.problems.ip(value));
      }
      if (bare === 'Bool' && !/^(true|false)$/i.test(value)) {
        out.add(`${at}.values.${j}`, m.problems.bool(value));
      }
    });
    const pair = `${operator}\n${key}`;
    if (seen.has(pair)) out.add(`${at}.key`, m.problems.duplicateCondition);
    seen.add(pair);
  });
}

/** Field errors of a policy, keyed by model path; '' is the policy as a whole (its size). */
export function validatePolicy(model: PolicyModel, context: ValidationContext): FieldErrors {
  const out = new ErrorCollector();
  const bytes = policyBytes(model);
  if (bytes > POLICY_MAX_BYTES) out.add('', m.tooLarge(bytes, POLICY_MAX_BYTES));
  if (!(policyVersions as readonly string[]).includes(model.Version)) {
    out.add('Version', m.problems.version);
  }
  if (model.Statement.length === 0) out.add('Statement', m.problems.noStatements);
  const sids = new Set<string>();
  model.Statement.forEach((statement, i) => {
    const path = `Statement.${i}`;
    validateStatement(statement, path, context, out);
    if (statement.Sid !== '' && sids.has(statement.Sid))
      out.add(`${path}.Sid`, m.problems.sidTaken);
    sids.add(statement.Sid);
  });
  return out.errors;
}
