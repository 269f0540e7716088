import { contractMessages } from './messages.js';
import type { AppErrorShape, ErrorCode } from '../../../shared/contract/envelope.js';

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

/** A message fit to show people, whatever was thrown. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error && err.message !== '') return err.message;
  return contractMessages.somethingWentWrong;
}
