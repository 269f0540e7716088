import type { z } from 'zod';
import { channels } from './channels.js';
import type { ChannelName } from './channels.js';
import { AppError } from './envelope.js';
import type { AppErrorShape, Envelope } from './envelope.js';
import type { CallContext, Handlers } from './handlers.js';
import { notPlainData } from './plain-data.js';

export type Dispatch = (
  channel: string,
  input: unknown,
  ctx: CallContext,
) => Promise<Envelope<unknown>>;

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
}

/** How far a union branch is from the input: top-level keys it does not know, then issues. */
function distance(issues: readonly z.core.$ZodIssue[]): number {
  const unknownKeys = issues.filter(
    (issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0,
  ).length;
  return unknownKeys * 1_000 + issues.length;
}

/**
 * Zod reports a union that matched no branch as one issue at the union itself, naming no field.
 * The branch that came closest (the one that knows the input's keys) says what is wrong, at
 * the fields it names.
 */
export function fieldIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const closest = issue.errors.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    return fieldIssues(closest).map((inner) => ({
      ...inner,
      path: [...issue.path, ...inner.path],
    }));
  });
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const field = issue.path.map(String).join('.');
      return field === '' ? issue.message : `${field}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * The single gate both hosts share: unknown channels and invalid input are
 * refused before any handler runs, and every failure becomes an envelope.
 */
export function createDispatcher(
  handlers: Handlers,
  toError: (err: unknown) => AppErrorShape,
): Dispatch {
  return async (channel, input, ctx) => {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'UnknownChannel', message: `No channel "${channel}"` } };
    }
    const notPlain = notPlainData(input);
    if (notPlain !== undefined) {
      const where = notPlain.path === '' ? '' : `${notPlain.path}: `;
      return {
        ok: false,
        error: {
          code: 'InvalidInput',
          message: `Invalid input for ${channel}: ${where}must be plain data (text, numbers, lists, objects), not ${notPlain.found}`,
          details: { fields: [notPlain.path] },
        },
      };
    }
    const parsed = channels[channel].input.safeParse(input);
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error.issues);
      const fields = issues.map((issue) => issue.path.map(String).join('.'));
      return {
        ok: false,
        error: {
          code: 'InvalidInput',
          message: `Invalid input for ${channel}: ${describeIssues(issues)}`,
          details: { fields },
        },
      };
    }
    try {
      const handler = handlers[channel] as (value: unknown, c: CallContext) => Promise<unknown>;
      const value = await handler(parsed.data, ctx);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: err instanceof AppError ? err.toShape() : toError(err) };
    }
  };
}
