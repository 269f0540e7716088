import { AppError } from '../../../../shared/contract/envelope.js';
import {
  MAX_PRESIGN_SECONDS,
  PRESIGN_LIMIT_MESSAGE,
} from '../../../../shared/domain/presign-request.js';

/** The contract checks this too; core callers outside IPC get the same refusal. */
export function checkPresignExpiry(seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_PRESIGN_SECONDS) {
    throw new AppError('InvalidInput', `expiresInSeconds: ${PRESIGN_LIMIT_MESSAGE}`, {
      fields: ['expiresInSeconds'],
    });
  }
}
