import type {
  PolicyCondition,
  PolicyModel,
  PolicyPrincipal,
  PolicyStatement,
  PrincipalId,
  PrincipalType,
} from './policy-model.js';
import { principalTypes } from './policy-model.js';
import { policyMessages as m } from './messages.js';

/** Why a JSON value cannot be a policy, at the JSON path of the offending part. */
export interface PolicyReadProblem {
  path: string;
  message: string;
}

export type PolicyRead =
  { ok: true; model: PolicyModel } | { ok: false; problems: PolicyReadProblem[] };

class Unreadable extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Scalars become strings: S3 takes `"false"` and `false` alike in conditions. */
function stringList(value: unknown, path: string, field: string): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.map((item, index) => {
    if (typeof item === 'string') return item;
    if (typeof item === 'number' || typeof item === 'boolean') return String(item);
    throw new Unreadable(
      Array.isArray(value) ? `${path}.${index}` : path,
      m.problems.stringList(field),
    );
  });
}

function readPrincipal(value: unknown, path: string): PolicyPrincipal {
  if (value === undefined) return { kind: 'absent' };
  if (value === '*') return { kind: 'anyone' };
  if (!isRecord(value)) throw new Unreadable(path, m.problems.principalShape);
  const ids: PrincipalId[] = [];
  for (const [type, values] of Object.entries(value)) {
    if (!(principalTypes as readonly string[]).includes(type)) {
      throw new Unreadable(`${path}.${type}`, m.problems.principalType(type));
    }
    for (const id of stringList(values, `${path}.${type}`, 'Principal')) {
      ids.push({ type: type as PrincipalType, value: id });
    }
  }
  return { kind: 'ids', ids };
}

function readConditions(value: unknown, path: string): PolicyCondition[] {
  if (value === undefined) return [];
  if (!isRecord(value)) throw new Unreadable(path, m.problems.conditionShape);
  return Object.entries(value).flatMap(([operator, byKey]) => {
    if (!isRecord(byKey)) throw new Unreadable(`${path}.${operator}`, m.problems.conditionShape);
    return Object.entries(byKey).map(([key, values]) => ({
      operator,
      key,
      values: stringList(values, `${path}.${operator}.${key}`, 'A condition value'),
    }));
  });
}

function readStatement(value: unknown, path: string): PolicyStatement {
  if (!isRecord(value)) throw new Unreadable(path, m.problems.notStatement);
  const { Sid, Effect, Principal, Action, Resource, Condition, ...rest } = value;
  if (Effect !== 'Allow' && Effect !== 'Deny') {
    throw new Unreadable(`${path}.Effect`, m.problems.effect);
  }
  if (Sid !== undefined && typeof Sid !== 'string') {
    throw new Unreadable(`${path}.Sid`, m.problems.sid);
  }
  return {
    Sid: Sid ?? '',
    Effect,
    Principal: readPrincipal(Principal, `${path}.Principal`),
    Action: stringList(Action, `${path}.Action`, 'Action'),
    Resource: stringList(Resource, `${path}.Resource`, 'Resource'),
    Condition: readConditions(Condition, `${path}.Condition`),
    rest,
  };
}

/** A parsed JSON value as a policy the builder can edit, or where it stops being one. */
export function readPolicy(value: unknown): PolicyRead {
  try {
    if (!isRecord(value)) throw new Unreadable('', m.problems.notObject);
    const { Version, Statement, ...rest } = value;
    if (typeof Version !== 'string') throw new Unreadable('Version', m.problems.version);
    if (Statement !== undefined && !Array.isArray(Statement) && !isRecord(Statement)) {
      throw new Unreadable('Statement', m.problems.statementShape);
    }
    const statements: unknown[] =
      Statement === undefined ? [] : Array.isArray(Statement) ? Statement : [Statement];
    return {
      ok: true,
      model: {
        Version,
        Statement: statements.map((s, i) =>
          readStatement(s, Array.isArray(Statement) ? `Statement.${i}` : 'Statement'),
        ),
        rest,
      },
    };
  } catch (err) {
    if (err instanceof Unreadable) {
      return { ok: false, problems: [{ path: err.path, message: err.message }] };
    }
    throw err;
  }
}
