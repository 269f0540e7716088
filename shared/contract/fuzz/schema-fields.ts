// Test support: the fields an input schema takes, read from the schema itself, so a test can
// hold a list of fields to what the channel map really has.
import type { z } from 'zod';

/** One field: its dotted path (`#` for any item of a list, `*` for any name of a record). */
export interface SchemaField {
  path: string;
  schema: z.ZodType;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: readonly z.ZodType[];
  in?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

/** Wrappers that take the value of the schema they wrap (or leave it out). */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

function walk(schema: z.ZodType, path: readonly string[]): SchemaField[] {
  const def = (schema as unknown as { def: Def }).def;
  const into = (inner: z.ZodType | undefined, step?: string) =>
    inner === undefined ? [] : walk(inner, step === undefined ? path : [...path, step]);
  if (WRAPPERS.has(def.type) || def.type === 'nonoptional') return into(def.innerType);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([name, field]) => into(field, name));
    case 'array':
      return into(def.element, '#');
    case 'record':
      return into(def.valueType, '*');
    case 'union':
      return (def.options ?? []).flatMap((option) => into(option));
    case 'pipe':
      return into(def.in);
    case 'intersection':
      return [...into(def.left), ...into(def.right)];
    default:
      return [{ path: path.join('.'), schema }];
  }
}

/** Every leaf field of an input schema, through optionals, lists, records and union branches. */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  return walk(schema, []);
}

/** Whether a concrete path (`keys.1`, `metadata.note`) is one a field's pattern stands for. */
export function pathMatches(pattern: string, path: string): boolean {
  const want = pattern.split('.');
  const have = path.split('.');
  return (
    want.length === have.length &&
    want.every((step, i) => {
      const actual = have[i] ?? '';
      if (step === '#') return /^\d+$/.test(actual);
      return step === '*' || step === actual;
    })
  );
}
