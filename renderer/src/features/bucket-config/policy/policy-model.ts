/**
 * A bucket policy as the statement builder edits it. Lists are always arrays here; JSON's
 * "one string or an array" forms are read into them and written back as S3 users write them.
 * Anything the builder has no field for (Id, NotAction, NotResource, NotPrincipal …) rides
 * along in `rest` so an edit in the form never drops it.
 */
export const principalTypes = ['AWS', 'CanonicalUser', 'Service', 'Federated'] as const;
export type PrincipalType = (typeof principalTypes)[number];

export interface PrincipalId {
  type: PrincipalType;
  value: string;
}

export type PolicyPrincipal =
  | { kind: 'anyone' }
  | { kind: 'ids'; ids: PrincipalId[] }
  /** No Principal element (a statement with NotPrincipal, or not written yet). */
  | { kind: 'absent' };

export interface PolicyCondition {
  operator: string;
  key: string;
  values: string[];
}

export type PolicyEffect = 'Allow' | 'Deny';

export interface PolicyStatement {
  Sid: string;
  Effect: PolicyEffect;
  Principal: PolicyPrincipal;
  Action: string[];
  Resource: string[];
  Condition: PolicyCondition[];
  rest: Record<string, unknown>;
}

export interface PolicyModel {
  Version: string;
  Statement: PolicyStatement[];
  rest: Record<string, unknown>;
}

export const POLICY_VERSION = '2012-10-17';

export function emptyPolicy(): PolicyModel {
  return { Version: POLICY_VERSION, Statement: [], rest: {} };
}

export function blankStatement(): PolicyStatement {
  return {
    Sid: '',
    Effect: 'Allow',
    Principal: { kind: 'anyone' },
    Action: [],
    Resource: [],
    Condition: [],
    rest: {},
  };
}

const oneOrMany = (values: readonly string[]): string | string[] =>
  values.length === 1 ? (values[0] as string) : [...values];

function principalJson(principal: PolicyPrincipal): unknown {
  if (principal.kind === 'anyone') return '*';
  const byType: Record<string, string[]> = {};
  if (principal.kind === 'ids') {
    for (const { type, value } of principal.ids) (byType[type] ??= []).push(value);
  }
  return Object.fromEntries(Object.entries(byType).map(([type, ids]) => [type, oneOrMany(ids)]));
}

function conditionJson(conditions: readonly PolicyCondition[]): Record<string, unknown> {
  const byOperator: Record<string, Record<string, string | string[]>> = {};
  for (const { operator, key, values } of conditions) {
    (byOperator[operator] ??= {})[key] = oneOrMany(values);
  }
  return byOperator;
}

function statementJson(statement: PolicyStatement): Record<string, unknown> {
  const { rest } = statement;
  return {
    ...(statement.Sid === '' ? {} : { Sid: statement.Sid }),
    Effect: statement.Effect,
    ...(statement.Principal.kind === 'absent'
      ? {}
      : { Principal: principalJson(statement.Principal) }),
    ...(statement.Action.length === 0 && 'NotAction' in rest
      ? {}
      : { Action: oneOrMany(statement.Action) }),
    ...(statement.Resource.length === 0 && 'NotResource' in rest
      ? {}
      : { Resource: oneOrMany(statement.Resource) }),
    ...(statement.Condition.length === 0 ? {} : { Condition: conditionJson(statement.Condition) }),
    ...rest,
  };
}

/** The policy as a JSON value, keys in the order people write them. */
export function policyJson(model: PolicyModel): Record<string, unknown> {
  const { Id, ...rest } = model.rest;
  return {
    Version: model.Version,
    ...(Id === undefined ? {} : { Id }),
    ...rest,
    Statement: model.Statement.map(statementJson),
  };
}

/** The text sent to S3: two-space indented, so the stored policy stays readable. */
export function policyText(model: PolicyModel): string {
  return JSON.stringify(policyJson(model), null, 2);
}

export function policyBytes(model: PolicyModel): number {
  return new TextEncoder().encode(policyText(model)).length;
}
