import type { z } from 'zod';
import { channels } from './channels.js';
import type { ChannelName } from './channels.js';
import { AppError } from './envelope.js';
import type { AppErrorShape, Envelope } from './envelope.js';
import type { CallContext, Handlers } from './handlers.js';

export type Dispatch = (
  channel: string,
  input: unknown,
  ctx: CallContext,
) => Promise<Envelope<unknown>>;

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
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
    const parsed = channels[channel].input.safeParse(input);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.map(String).join('.'));
      return {
        ok: false,
        error: {
          code: 'InvalidInput',
          message: `Invalid input for ${channel}: ${describeIssues(parsed.error.issues)}`,
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
