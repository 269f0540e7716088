import { contractMessages } from './messages.js';
import type { AppErrorShape, ErrorCode } from '../../../shared/contract/envelope.js';
import { misbehaviours } from '../../../shared/domain/misbehaviour.js';
import { objectLockedMessage } from './object-locked-message.js';
import type { Misbehaviour } from '../../../shared/domain/misbehaviour.js';

/** An `ok: false` envelope as a throwable, so TanStack Query sees a failed call. */
export class ContractError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ContractError';
    this.code = shape.code;
    this.details = shape.details;
  }
}

function isMisbehaviour(value: unknown): value is Misbehaviour {
  return (misbehaviours as readonly unknown[]).includes(value);
}

/** The host's English message carries the facts; this says them in the current language. */
function misbehavedMessage(details: Record<string, unknown> | undefined): string | undefined {
  const server = details?.['server'];
  const problem = details?.['problem'];
  if (typeof server !== 'string' || !isMisbehaviour(problem)) return undefined;
  // Typed as the full record, so a new misbehaviour without a phrase does not compile.
  const phrases: Record<Misbehaviour, string> = contractMessages.misbehaviour;
  return contractMessages.serverMisbehaved(server, phrases[problem]);
}

/** A message fit to show people, whatever was thrown. */
export function errorMessage(err: unknown): string {
  if (err instanceof ContractError && err.code === 'ServerMisbehaved') {
    const message = misbehavedMessage(err.details);
    if (message !== undefined) return message;
  }
  if (err instanceof ContractError && err.code === 'ObjectLocked') {
    const message = objectLockedMessage(err.details);
    if (message !== undefined) return message;
  }
  if (err instanceof Error && err.message !== '') return err.message;
  return contractMessages.somethingWentWrong;
}
