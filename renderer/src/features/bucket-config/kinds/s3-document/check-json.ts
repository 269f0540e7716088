import { childPath, RawProblemError } from './problems.js';
import type { S3Json, Shape } from './shape.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a parsed JSON value against the document's shape and answers it typed. Unknown
 * names fail rather than vanish, so a typo such as "AllowedOrigin" is not silently dropped.
 */
export function checkJson(value: unknown, shape: Shape, where: string): S3Json {
  switch (shape.type) {
    case 'string':
      if (typeof value !== 'string') throw new RawProblemError({ code: 'notText', where });
      return value;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        throw new RawProblemError({ code: 'notInteger', where });
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new RawProblemError({ code: 'notBoolean', where });
      return value;
    case 'structure': {
      if (!isRecord(value)) throw new RawProblemError({ code: 'notStructure', where });
      const out: Record<string, S3Json> = {};
      for (const [name, item] of Object.entries(value)) {
        const member = shape.members[name];
        if (member === undefined) throw new RawProblemError({ code: 'unknownField', name, where });
        const path = childPath(where, name);
        if (member.list === undefined) {
          out[name] = checkJson(item, member.shape, path);
        } else {
          if (!Array.isArray(item)) throw new RawProblemError({ code: 'notList', where: path });
          out[name] = item.map((entry: unknown, i) =>
            checkJson(entry, member.shape, childPath(path, i)),
          );
        }
      }
      return out;
    }
  }
}
