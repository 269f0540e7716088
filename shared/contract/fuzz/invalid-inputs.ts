// Test support: generated inputs every channel must refuse, for fuzzing both hosts' boundary.
// Each case says which field is wrong, so a test can check the refusal names it.
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { z } from 'zod';
import { channels } from '../channels.js';
import type { ChannelName } from '../channels.js';
import type { Envelope } from '../envelope.js';
import type { Handlers } from '../handlers.js';

/** Every channel of the contract: the map is the list, so a new channel is fuzzed too. */
export const channelNames = Object.keys(channels) as ChannelName[];

export interface InvalidCase {
  input: unknown;
  /** The field the refusal must name: '' for the input as a whole. */
  field: string;
  /** An unknown key the input carries, which the message must name. */
  unknownKey?: string;
}

/** Keys that reach prototypes when code assigns them; the contract must treat them as data. */
export const prototypeKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { deeper: value };
  return value;
}

/** An object holding `key` as its own property, as JSON.parse (or structured clone) makes it. */
export function withOwnKey(key: string, value: unknown): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return target;
}

const hugeString = 'x'.repeat(256 * 1024);

/** Values that break type, size or shape assumptions; each can travel as JSON. */
export const hostileValues: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  0.5,
  1e308,
  2 ** 53 + 1,
  '',
  ' ',
  '\u0000',
  '../../../../etc/passwd',
  hugeString,
  [],
  [hugeString],
  {},
  nested(2_000),
  withOwnKey('__proto__', { polluted: true }),
  withOwnKey('constructor', { prototype: { polluted: true } }),
];

/** The object shapes an input schema accepts (one, or one per union branch). */
function shapesOf(schema: z.ZodType): Record<string, z.ZodType>[] {
  if (schema instanceof z.ZodObject) return [schema.shape];
  if (schema instanceof z.ZodUnion) {
    return (schema.options as z.ZodType[]).flatMap((option) => shapesOf(option));
  }
  if (schema instanceof z.ZodPipe) return shapesOf(schema.in as z.ZodType);
  throw new Error(`no object shape to fuzz in a ${schema.def.type} schema`);
}

/** A value every branch that has `key` refuses there. */
function refusedAt(shapes: Record<string, z.ZodType>[], key: string, value: unknown): boolean {
  return shapes.every((shape) => {
    const field = shape[key];
    return field === undefined || !field.safeParse(value).success;
  });
}

/**
 * Inputs `channel` must refuse. `transportValues` are what a transport carries beyond JSON (IPC's
 * structured clone: BigInt, Date, Map …); they are tried as whole inputs and as field values.
 */
export function invalidInputs(
  channel: ChannelName,
  transportValues: readonly unknown[] = [],
): Arbitrary<InvalidCase> {
  const shapes = shapesOf(channels[channel].input as z.ZodType);
  const keys = [...new Set(shapes.flatMap((shape) => Object.keys(shape)))];
  const values = [...hostileValues, ...transportValues];
  const hostile = fc.constantFrom(...values);
  const isPlainObject = (v: unknown) =>
    typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

  const notAnObject: Arbitrary<InvalidCase> = fc
    .constantFrom(...values.filter((v) => !isPlainObject(v)))
    .map((input) => ({ input, field: '' }));

  const unknownKey: Arbitrary<InvalidCase> = fc
    .tuple(fc.constantFrom(...prototypeKeys, 'extra', 'profileId2'), hostile)
    .filter(([key]) => !keys.includes(key))
    .map(([key, value]) => ({ input: withOwnKey(key, value), field: '', unknownKey: key }));

  const cases = [notAnObject, unknownKey];
  if (keys.length > 0) {
    const wrongField: Arbitrary<InvalidCase> = fc
      .tuple(fc.constantFrom(...keys), hostile)
      .filter(([key, value]) => refusedAt(shapes, key, value))
      .map(([key, value]) => ({ input: withOwnKey(key, value), field: key }));
    cases.push(wrongField, wrongField);
  }
  return fc.oneof(...cases);
}

/** Why a host's answer to an invalid case is not the refusal it must be; undefined when it is. */
export function refusalProblem(envelope: unknown, c: InvalidCase): string | undefined {
  const e = envelope as Envelope<unknown>;
  if (e.ok) return 'the input was accepted';
  if (e.error.code !== 'InvalidInput') return `answered ${e.error.code}: ${e.error.message}`;
  const fields = (e.error.details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields) || !fields.every((f) => typeof f === 'string')) {
    return `no details.fields in ${JSON.stringify(e.error)}`;
  }
  const named = fields.some((f) => f === c.field || f.startsWith(`${c.field}.`));
  if (c.field !== '' && !named) return `does not name "${c.field}": ${fields.join(', ')}`;
  if (c.unknownKey !== undefined && !e.error.message.includes(c.unknownKey)) {
    return `does not name the unknown key "${c.unknownKey}": ${e.error.message}`;
  }
  return undefined;
}

/** Handlers that only count: an invalid input must never reach one. */
export function countingHandlers(): { handlers: Handlers; calls: () => number } {
  let calls = 0;
  const handler = () => {
    calls += 1;
    return Promise.resolve({});
  };
  const handlers = Object.fromEntries(channelNames.map((name) => [name, handler]));
  return { handlers: handlers as unknown as Handlers, calls: () => calls };
}

/** Whether anything reached Object.prototype (a polluted key would show on every object). */
export function prototypePolluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe['polluted'] !== undefined || Object.keys(Object.prototype).length > 0;
}
